// Neck and posture exercises. Sources: common physical-therapy practice for neck pain and
// posture (chin tucks, range of motion, scapular retraction, chest stretch), in our own words.
#include "neck_posture.hpp"

#include <motus/sdk/figure_svg.hpp>
#include <spec_builder.hpp>

namespace motus::plugins::neck_posture {
namespace {

using namespace sdk::figure;

// Every exercise here moves the neck or loads it, so these apply to all of them.
std::vector<sdk::SafetyRule> neckRules() {
  return {
      avoid(condition::trauma_not_cleared,
            "After a fall, a crash or a blow to the head, a neck fracture must be ruled out before any neck "
            "exercise."),
      avoid(condition::severe_neuro_symptoms,
            "Numbness, weakness or pain down the arm that is severe or getting worse fast needs a medical check "
            "before neck exercise."),
      caution(condition::dizziness,
              "Moving the head can bring on dizziness. Do it sitting, move slowly, and stop if dizzy.",
              "Do this sitting. If you feel dizzy, stop and tell us. If you see double, have trouble speaking or your "
              "face goes numb, get emergency help."),
      caution(condition::inflammatory_arthritis,
              "Rheumatoid arthritis can loosen the top joints of the neck. Check neck stability before giving "
              "movement to the end of range.",
              "Move your neck only as far as is easy, never to the very end. Call us at once if your hands tingle or "
              "your arms or legs feel weak."),
      caution(condition::recent_surgery,
              "After neck or shoulder surgery, follow the surgeon's limits for neck movement.",
              "Move your neck only as far as your surgeon said you may. Ask us if you are not sure."),
      caution(condition::cancer_at_site,
              "With cancer in the neck or its bones, ask the cancer team which movements are safe.",
              "Ask your cancer care team if neck movement is safe for you. Stop and call them if you have new neck "
              "pain or your arms feel weak."),
  };
}

const std::string kSitTall = "Sit tall in a sturdy chair with your feet flat on the floor.";
const std::string kNoPainNeck = "Stay in a range that feels easy. Neck exercises should not cause pain.";
const std::string kArmSymptoms = "Stop and call us if you feel tingling, numbness or pain spreading into your arm.";

Pose seated() {
  Pose pose = pose::sitting();
  return pose.arms({15, 70});
}

Pose seatedFront() {
  Pose pose = pose::sittingFront();
  return pose.arms({12, 0});
}

sdk::ExerciseSpec chinTuck() {
  sdk::ExerciseSpec e = exercise("chin-tuck", "Chin tuck", "Strengthen the deep neck muscles and ease a forward head.");
  e.body_regions = codes({region::neck});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting, position::standing});
  e.goals = codes({goal::posture, goal::strength, goal::pain_relief});
  e.steps = {
      kSitTall,
      "Look straight ahead. Keep your chin level.",
      "Gently slide your head straight back, as if making a double chin.",
      "Hold, then let your head slide forward to where it started.",
  };
  e.cues = {"Do not tip your head up or down. Your eyes stay level.",
            "You should feel a light stretch at the base of your skull.", say::kBreathe};
  e.precautions = {kNoPainNeck, kArmSymptoms};
  e.default_dosage = dose().reps(10).hold(3, 5).perDay(3, 5);
  e.safety = neckRules();
  Pose tucked = seated();
  tucked.neck = 12;
  e.illustrations = illustrate(Scene(seated(), {Prop::chair()}),
                               Scene(tucked, {Prop::chair()}, {Arrow::move({Part::head}, 270, 16)}));
  e.progressions = {"chin-tuck-lying"};
  e.tags = {"chin tuck", "retraction", "forward head", "posture", "deep neck flexors"};
  return e;
}

sdk::ExerciseSpec chinTuckLying() {
  sdk::ExerciseSpec e =
      exercise("chin-tuck-lying", "Chin nod lying down", "Train the deep front neck muscles to hold the head steady.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::neck});
  e.equipment = codes({equipment::towel});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::strength, goal::stability, goal::posture});
  e.steps = {
      "Lie on your back with your knees bent. Put a small rolled towel under your neck.",
      "Gently nod your chin down, as if saying a small yes. Keep the back of your head on the floor.",
      "Hold, then relax back to the start.",
  };
  e.cues = {"The nod is small. Your head stays on the floor and does not lift.",
            "Keep the muscles at the front of your neck soft, not hard and bulging.", say::kBreathe};
  e.precautions = {kNoPainNeck, kArmSymptoms};
  e.default_dosage = dose().reps(10).hold(5, 10).perDay(1, 2);
  e.safety = rules(
      neckRules(),
      {caution(
          condition::pregnancy,
          "Lying flat on the back later in pregnancy can cause dizziness. Use the "
          "sitting chin tuck instead.",
          "Put pillows under your head and shoulders so you are not lying flat, or do the chin tuck sitting up.")});
  Pose start = pose::lyingOnBackKneesBent();
  Pose nod = start;
  nod.neck = 14;
  e.illustrations = illustrate(Scene(start, {Prop::towelRoll({Part::head})}),
                               Scene(nod, {Prop::towelRoll({Part::head})}, {Arrow::turn({Part::head}, 20, 70, 20)}));
  e.regressions = {"chin-tuck"};
  e.tags = {"chin nod", "cranio-cervical flexion", "deep neck flexors", "neck"};
  return e;
}

sdk::ExerciseSpec neckTurn() {
  sdk::ExerciseSpec e = exercise("neck-turn", "Neck turn", "Keep the neck moving freely from side to side.");
  e.body_regions = codes({region::neck});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::mobility, goal::pain_relief});
  e.steps = {
      kSitTall,
      "Slowly turn your head to look over your right shoulder, as far as is comfortable.",
      "Come back to the middle.",
      "Turn to look over your left shoulder, then come back to the middle.",
  };
  e.cues = {"Keep your chin level as you turn.", "Let your shoulders stay still and relaxed.", say::kSlowly};
  e.precautions = {kNoPainNeck, say::kDizzyStop};
  e.default_dosage = dose().reps(5, 10).side(sdk::Side::each_side).perDay(2, 3);
  e.safety = neckRules();
  Pose turned = seatedFront();
  turned.head_turn = 70;
  e.illustrations = illustrate(Scene(seatedFront(), {Prop::chair()}),
                               Scene(turned, {Prop::chair()}, {Arrow::turn({Part::head}, 30, -30, 20)}));
  e.progressions = {"neck-side-bend"};
  e.tags = {"rotation", "neck turn", "range of motion", "stiff neck"};
  return e;
}

sdk::ExerciseSpec neckSideBend() {
  sdk::ExerciseSpec e = exercise("neck-side-bend", "Neck side bend", "Loosen the sides of the neck.");
  e.body_regions = codes({region::neck});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::mobility, goal::flexibility});
  e.steps = {
      kSitTall,
      "Tip your right ear toward your right shoulder. Keep looking straight ahead.",
      "Hold, then come back to the middle.",
      "Tip your left ear toward your left shoulder. Hold, then come back.",
  };
  e.cues = {"Bring your ear toward your shoulder, not your shoulder up to your ear.", say::kNoPainStretch,
            say::kBreathe};
  e.precautions = {kNoPainNeck, kArmSymptoms};
  e.default_dosage = dose().reps(3, 5).hold(10, 15).side(sdk::Side::each_side).perDay(2, 3);
  e.safety = neckRules();
  Pose bent = seatedFront();
  bent.neck = 30;
  e.illustrations = illustrate(Scene(seatedFront(), {Prop::chair()}),
                               Scene(bent, {Prop::chair()}, {Arrow::turn({Part::shoulder, Limb::near}, 20, -20, 36)}));
  e.regressions = {"neck-turn"};
  e.progressions = {"upper-trap-stretch"};
  e.tags = {"side bend", "lateral flexion", "neck stretch"};
  return e;
}

sdk::ExerciseSpec upperTrapStretch() {
  sdk::ExerciseSpec e =
      exercise("upper-trap-stretch", "Top of shoulder stretch",
               "Stretch the muscle between the neck and the top of the shoulder.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::neck, region::shoulder});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::flexibility, goal::pain_relief, goal::relaxation});
  e.steps = {
      kSitTall + " Hold the side of the seat with your left hand.",
      "Tip your right ear toward your right shoulder.",
      "Rest your right hand on the top of your head. Let its weight add a little more stretch. Do not pull.",
      "Hold, then let go and bring your head back up slowly. Switch sides.",
  };
  e.cues = {"Feel the stretch along the left side of your neck and top of your shoulder.",
            "Let the held shoulder sink down.", say::kNoPainStretch};
  e.precautions = {kNoPainNeck, kArmSymptoms};
  e.default_dosage = dose().reps(2, 3).hold(20, 30).side(sdk::Side::each_side).perDay(1, 2);
  e.safety = rules(
      neckRules(),
      {caution(condition::hypermobility, "Loose joints stretch easily too far: use the hand's weight only, no pull.",
               "Let your hand rest on your head without pulling. Stop at the first gentle stretch."),
       caution(condition::recent_surgery,
               "After neck or shoulder surgery, follow the surgeon's limits for neck movement.",
               "Do not lift the arm on the side of your surgery. Keep that hand in your lap.")});
  Pose start = seatedFront();
  start.far_arm = {8, 0};
  Pose stretch = start;
  stretch.neck = 32;
  stretch.near_arm = {160, 110};
  e.illustrations = illustrate(Scene(start, {Prop::chair()}), Scene(stretch, {Prop::chair()}));
  e.regressions = {"neck-side-bend"};
  e.tags = {"upper trapezius", "trap stretch", "shoulder tension", "stress"};
  return e;
}

sdk::ExerciseSpec shoulderBladeSqueeze() {
  sdk::ExerciseSpec e = exercise("shoulder-blade-squeeze", "Shoulder blade squeeze",
                                 "Wake up the muscles that pull the shoulders back and hold you upright.");
  e.body_regions = codes({region::thoracic, region::shoulder});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting, position::standing});
  e.goals = codes({goal::posture, goal::strength});
  e.steps = {
      kSitTall + " Bend your elbows and keep them by your sides.",
      "Gently squeeze your shoulder blades back and down, toward each other.",
      "Hold, then relax.",
  };
  e.cues = {"Keep your shoulders away from your ears.", "Do not push your chin forward or arch your low back.",
            say::kBreathe};
  e.precautions = {say::kStopIfWorse};
  e.default_dosage = dose().reps(10, 15).hold(5).perDay(2, 3);
  e.safety = {caution(condition::recent_surgery,
                      "After shoulder or chest surgery, check the surgeon's limits before working the shoulder "
                      "blades.",
                      "Keep to the limits your surgeon gave you for your shoulder and chest. Stop if the place of your "
                      "surgery pulls or hurts.")};
  Pose start = seated();
  start.arms({0, 90});
  Pose squeeze = start;
  squeeze.arms({-25, 90});
  e.illustrations =
      illustrate(Scene(start, {Prop::chair()}), Scene(squeeze, {Prop::chair()}, {Arrow::move({Part::elbow}, 270, 18)}));
  e.progressions = {"wall-angel"};
  e.tags = {"scapular retraction", "rhomboids", "posture", "shoulder blades"};
  return e;
}

sdk::ExerciseSpec shoulderRolls() {
  sdk::ExerciseSpec e = exercise("shoulder-rolls", "Shoulder rolls", "Ease tension in the neck and shoulders.");
  e.body_regions = codes({region::shoulder, region::neck});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting, position::standing});
  e.goals = codes({goal::relaxation, goal::mobility, goal::circulation});
  e.steps = {
      kSitTall + " Let your arms hang loose.",
      "Lift your shoulders up toward your ears.",
      "Roll them back, squeezing your shoulder blades together.",
      "Let them drop down, then come forward to finish the circle.",
  };
  e.cues = {"Make big, slow circles.", "Breathe in as you lift, and out as you roll back and down."};
  e.precautions = {say::kStopIfWorse};
  e.default_dosage = dose().reps(10).perDay(3, 5);
  e.safety = {caution(condition::shoulder_instability, "Keep the circles small if the shoulder feels loose or slips.",
                      "Roll your shoulders in small, slow circles. Stop and tell us if your shoulder slips or feels "
                      "like it might pop out.")};
  Pose start = seated();
  start.arms({5, 20});
  Pose back = start;
  back.arms({-15, 20});
  e.illustrations = illustrate(Scene(start, {Prop::chair()}),
                               Scene(back, {Prop::chair()}, {Arrow::turn({Part::shoulder}, 60, -200, 16)}));
  e.progressions = {"shoulder-blade-squeeze"};
  e.tags = {"shoulder circles", "shrug", "tension", "relax"};
  return e;
}

sdk::ExerciseSpec wallAngel() {
  sdk::ExerciseSpec e =
      exercise("wall-angel", "Wall angel", "Open the chest and train the upper back to hold the shoulders back.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::thoracic, region::shoulder});
  e.equipment = codes({equipment::wall});
  e.positions = codes({position::standing});
  e.goals = codes({goal::posture, goal::mobility, goal::strength});
  e.steps = {
      "Stand with your back against a wall, feet a small step away from it. Rest your head on the wall if you can.",
      "Raise your arms out to the sides with your elbows bent, like goal posts. Rest them on the wall.",
      "Slowly slide your arms up the wall as far as you can while they stay in touch with it.",
      "Slide them back down to the goal-post position.",
  };
  e.cues = {"Keep your low back gently touching the wall.", "Go only as high as you can with good form.",
            say::kBreathe};
  e.precautions = {say::kStopIfWorse, "If your hands tingle, lower your arms and rest."};
  e.default_dosage = dose().sets(2).reps(8, 10).perDay(1);
  e.safety = {
      caution(condition::shoulder_instability,
              "Arms out and back can strain an unstable shoulder. Keep the arms lower.",
              "Keep your elbows below your shoulders and a little in front of you. Do not press your arms back to the "
              "wall."),
      caution(condition::recent_surgery, "After shoulder surgery, follow the surgeon's limits for raising the arm.",
              "Raise your arms only as high as your surgeon allows, and do not press them back to the wall.")};
  Pose start = pose::standingFront();
  start.arms({90, 90});
  Pose up = start;
  up.arms({155, 25});
  e.illustrations =
      illustrate(Scene(start, {Prop::wallBehind()}),
                 Scene(up, {Prop::wallBehind()},
                       {Arrow::move({Part::hand, Limb::near}, 0, 16), Arrow::move({Part::hand, Limb::far}, 0, 16)}));
  e.regressions = {"shoulder-blade-squeeze"};
  e.tags = {"wall slide", "posture", "scapula", "thoracic extension"};
  return e;
}

sdk::ExerciseSpec doorwayStretch() {
  sdk::ExerciseSpec e = exercise("doorway-chest-stretch", "Doorway chest stretch",
                                 "Stretch tight chest muscles that pull the shoulders forward.");
  e.body_regions = codes({region::chest, region::shoulder});
  e.equipment = {};
  e.positions = codes({position::standing});
  e.goals = codes({goal::flexibility, goal::posture});
  e.steps = {
      "Stand in a doorway. Bend your right elbow and rest your forearm on the door frame, elbow at shoulder height.",
      "Step forward with your right foot until you feel a stretch across the front of your chest.",
      "Hold, then step back. Switch arms.",
  };
  e.cues = {"Keep your shoulder down, away from your ear.", "Stand tall. Do not let your back arch.",
            say::kNoPainStretch};
  e.precautions = {say::kStopIfWorse, "If your hand tingles or goes numb, lower your elbow a little."};
  e.default_dosage = dose().reps(3).hold(20, 30).side(sdk::Side::each_side).perDay(1, 2);
  e.safety = {
      avoid(condition::shoulder_instability,
            "This stretch takes the arm out and back, the position in which a shoulder dislocates."),
      caution(condition::hypermobility, "Loose joints stretch too far easily: keep the step small.",
              "Take only a small step through the door, and stop at a light stretch."),
      caution(condition::recent_surgery, "After shoulder or chest surgery, check the surgeon's limits first.",
              "Check with your surgeon before you do this stretch. Stop if the place of your surgery pulls or hurts.")};
  Pose start = pose::standing();
  start.near_arm = {90, 90};
  Pose lean = start;
  lean.trunk = 6;
  lean.near_arm = {75, 90};
  lean.near_leg = {22, 12};
  lean.far_leg = {-8, 0};
  e.illustrations = illustrate(Scene(start, {Prop::doorFrame({Part::elbow})}),
                               Scene(lean, {Prop::doorFrame({Part::elbow})}, {Arrow::move({Part::shoulder}, 90, 18)}));
  e.tags = {"pec stretch", "pectoralis", "chest", "rounded shoulders", "posture"};
  return e;
}

sdk::ExerciseSpec seatedBackExtension() {
  sdk::ExerciseSpec e =
      exercise("seated-back-extension", "Seated upper-back arch", "Loosen a stiff, rounded upper back.");
  e.body_regions = codes({region::thoracic});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::mobility, goal::posture});
  e.steps = {
      "Sit in a chair with a firm back that comes up to your shoulder blades.",
      "Cross your arms over your chest, or rest your hands behind your head without pulling.",
      "Gently lean back over the top of the chair back. Let your upper back arch.",
      "Come back up to sitting tall.",
  };
  e.cues = {"The bend happens in your upper back, not your low back or neck.", "Breathe out as you lean back.",
            say::kSlowly};
  e.precautions = {say::kStopIfWorse, say::kDizzyStop};
  e.default_dosage = dose().reps(5, 10).perDay(2, 3);
  e.safety = {
      caution(condition::osteoporosis, "A gentle arch is usually safe for weak bones, but no force or bouncing.",
              "Because your bones are weaker, arch back slowly and gently. Never bounce or push hard at the end."),
      caution(condition::spinal_stenosis, "Bending backward can bring on leg symptoms: stop if it does.",
              "Arch back only a little. If your legs ache, tingle or feel weak, sit up straight and rest."),
      caution(condition::dizziness, "Leaning back may bring on dizziness: keep the head in line.",
              "Keep your eyes on the wall in front of you and do not tip your head back. Stop and rest if you feel "
              "dizzy.")};
  Pose start = seated();
  start.arms({45, 115});
  Pose arched = start;
  arched.trunk = -8;
  arched.trunk_curve = -20;
  arched.neck = -8;
  e.illustrations = illustrate(Scene(start, {Prop::chair()}),
                               Scene(arched, {Prop::chair()}, {Arrow::turn({Part::shoulder}, 330, 290, 32)}));
  e.tags = {"thoracic extension", "hunch", "kyphosis", "upper back"};
  return e;
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {chinTuck(),         chinTuckLying(),        neckTurn(),      neckSideBend(),
          upperTrapStretch(), shoulderBladeSqueeze(), shoulderRolls(), wallAngel(),
          doorwayStretch(),   seatedBackExtension()};
}

}  // namespace motus::plugins::neck_posture
