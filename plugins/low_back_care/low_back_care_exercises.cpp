// Low-back exercises. Sources: common physical-therapy practice for non-specific low-back pain
// (gentle range of motion, repeated extension, trunk control, hip mobility), in our own words.
#include "low_back_care.hpp"

#include <motus/sdk/figure_svg.hpp>
#include <spec_builder.hpp>

namespace motus::plugins::low_back_care {
namespace {

using namespace sdk::figure;

// Every exercise here moves or loads the low back.
std::vector<sdk::SafetyRule> backRules() {
  return {
      avoid(condition::severe_neuro_symptoms,
            "Leg weakness, numbness in the groin or bladder changes that are new or worsening need urgent "
            "medical review, not exercise."),
      avoid(condition::trauma_not_cleared, "After a fall or crash, a spine fracture must be ruled out first."),
      caution(condition::recent_surgery,
              "After back or belly surgery, follow the surgeon's limits on bending and lifting.",
              "Keep to the limits your surgeon gave you on bending and lifting. Ask us before you do this if you are "
              "not sure."),
      caution(
          condition::cancer_at_site, "With cancer in the spine, ask the cancer team which movements are safe.",
          "Call your cancer team the same day if your back pain is new or worse. Call them too if your legs feel weak "
          "or numb, or you have trouble passing urine."),
  };
}

// Lying on the back: later in pregnancy this can press on a large vein and cause dizziness.
sdk::SafetyRule lyingOnBackInPregnancy() {
  return caution(condition::pregnancy,
                 "Lying flat on the back after the first months of pregnancy can cause "
                 "dizziness. Prop the upper body up, or choose another exercise.",
                 "Put pillows under your head and upper back so you are not lying flat. If you feel dizzy or sick, "
                 "roll onto your left side.");
}

// Rounding the spine under load is the movement most linked to spine fractures in weak bones.
// The advice is printed only for a Caution, so an Avoid carries none.
sdk::SafetyRule noLoadedFlexion(sdk::Severity severity) {
  return {condition::osteoporosis, severity,
          "Rounding the spine forward with force can break a weak vertebra. Keep the back long.",
          severity == sdk::Severity::caution
              ? "Because your bones are weaker, round your back only a little and gently. Never pull or push hard "
                "into the bend."
              : ""};
}

const std::string kGentleRange = "Move only in a range that feels comfortable.";
const std::string kLegSymptoms = "Stop if pain spreads further down your leg, or if your leg feels numb or weak.";
const std::string kLieKneesBent = "Lie on your back on a firm surface with your knees bent and feet flat.";

sdk::ExerciseSpec pelvicTilt() {
  sdk::ExerciseSpec e =
      exercise("pelvic-tilt", "Pelvic tilt", "Gently move the low back and wake up the belly muscles.");
  e.body_regions = codes({region::lumbar, region::core});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::mobility, goal::pain_relief, goal::stability});
  e.steps = {
      kLieKneesBent,
      "Tighten your belly and gently press your low back flat into the floor. Your hips tip up a little.",
      "Hold, then relax so your low back curves a little off the floor again.",
  };
  e.cues = {say::kBreathe, "Keep your buttocks on the floor.", "The movement is small."};
  e.precautions = {say::kStopIfWorse, kLegSymptoms};
  e.default_dosage = dose().reps(10, 15).hold(5).perDay(2, 3);
  e.safety = rules(backRules(), {lyingOnBackInPregnancy()});
  Pose start = pose::lyingOnBackKneesBent();
  start.trunk_curve = -6;
  Pose tilt = pose::lyingOnBackKneesBent();
  tilt.trunk_curve = 4;
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(tilt, {Prop::mat()}, {Arrow::turn({Part::hip}, 200, 150, 22)}));
  e.progressions = {"bridge", "dead-bug"};
  e.tags = {"pelvic tilt", "flat back", "core", "gentle"};
  return e;
}

sdk::ExerciseSpec kneeToChest() {
  sdk::ExerciseSpec e = exercise("knee-to-chest", "Knee to chest", "Stretch the low back and buttock.");
  e.body_regions = codes({region::lumbar, region::hip});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::flexibility, goal::pain_relief});
  e.steps = {
      kLieKneesBent,
      "Hold behind one thigh with both hands and bring that knee toward your chest.",
      "Hold, then slowly lower the foot back to the floor. Switch legs.",
  };
  e.cues = {"Keep your head and shoulders relaxed on the floor.", say::kNoPainStretch, say::kBreathe};
  e.precautions = {say::kStopIfWorse, kLegSymptoms};
  e.default_dosage = dose().reps(3, 5).hold(20, 30).side(sdk::Side::each_side).perDay(1, 2);
  e.safety = rules(backRules(), {avoid(condition::hip_replacement,
                                       "This bends the hip past 90 degrees, beyond the usual precautions after a "
                                       "hip replacement."),
                                 noLoadedFlexion(sdk::Severity::caution), lyingOnBackInPregnancy()});
  Pose start = pose::lyingOnBackKneesBent();
  Pose hug = start;
  hug.near_leg = {120, 120, 0};
  hug.arms({70, 70});
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(hug, {Prop::mat()}, {Arrow::turn({Part::hip}, 40, -10, 46)}));
  e.tags = {"knee hug", "low back stretch", "flexion"};
  return e;
}

sdk::ExerciseSpec lowerTrunkRotation() {
  sdk::ExerciseSpec e =
      exercise("lower-trunk-rotation", "Knee rocks side to side", "Loosen the low back with a gentle twist.");
  e.body_regions = codes({region::lumbar});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::mobility, goal::relaxation});
  e.steps = {
      kLieKneesBent + " Keep your knees together.",
      "Slowly let both knees tip to one side. Keep your shoulders on the floor.",
      "Bring them back to the middle, then tip them to the other side.",
  };
  e.cues = {"Go only as far as feels easy.", say::kSlowly, say::kBreathe};
  e.precautions = {say::kStopIfWorse, kLegSymptoms};
  e.default_dosage = dose().reps(10).side(sdk::Side::each_side).perDay(2, 3);
  e.safety =
      rules(backRules(),
            {caution(condition::osteoporosis, "Keep the twist small and slow, with no push at the end.",
                     "Because your bones are weaker, let your knees go only a little way to each side. Move slowly and "
                     "never push them further."),
             caution(condition::hip_replacement, "Keep the knees together so the hip does not cross the midline.",
                     "Hold a pillow between your knees as you rock, and rock only a short way to each side."),
             lyingOnBackInPregnancy()});
  Pose start = pose::lyingOnBackFromAbove();
  start.arms({30, 0});
  start.near_leg = {-4, 0, 0, 60};
  start.far_leg = {4, 0, 0, 60};
  Pose tipped = start;
  tipped.near_leg = {-32, 0, 0, 60};
  tipped.far_leg = {32, 0, 0, 60};
  tipped.trunk = 0;
  e.illustrations = illustrate(Scene(start, {Prop::mat()}),
                               Scene(tipped, {Prop::mat()}, {Arrow::turn({Part::hip, Limb::far}, 170, 130, 40)}));
  e.tags = {"rotation", "windshield wipers", "twist", "low back"};
  return e;
}

sdk::ExerciseSpec bridge() {
  sdk::ExerciseSpec e = exercise("bridge", "Bridge", "Strengthen the buttocks and the muscles along the spine.",
                                 sdk::Difficulty::intermediate);
  e.body_regions = codes({region::hip, region::lumbar, region::core});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      kLieKneesBent + " Put your arms by your sides.",
      "Tighten your belly and squeeze your buttocks.",
      "Lift your hips until your body is in a straight line from shoulders to knees.",
      "Hold, then lower slowly, one part of the back at a time.",
  };
  e.cues = {"Push through your heels.", "Do not arch your low back at the top.", say::kBreathe};
  e.precautions = {say::kStopIfWorse, "If the back of your thigh cramps, walk your feet a little closer."};
  e.default_dosage = dose().sets(2).reps(10).hold(3, 5).perDay(1).perWeek(3, 5);
  e.safety =
      rules(backRules(),
            {lyingOnBackInPregnancy(),
             caution(condition::uncontrolled_hypertension, "Breathe out as you lift; do not hold the breath.",
                     "Count out loud as you lift your hips and hold them up. That way you cannot hold your breath.")});
  Pose start = pose::lyingOnBackKneesBent();
  Pose up = start;
  up.trunk = -110;
  up.legs({-5, 115, 25});
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(up, {Prop::mat()}, {Arrow::move({Part::hip}, 0, 18)}));
  e.regressions = {"pelvic-tilt"};
  e.tags = {"glute bridge", "hip lift", "buttocks", "gluteus"};
  return e;
}

sdk::ExerciseSpec catCow() {
  sdk::ExerciseSpec e = exercise("cat-cow", "Cat and cow", "Move the whole spine gently, one way then the other.");
  e.body_regions = codes({region::lumbar, region::thoracic});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::hands_and_knees});
  e.goals = codes({goal::mobility, goal::pain_relief});
  e.steps = {
      "Get on your hands and knees. Hands under shoulders, knees under hips.",
      "Breathe out and round your back up toward the ceiling. Let your head drop.",
      "Breathe in and let your belly sink toward the floor. Lift your head a little.",
      "Move slowly between the two.",
  };
  e.cues = {"Move one part of the spine at a time.", "Stay in a range that feels good."};
  e.precautions = {say::kStopIfWorse, "Put a folded towel under your knees if they are sore."};
  e.default_dosage = dose().reps(10).perDay(1, 2);
  e.safety = rules(
      backRules(),
      {noLoadedFlexion(sdk::Severity::caution),
       caution(condition::inflammatory_arthritis,
               "Weight on the wrists can hurt in a flare: rest on the forearms instead.",
               "On days your wrists are sore or swollen, lean on your forearms instead of your hands."),
       caution(condition::spinal_stenosis, "Letting the back sag can bring on leg symptoms: keep that part small.",
               "Let your back sag only a little when you drop your belly. Stop if your legs start to ache, tingle or "
               "feel weak.")});
  Pose cat = pose::handsAndKnees();
  cat.trunk_curve = 24;
  cat.neck = 30;
  Pose cow = pose::handsAndKnees();
  cow.trunk_curve = -18;
  cow.neck = -20;
  e.illustrations = illustrate(Scene(cat, {Prop::mat()}, {Arrow::move({Part::mid_back}, 0, 14)}),
                               Scene(cow, {Prop::mat()}, {Arrow::move({Part::mid_back}, 180, 14)}));
  e.progressions = {"bird-dog"};
  e.tags = {"cat camel", "spine mobility", "flexion", "extension"};
  return e;
}

sdk::ExerciseSpec birdDog() {
  sdk::ExerciseSpec e =
      exercise("bird-dog", "Bird dog", "Train the trunk muscles to keep the back steady while the limbs move.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::core, region::lumbar, region::hip});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::hands_and_knees});
  e.goals = codes({goal::stability, goal::strength});
  e.steps = {
      "Get on your hands and knees. Hands under shoulders, knees under hips. Keep your back flat.",
      "Reach one arm straight forward and the other leg straight back.",
      "Hold without letting your back sag or twist.",
      "Lower them, then switch to the other arm and leg.",
  };
  e.cues = {"Imagine a cup of water on your low back. Do not spill it.", "Reach long, not high.", say::kBreathe};
  e.precautions = {say::kStopIfWorse, "Start with just the leg, or just the arm, if both at once is too hard."};
  e.default_dosage = dose().sets(2).reps(8, 10).hold(5).side(sdk::Side::each_side).perDay(1).perWeek(3, 5);
  e.safety = rules(backRules(),
                   {caution(condition::inflammatory_arthritis,
                            "Weight on the wrists can hurt in a flare: rest on the forearms instead.",
                            "On days your wrists are sore or swollen, rest on your forearms instead of your hands, and "
                            "lift only your leg."),
                    caution(condition::fall_risk, "Balancing on one hand and knee can tip over: start beside a sofa.",
                            "Kneel next to a sofa or bed so you can lean on it if you tip. Lift only your arm or only "
                            "your leg until you feel steady.")});
  Pose start = pose::handsAndKnees();
  Pose reach = start;
  reach.near_arm = {170, 0};
  reach.far_leg = {-10, 0, -40};
  e.illustrations = illustrate(
      Scene(start, {Prop::mat()}),
      Scene(reach, {Prop::mat()}, {Arrow::move({Part::hand}, 90, 14), Arrow::move({Part::toe, Limb::far}, 270, 14)}));
  e.regressions = {"cat-cow"};
  e.tags = {"bird dog", "core stability", "quadruped", "multifidus"};
  return e;
}

sdk::ExerciseSpec proneOnElbows() {
  sdk::ExerciseSpec e =
      exercise("prone-on-elbows", "Lying on your elbows", "Ease the low back into a gentle backward bend.");
  e.body_regions = codes({region::lumbar});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_front});
  e.goals = codes({goal::mobility, goal::pain_relief});
  e.steps = {
      "Lie on your stomach with your arms by your sides. Turn your head to one side and relax.",
      "Bring your elbows under your shoulders and prop yourself up on your forearms.",
      "Let your belly and hips stay on the floor. Relax your back and breathe.",
      "Lower yourself down slowly.",
  };
  e.cues = {"Let your low back sag and relax.", "Keep your buttocks soft."};
  e.precautions = {say::kStopIfWorse, kLegSymptoms};
  e.default_dosage = dose().reps(3, 5).seconds(30, 60).perDay(2, 3);
  e.safety = rules(
      backRules(),
      {caution(condition::spinal_stenosis, "Bending backward narrows the spinal canal and may bring on leg symptoms.",
               "Stay up on your elbows only while your legs feel fine. If your legs ache, tingle or feel weak, lie "
               "flat again."),
       avoid(condition::pregnancy, "Lying on the stomach is not suitable during pregnancy.")});
  Pose start = pose::lyingOnFront();
  Pose up = start;
  up.trunk = 75;
  up.neck = -15;
  up.legs({-15, 0, -60});
  up.arms({55, 110});
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(up, {Prop::mat()}, {Arrow::move({Part::shoulder}, 0, 14)}));
  e.progressions = {"prone-press-up"};
  e.tags = {"sphinx", "prone extension", "mckenzie"};
  return e;
}

sdk::ExerciseSpec pronePressUp() {
  sdk::ExerciseSpec e =
      exercise("prone-press-up", "Press-up lying down", "Bend the low back backward to ease some kinds of back pain.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::lumbar});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_front});
  e.goals = codes({goal::mobility, goal::pain_relief});
  e.steps = {
      "Lie on your stomach. Put your hands flat on the floor under your shoulders.",
      "Slowly straighten your arms to push your upper body up. Keep your hips on the floor.",
      "Let your low back sag. Hold for a breath or two.",
      "Lower yourself back down slowly.",
  };
  e.cues = {"Your arms do the work. Your back and buttocks stay relaxed.",
            "Go a little higher each time if it feels OK."};
  e.precautions = {
      say::kStopIfWorse, kLegSymptoms,
      "It is a good sign if pain moves out of your leg toward your back. Tell us if it moves down the leg."};
  e.default_dosage = dose().reps(10).hold(1, 2).perDay(3, 5);
  e.safety = rules(
      backRules(),
      {caution(condition::spinal_stenosis, "Bending backward narrows the spinal canal and may bring on leg symptoms.",
               "Push up only part of the way. If your legs ache, tingle or go numb, stop and lie flat."),
       avoid(condition::pregnancy, "Lying on the stomach is not suitable during pregnancy."),
       caution(condition::inflammatory_arthritis, "Pushing through the wrists can hurt in a flare.",
               "If your wrists hurt, push up only part of the way, or stay up on your elbows instead.")});
  Pose start = pose::lyingOnFront();
  start.arms({20, 150});
  Pose up = start;
  up.trunk = 52;
  up.neck = -10;
  up.legs({-38, 0, -60});
  up.arms({55, 0});
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(up, {Prop::mat()}, {Arrow::move({Part::head}, 0, 14)}));
  e.regressions = {"prone-on-elbows"};
  e.tags = {"press up", "mckenzie", "extension", "repeated movement"};
  return e;
}

sdk::ExerciseSpec deadBug() {
  sdk::ExerciseSpec e =
      exercise("dead-bug", "Dead bug", "Train the belly muscles to keep the back still while the limbs move.",
               sdk::Difficulty::advanced);
  e.body_regions = codes({region::core, region::lumbar});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::stability, goal::strength});
  e.steps = {
      "Lie on your back. Lift your knees over your hips, bent at a right angle. Reach your arms to the ceiling.",
      "Tighten your belly so your low back stays gently pressed to the floor.",
      "Slowly lower one arm behind your head and the other leg toward the floor.",
      "Bring them back, then switch sides.",
  };
  e.cues = {"Keep your low back on the floor the whole time.", "Go only as low as you can without your back arching.",
            say::kBreathe};
  e.precautions = {say::kStopIfWorse, "If your back arches, make the movement smaller."};
  e.default_dosage = dose().sets(2).reps(6, 10).side(sdk::Side::each_side).perDay(1).perWeek(3, 5);
  e.safety =
      rules(backRules(), {lyingOnBackInPregnancy(), caution(condition::uncontrolled_hypertension,
                                                            "Hard belly work can raise blood pressure; keep breathing.",
                                                            "Count out loud as you move your arm and leg, so you keep "
                                                            "breathing. Stop if you get a headache or feel dizzy.")});
  Pose start = pose::lyingOnBack();
  start.arms({90, 0});
  start.legs({90, 90, 0});
  Pose reach = start;
  reach.near_arm = {170, 0};
  reach.far_leg = {25, 10, 0};
  e.illustrations = illustrate(Scene(start, {Prop::mat()}),
                               Scene(reach, {Prop::mat()}, {Arrow::move({Part::ankle, Limb::far}, 180, 12)}));
  e.regressions = {"pelvic-tilt"};
  e.tags = {"dead bug", "core", "anti-extension", "abdominals"};
  return e;
}

sdk::ExerciseSpec hamstringStrapStretch() {
  sdk::ExerciseSpec e = exercise("hamstring-strap-stretch", "Back-of-thigh stretch with a towel",
                                 "Stretch tight muscles at the back of the thigh that pull on the low back.");
  e.body_regions = codes({region::hip, region::knee, region::lumbar});
  e.equipment = codes({equipment::towel, equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::flexibility});
  e.steps = {
      kLieKneesBent,
      "Loop a towel around the ball of one foot. Hold an end in each hand.",
      "Straighten that leg up toward the ceiling until you feel a stretch behind the thigh.",
      "Hold, then bend the knee and lower the foot. Switch legs.",
  };
  e.cues = {"Keep your head and low back on the floor.", "The towel helps hold the leg; do not yank it.",
            say::kNoPainStretch};
  e.precautions = {say::kStopIfWorse, kLegSymptoms};
  e.default_dosage = dose().reps(3).hold(20, 30).side(sdk::Side::each_side).perDay(1, 2);
  e.safety = rules(backRules(), {caution(condition::hip_replacement, "Keep the raised leg below 90 degrees at the hip.",
                                         "Raise your leg only part of the way, so it never points straight up at the "
                                         "ceiling. Let the towel hold your leg; do not pull it closer."),
                                 lyingOnBackInPregnancy()});
  Pose start = pose::lyingOnBackKneesBent();
  start.near_leg = {90, 90, 0};
  start.arms({60, 60});
  Pose stretch = pose::lyingOnBackKneesBent();
  stretch.near_leg = {80, 0, 10};
  stretch.arms({80, 40});
  e.illustrations = illustrate(
      Scene(start, {Prop::mat(), Prop::strap({Part::hand}, {Part::toe})}),
      Scene(stretch, {Prop::mat(), Prop::strap({Part::hand}, {Part::toe})}, {Arrow::turn({Part::knee}, 100, 30, 26)}));
  e.tags = {"hamstring", "strap stretch", "towel", "sciatic"};
  return e;
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {pelvicTilt(), kneeToChest(),   lowerTrunkRotation(), bridge(),  catCow(),
          birdDog(),    proneOnElbows(), pronePressUp(),       deadBug(), hamstringStrapStretch()};
}

}  // namespace motus::plugins::low_back_care
