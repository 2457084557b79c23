// Shoulder exercises. Sources: common physical-therapy practice for a stiff or weak shoulder
// (pendulum, assisted range of motion, rotator-cuff and scapular strengthening), in our own words.
#include "shoulder_care.hpp"

#include <motus/sdk/figure_svg.hpp>
#include <spec_builder.hpp>

namespace motus::plugins::shoulder_care {
namespace {

using namespace sdk::figure;

// Gentle range of motion: allowed early, with care.
std::vector<sdk::SafetyRule> motionRules() {
  return {
      caution(condition::recent_surgery,
              "After shoulder surgery, follow the surgeon's limits on how far and how the arm may move.",
              "Move your arm only as far, and only in the ways, your surgeon allows. Wear your sling between exercises "
              "if you were told to."),
      caution(
          condition::recent_fracture, "A healing arm or shoulder fracture needs the doctor's go-ahead for movement.",
          "Start this only when your doctor says you may move your arm. Go gently, and stop if the pain turns sharp."),
      caution(condition::shoulder_instability, "Keep the arm out of the raised and turned-out position.",
              "Do not put your arm in a throwing position: up, out to the side and turned back. Keep your elbow in "
              "front of your body."),
      avoid(condition::trauma_not_cleared, "A new shoulder injury must be checked for fracture or dislocation first."),
  };
}

// Strengthening against a band or weight: too early after a repair, it can pull it apart.
std::vector<sdk::SafetyRule> strengthRules() {
  return {
      avoid(condition::recent_surgery,
            "A repaired rotator cuff or shoulder needs weeks to heal before it may work against resistance. "
            "Follow the surgeon's plan."),
      avoid(condition::recent_fracture,
            "Resistance on a healing fracture can shift it: wait for the doctor's go-ahead."),
      avoid(condition::trauma_not_cleared, "A new shoulder injury must be checked for fracture or dislocation first."),
      caution(condition::acute_inflammation,
              "A hot, swollen shoulder should settle before it works against resistance.",
              "If your shoulder is hot, red or more swollen than usual, skip this exercise that day. Call us if it "
              "does not settle."),
      caution(condition::lymphedema,
              "Start with the lightest band and build slowly. Wear the compression sleeve if one is prescribed.",
              "Wear your compression sleeve if you have one. Begin with the easiest band, and tell us if your arm "
              "looks more swollen or feels heavy after."),
      caution(condition::uncontrolled_hypertension, "Breathing out on the effort keeps blood pressure from jumping.",
              "Breathe out as you pull or lift, and breathe in as you let go. Never hold your breath."),
  };
}

std::vector<sdk::SafetyRule> bandRules() {
  return rules(strengthRules(),
               {caution(condition::fragile_skin, "A band can pinch or rub thin skin. Wrap it over a sleeve.",
                        "Wear long sleeves and wrap the band over the sleeve, not on bare skin. Stop if the band "
                        "pinches or leaves a mark.")});
}

const std::string kBelowPain = "Move only as far as you can without sharp pain.";
const std::string kElbowAtSide = "Keep your elbow against your side. A small rolled towel under the arm helps.";

Pose standingArmsDown() { return pose::standing(); }

sdk::ExerciseSpec pendulum() {
  sdk::ExerciseSpec e =
      exercise("pendulum", "Pendulum swing", "Let a stiff, sore shoulder move gently without effort.");
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::mobility, goal::pain_relief, goal::relaxation});
  e.steps = {
      "Stand beside a table. Lean forward and rest your good hand on it.",
      "Let your sore arm hang straight down, relaxed.",
      "Gently rock your body so the arm swings in small circles. Let the arm be loose, like a rope.",
      "Circle one way, then the other. Also swing forward and back.",
  };
  e.cues = {"Your body moves the arm. The shoulder muscles stay relaxed.", "Keep the circles small at first."};
  e.precautions = {kBelowPain, "Stand up slowly afterward if you feel light-headed."};
  e.default_dosage = dose().seconds(30, 60).side(sdk::Side::unspecified).perDay(3, 5);
  e.safety =
      rules(motionRules(), {caution(condition::dizziness, "Bending forward and standing up can bring on dizziness.",
                                    "Keep one hand on a sturdy table while you lean forward. Stand up slowly when you "
                                    "finish, and wait before you walk.")});
  Pose lean = pose::standing();
  lean.trunk = 50;
  lean.far_arm = {40, 10};
  lean.near_arm = {50, 0};
  lean.legs({45, 10, 5});
  Pose swing = lean;
  swing.near_arm = {70, 0};
  e.illustrations = illustrate(Scene(lean, {Prop::counter(Limb::far)}),
                               Scene(swing, {Prop::counter(Limb::far)}, {Arrow::turn({Part::hand}, 120, 240, 14)}));
  e.progressions = {"table-slide", "wand-raise"};
  e.tags = {"codman", "pendulum", "frozen shoulder", "after surgery", "gentle"};
  return e;
}

sdk::ExerciseSpec tableSlide() {
  sdk::ExerciseSpec e =
      exercise("table-slide", "Table slide", "Gently raise a stiff arm forward with the table taking its weight.");
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::chair, equipment::towel, equipment::counter});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::mobility});
  e.steps = {
      "Sit beside a table. Rest your sore arm on a towel on the table, thumb up.",
      "Slide the towel forward as you lean your body forward from the hips.",
      "Go until you feel a gentle stretch, then hold.",
      "Slide back to the start.",
  };
  e.cues = {"Let your body do the work. The arm rides along.", say::kNoPainStretch};
  e.precautions = {kBelowPain};
  e.default_dosage = dose().reps(10).hold(5).perDay(2, 3);
  e.safety = motionRules();
  Pose start = pose::sitting();
  start.near_arm = {50, 70};
  Pose reach = start;
  reach.trunk = 25;
  reach.near_arm = {80, 5};
  reach.legs({115, 90});
  e.illustrations = illustrate(Scene(start, {Prop::chair(), Prop::counter()}),
                               Scene(reach, {Prop::chair(), Prop::counter()}, {Arrow::move({Part::hand}, 90, 16)}));
  e.regressions = {"pendulum"};
  e.progressions = {"wand-raise"};
  e.tags = {"towel slide", "assisted flexion", "frozen shoulder"};
  return e;
}

sdk::ExerciseSpec wandRaise() {
  sdk::ExerciseSpec e =
      exercise("wand-raise", "Stick raise lying down", "Raise a stiff arm overhead with help from the good arm.");
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::stick});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::mobility, goal::flexibility});
  e.steps = {
      "Lie on your back with your knees bent. Hold a stick with both hands, palms down, hands shoulder-width apart.",
      "Keep your elbows straight. Use your good arm to help lift the stick up and back over your head.",
      "Go as far as is comfortable and hold.",
      "Slowly bring the stick back down to your thighs.",
  };
  e.cues = {"The good arm does most of the work.", "Keep your low back flat on the floor.", say::kBreathe};
  e.precautions = {kBelowPain};
  e.default_dosage = dose().reps(10).hold(5).perDay(2);
  e.safety = rules(motionRules(),
                   {caution(condition::pregnancy, "Lying flat on the back later in pregnancy can cause dizziness.",
                            "Put pillows under your head and upper back so you are not flat. If you feel dizzy lying "
                            "down, roll onto your left side.")});
  Pose start = pose::lyingOnBackKneesBent();
  start.arms({25, 0});
  Pose up = start;
  up.arms({165, 0});
  e.illustrations = illustrate(Scene(start, {Prop::stick()}),
                               Scene(up, {Prop::stick()}, {Arrow::turn({Part::shoulder}, 30, -60, 40)}));
  e.regressions = {"table-slide"};
  e.progressions = {"wall-walk"};
  e.tags = {"wand", "cane", "assisted flexion", "overhead"};
  return e;
}

sdk::ExerciseSpec wallWalk() {
  sdk::ExerciseSpec e =
      exercise("wall-walk", "Finger walk up the wall", "Reach higher with a stiff shoulder, a little at a time.");
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::wall});
  e.positions = codes({position::standing});
  e.goals = codes({goal::mobility});
  e.steps = {
      "Stand facing a wall, about a foot away.",
      "Put the fingertips of your sore arm on the wall at waist height.",
      "Walk your fingers up the wall as high as is comfortable. Step closer as you go.",
      "Hold, then walk your fingers back down.",
  };
  e.cues = {"Keep your shoulder down, away from your ear.", "Do not lean back or arch your low back."};
  e.precautions = {kBelowPain};
  e.default_dosage = dose().reps(5, 10).hold(5).perDay(2);
  e.safety = motionRules();
  Pose start = standingArmsDown();
  start.near_arm = {60, 20};
  Pose up = standingArmsDown();
  up.near_arm = {155, 0};
  e.illustrations = illustrate(Scene(start, {Prop::wallInFront()}),
                               Scene(up, {Prop::wallInFront()}, {Arrow::move({Part::hand}, 0, 18)}));
  e.regressions = {"wand-raise"};
  e.tags = {"wall climb", "spider", "flexion", "frozen shoulder"};
  return e;
}

sdk::ExerciseSpec crossBodyStretch() {
  sdk::ExerciseSpec e = exercise("cross-body-stretch", "Across-the-chest stretch", "Stretch the back of the shoulder.");
  e.body_regions = codes({region::shoulder});
  e.equipment = {};
  e.positions = codes({position::standing, position::sitting});
  e.goals = codes({goal::flexibility});
  e.steps = {
      "Stand or sit tall.",
      "Bring your right arm across your chest at shoulder height.",
      "With your left hand, gently press your right arm closer to your chest.",
      "Hold, then relax. Switch arms.",
  };
  e.cues = {"Keep your shoulder blade down and back.", "Feel the stretch at the back of the shoulder.",
            say::kNoPainStretch};
  e.precautions = {kBelowPain};
  e.default_dosage = dose().reps(3).hold(20, 30).side(sdk::Side::each_side).perDay(1, 2);
  e.safety = rules(motionRules(),
                   {caution(condition::hypermobility, "A loose shoulder needs only a light press.",
                            "Pull your arm across gently, with a light hand. Stop at the first feeling of stretch."),
                    caution(condition::shoulder_instability, "Keep the arm out of the raised and turned-out position.",
                            "Let your arm rest across your chest. Do not press it closer.")});
  Pose start = pose::standingFront();
  Pose across = start;
  across.near_arm = {-75, 10};
  across.far_arm = {-40, 110};
  e.illustrations = illustrate(Scene(start), Scene(across, {}, {Arrow::move({Part::elbow, Limb::near}, 90, 14)}));
  e.tags = {"posterior capsule", "cross body", "shoulder stretch"};
  return e;
}

sdk::ExerciseSpec bandOutwardTurn() {
  sdk::ExerciseSpec e =
      exercise("band-outward-turn", "Band outward turn", "Strengthen the rotator cuff muscles that turn the arm out.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::resistance_band, equipment::towel});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      "Tie a band to a door handle at elbow height. Stand side-on to the door, sore arm away from it.",
      "Bend your elbow to a right angle. " + kElbowAtSide,
      "Hold the band with your hand in front of your belly.",
      "Turn your forearm out, away from your belly, keeping the elbow at your side. Slowly come back.",
  };
  e.cues = {"Only the forearm swings, like a gate.", "Breathe out as you pull.", say::kSlowly};
  e.precautions = {say::kBandCheck, say::kStopIfWorse};
  e.default_dosage =
      dose().sets(2, 3).reps(10, 15).side(sdk::Side::each_side).load("light band").perDay(1).perWeek(3, 5);
  e.safety = bandRules();
  Pose start = pose::standingFront();
  start.near_arm = {0, -70};
  Pose out = start;
  out.near_arm = {0, 70};
  e.illustrations =
      illustrate(Scene(start, {Prop::bandToDoor({Part::hand}, 55)}),
                 Scene(out, {Prop::bandToDoor({Part::hand}, 85)}, {Arrow::turn({Part::elbow}, 160, 250, 30)}));
  e.progressions = {"side-lying-outward-turn"};
  e.tags = {"external rotation", "rotator cuff", "infraspinatus", "theraband"};
  return e;
}

sdk::ExerciseSpec bandInwardTurn() {
  sdk::ExerciseSpec e =
      exercise("band-inward-turn", "Band inward turn", "Strengthen the rotator cuff muscles that turn the arm in.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::resistance_band, equipment::towel});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      "Tie a band to a door handle at elbow height. Stand side-on to the door, sore arm nearest it.",
      "Bend your elbow to a right angle. " + kElbowAtSide,
      "Start with your hand pointing out to the side, holding the band.",
      "Pull your hand in across your belly, keeping the elbow at your side. Slowly let it back out.",
  };
  e.cues = {"Only the forearm swings, like a gate.", "Breathe out as you pull.", say::kSlowly};
  e.precautions = {say::kBandCheck, say::kStopIfWorse};
  e.default_dosage =
      dose().sets(2, 3).reps(10, 15).side(sdk::Side::each_side).load("light band").perDay(1).perWeek(3, 5);
  e.safety = bandRules();
  Pose start = pose::standingFront();
  start.near_arm = {0, 70};
  Pose in = start;
  in.near_arm = {0, -70};
  e.illustrations =
      illustrate(Scene(start, {Prop::bandToDoor({Part::hand}, -45)}),
                 Scene(in, {Prop::bandToDoor({Part::hand}, -75)}, {Arrow::turn({Part::elbow}, 250, 160, 30)}));
  e.tags = {"internal rotation", "rotator cuff", "subscapularis", "theraband"};
  return e;
}

sdk::ExerciseSpec bandRow() {
  sdk::ExerciseSpec e = exercise("band-row", "Band row", "Strengthen the muscles that pull the shoulder blades back.");
  e.body_regions = codes({region::shoulder, region::thoracic});
  e.equipment = codes({equipment::resistance_band});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::posture});
  e.steps = {
      "Tie the middle of a band to a door handle at chest height. Face the door and hold one end in each hand.",
      "Step back until the band is a little tight, arms straight out in front.",
      "Pull your elbows back past your sides, squeezing your shoulder blades together.",
      "Slowly let your arms go forward again.",
  };
  e.cues = {"Keep your shoulders down, away from your ears.", "Stand tall. Do not lean back.",
            "Breathe out as you pull."};
  e.precautions = {say::kBandCheck, say::kStopIfWorse};
  e.default_dosage = dose().sets(2, 3).reps(10, 15).load("light to medium band").perDay(1).perWeek(3, 5);
  e.safety = bandRules();
  Pose start = standingArmsDown();
  start.arms({80, 0});
  Pose pulled = standingArmsDown();
  pulled.arms({-10, 100});
  e.illustrations =
      illustrate(Scene(start, {Prop::bandToDoor({Part::hand}, 55)}),
                 Scene(pulled, {Prop::bandToDoor({Part::hand}, 95)}, {Arrow::move({Part::elbow}, 270, 18)}));
  e.tags = {"row", "rhomboids", "middle trapezius", "posture", "theraband"};
  return e;
}

sdk::ExerciseSpec sideLyingOutwardTurn() {
  sdk::ExerciseSpec e = exercise("side-lying-outward-turn", "Side-lying arm lift-and-turn",
                                 "Strengthen the rotator cuff against the weight of the arm or a light weight.",
                                 sdk::Difficulty::intermediate);
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::towel, equipment::dumbbell});
  e.positions = codes({position::on_side});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      "Lie on your good side with a pillow under your head. Put a rolled towel between your top elbow and your side.",
      "Bend your top elbow to a right angle, forearm resting across your belly.",
      "Keeping the elbow on the towel, turn your forearm up toward the ceiling.",
      "Slowly lower it back down.",
  };
  e.cues = {"The elbow stays on the towel the whole time.", "Move slowly both ways.", say::kBreathe};
  e.precautions = {say::kStopIfWorse, "Start with no weight. Add a light weight only when 15 are easy."};
  e.default_dosage = dose()
                         .sets(2, 3)
                         .reps(10, 15)
                         .side(sdk::Side::each_side)
                         .load("no weight, then 0.5 to 1 kg")
                         .perDay(1)
                         .perWeek(3, 5);
  e.safety = rules(strengthRules(),
                   {caution(condition::hip_replacement, "Lying on the side may need a pillow between the knees.",
                            "Put a pillow between your knees while you lie on your side, and keep your knees bent.")});
  Pose start = pose::lyingOnSide();
  start.near_arm = {0, -90};
  Pose up = start;
  up.near_arm = {0, 80};
  e.illustrations = illustrate(Scene(start, {Prop::weight({Part::hand})}),
                               Scene(up, {Prop::weight({Part::hand})}, {Arrow::turn({Part::elbow}, 200, 290, 32)}));
  e.regressions = {"band-outward-turn"};
  e.tags = {"external rotation", "side lying", "rotator cuff", "weight"};
  return e;
}

sdk::ExerciseSpec scaption() {
  sdk::ExerciseSpec e = exercise("scaption", "Thumbs-up arm raise", "Strengthen the shoulder for lifting and reaching.",
                                 sdk::Difficulty::intermediate);
  e.body_regions = codes({region::shoulder});
  e.equipment = codes({equipment::dumbbell});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength});
  e.steps = {
      "Stand tall, arms at your sides, thumbs pointing forward. Hold a light weight in each hand if you use one.",
      "Raise your arms up and a little forward, in a V shape, thumbs up.",
      "Stop at shoulder height.",
      "Slowly lower your arms.",
  };
  e.cues = {"Keep your shoulders down as your arms rise.", "Lower more slowly than you lift.",
            "Breathe out as you raise."};
  e.precautions = {say::kStopIfWorse, "If you feel a pinch at the top of the shoulder, lift less high."};
  e.default_dosage = dose().sets(2, 3).reps(10).load("no weight, then 0.5 to 2 kg").perDay(1).perWeek(3, 5);
  e.safety = strengthRules();
  Pose start = pose::standingFront();
  start.arms({10, 0});
  Pose up = start;
  up.arms({85, 0});
  e.illustrations = illustrate(Scene(start, {Prop::weight({Part::hand}), Prop::weight({Part::hand, Limb::far})}),
                               Scene(up, {Prop::weight({Part::hand}), Prop::weight({Part::hand, Limb::far})},
                                     {Arrow::turn({Part::shoulder, Limb::near}, 200, 250, 44),
                                      Arrow::turn({Part::shoulder, Limb::far}, 160, 110, 44)}));
  e.tags = {"scaption", "full can", "supraspinatus", "arm raise"};
  return e;
}

sdk::ExerciseSpec wallPushUpPlus() {
  sdk::ExerciseSpec e =
      exercise("wall-push-up-plus", "Wall push-up with a reach",
               "Strengthen the muscles that hold the shoulder blade against the ribs.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::shoulder, region::chest});
  e.equipment = codes({equipment::wall});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      "Stand an arm's length from a wall. Put your hands flat on it at shoulder height.",
      "Bend your elbows to bring your chest toward the wall. Keep your body straight.",
      "Push back until your arms are straight.",
      "Then push a little further, so your upper back rounds and your shoulder blades spread apart.",
  };
  e.cues = {"Keep your body in one line from head to heels.", "Breathe out as you push."};
  e.precautions = {say::kStopIfWorse};
  e.default_dosage = dose().sets(2).reps(10).perDay(1).perWeek(3, 5);
  e.safety = rules(
      strengthRules(),
      {caution(
           condition::inflammatory_arthritis, "Weight through the wrists can hurt in a flare: use fists or less lean.",
           "If your wrists or hands hurt, rest your forearms on the wall instead, or stand closer so you lean only a "
           "little."),
       caution(condition::shoulder_instability, "Keep the lean small so the shoulder stays steady.",
               "Stand close to the wall so you lean only a little. Stop if your shoulder feels like it shifts.")});
  Pose push = pose::standing();
  push.trunk = 22;
  push.legs({22, 0, 22});
  push.arms({70, 0});
  Pose bent = push;
  bent.trunk = 32;
  bent.legs({32, 0, 32});
  bent.arms({50, 100});
  e.illustrations = illustrate(Scene(bent, {Prop::wallInFront()}),
                               Scene(push, {Prop::wallInFront()}, {Arrow::move({Part::shoulder}, 270, 16)}));
  e.tags = {"serratus anterior", "push up plus", "wall push up", "scapula"};
  return e;
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {pendulum(),       tableSlide(),       wandRaise(),
          wallWalk(),       crossBodyStretch(), bandOutwardTurn(),
          bandInwardTurn(), bandRow(),          sideLyingOutwardTurn(),
          scaption(),       wallPushUpPlus()};
}

}  // namespace motus::plugins::shoulder_care
