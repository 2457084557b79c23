// Hip and knee exercises. Sources: common physical-therapy practice for knee and hip pain,
// osteoarthritis and rehabilitation after joint surgery, in our own words.
#include "hip_knee.hpp"

#include <motus/sdk/figure_svg.hpp>
#include <spec_builder.hpp>

namespace motus::plugins::hip_knee {
namespace {

using namespace sdk::figure;

std::vector<sdk::SafetyRule> legRules() {
  return {
      caution(condition::recent_surgery,
              "After hip or knee surgery, follow the surgeon's limits on bending and weight.",
              "Keep to the limits your surgeon gave you for bending your leg and putting weight on it. Ask us if you "
              "are not sure."),
      avoid(condition::recent_fracture, "A healing leg fracture must not be loaded until the doctor allows it."),
      avoid(condition::trauma_not_cleared, "A new leg injury must be checked for fracture first."),
      caution(condition::acute_inflammation, "A hot, swollen joint should settle before strength work.",
              "If your hip or knee is hot, red or more swollen than usual, skip this exercise that day. Call us if it "
              "does not settle."),
      caution(condition::deep_vein_thrombosis, "With a new clot, a doctor must clear the leg for exercise first.",
              "Start this only when your doctor says your leg is safe to exercise. If you suddenly feel short of "
              "breath or have chest pain, get emergency help."),
  };
}

// Standing work: the patient may lose balance.
std::vector<sdk::SafetyRule> standingRules() {
  return rules(legRules(), {caution(condition::fall_risk, "Do it at a counter, with a hand on it, and someone nearby.",
                                    "Have something sturdy to hold, such as a counter, a stair rail or the arms of "
                                    "your chair. Do this only when someone else is at home."),
                            caution(condition::anticoagulants,
                                    "A fall on blood thinners can cause bad bleeding: keep support close.",
                                    "Because you take a blood thinner, a fall can cause bad bleeding. Keep something "
                                    "sturdy to hold within reach, and get help at once if you fall and hit your head."),
                            caution(condition::peripheral_neuropathy,
                                    "Less feeling in the feet makes balance harder: keep a hand on support.",
                                    "Because your feet have less feeling, wear shoes that grip the floor and keep "
                                    "something sturdy within reach.")});
}

const std::string kKneePain = "Some ache is OK. Stop if the pain is sharp or the knee swells more the next day.";

sdk::ExerciseSpec quadSet() {
  sdk::ExerciseSpec e =
      exercise("quad-set", "Thigh tightening", "Wake up the front thigh muscle that straightens the knee.");
  e.body_regions = codes({region::knee});
  e.equipment = codes({equipment::towel});
  e.positions = codes({position::on_back, position::sitting});
  e.goals = codes({goal::strength, goal::circulation});
  e.steps = {
      "Lie or sit with your legs straight out. Put a small rolled towel under your knee.",
      "Tighten the muscle on the front of your thigh. Press the back of your knee down into the towel.",
      "Hold, then relax.",
  };
  e.cues = {"Your kneecap should slide up a little as the thigh tightens.", say::kBreathe};
  e.precautions = {kKneePain};
  e.default_dosage = dose().reps(10).hold(5).perDay(3);
  e.safety = legRules();
  Pose start = pose::lyingOnBack();
  start.near_leg = {0, 8, -5};
  Pose press = pose::lyingOnBack();
  e.illustrations = illustrate(Scene(start, {Prop::towelRoll({Part::knee})}),
                               Scene(press, {Prop::towelRoll({Part::knee})}, {Arrow::move({Part::knee}, 0, 12)}));
  e.progressions = {"straight-leg-raise", "short-arc-quad"};
  e.tags = {"quad set", "quadriceps", "after surgery", "knee"};
  return e;
}

sdk::ExerciseSpec straightLegRaise() {
  sdk::ExerciseSpec e =
      exercise("straight-leg-raise", "Straight leg raise", "Strengthen the front of the thigh and the hip.");
  e.body_regions = codes({region::knee, region::hip});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::strength});
  e.steps = {
      "Lie on your back. Bend one knee and put that foot flat. Keep the other leg straight.",
      "Tighten the thigh of the straight leg.",
      "Lift it to the height of your bent knee. Keep the knee straight.",
      "Slowly lower it. Switch legs after your set.",
  };
  e.cues = {"Keep the thigh tight all the way up and down.", "Lower slowly.", say::kBreathe};
  e.precautions = {kKneePain, "Stop if your low back hurts. Press it gently to the floor."};
  e.default_dosage = dose().sets(2).reps(10).side(sdk::Side::each_side).perDay(1).perWeek(5, 7);
  e.safety =
      rules(legRules(), {caution(condition::pregnancy, "Lying flat on the back later in pregnancy can cause dizziness.",
                                 "Put two pillows under your head and upper back so you are not flat. If you feel "
                                 "dizzy or sick, roll onto your left side.")});
  Pose start = pose::lyingOnBack();
  start.far_leg = {55, 100, 10};
  Pose up = start;
  up.near_leg = {40, 0, 0};
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(up, {Prop::mat()}, {Arrow::move({Part::ankle}, 0, 14)}));
  e.regressions = {"quad-set"};
  e.tags = {"SLR", "leg lift", "quadriceps", "hip flexor"};
  return e;
}

sdk::ExerciseSpec shortArcQuad() {
  sdk::ExerciseSpec e = exercise("short-arc-quad", "Knee straightening over a roll",
                                 "Strengthen the thigh through the last part of straightening.");
  e.body_regions = codes({region::knee});
  e.equipment = codes({equipment::towel});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::strength});
  e.steps = {
      "Lie on your back. Put a large rolled towel or a coffee can under one knee.",
      "Lift your foot until your knee is straight. Keep the back of your knee on the roll.",
      "Hold, then lower the foot slowly.",
  };
  e.cues = {"Pull your toes up toward you as you straighten.", say::kSlowly};
  e.precautions = {kKneePain};
  e.default_dosage = dose().sets(2).reps(10).hold(3, 5).side(sdk::Side::each_side).perDay(1, 2);
  e.safety = legRules();
  Pose start = pose::lyingOnBack();
  start.near_leg = {25, 45, 0};
  Pose up = pose::lyingOnBack();
  up.near_leg = {25, 0, 10};
  e.illustrations = illustrate(Scene(start, {Prop::pillow({Part::knee})}),
                               Scene(up, {Prop::pillow({Part::knee})}, {Arrow::turn({Part::knee}, 150, 100, 30)}));
  e.regressions = {"quad-set"};
  e.progressions = {"seated-knee-extension"};
  e.tags = {"SAQ", "terminal knee extension", "quadriceps"};
  return e;
}

sdk::ExerciseSpec heelSlide() {
  sdk::ExerciseSpec e = exercise("heel-slide", "Heel slide", "Bend a stiff knee further, a little at a time.");
  e.body_regions = codes({region::knee, region::hip});
  e.equipment = codes({equipment::mat});
  e.positions = codes({position::on_back});
  e.goals = codes({goal::mobility});
  e.steps = {
      "Lie on your back with your legs straight.",
      "Slide the heel of one foot along the floor toward your buttock. Bend the knee as far as you can.",
      "Hold, then slide it back down.",
  };
  e.cues = {"A plastic bag under the heel helps it slide.", say::kNoPainStretch};
  e.precautions = {kKneePain};
  e.default_dosage = dose().reps(10).hold(5).side(sdk::Side::each_side).perDay(2, 3);
  e.safety = rules(
      legRules(),
      {caution(condition::hip_replacement, "Keep the hip bend below 90 degrees.",
               "Slide your heel only part of the way up, so your thigh never points straight up at the ceiling.")});
  Pose start = pose::lyingOnBack();
  Pose bent = start;
  bent.near_leg = {60, 110, 15};
  e.illustrations =
      illustrate(Scene(start, {Prop::mat()}), Scene(bent, {Prop::mat()}, {Arrow::move({Part::heel}, 270, 16)}));
  e.tags = {"knee bend", "range of motion", "after knee replacement"};
  return e;
}

sdk::ExerciseSpec clamshell() {
  sdk::ExerciseSpec e =
      exercise("clamshell", "Clamshell", "Strengthen the side of the hip that keeps the knee in line.");
  e.body_regions = codes({region::hip});
  e.equipment = codes({equipment::pillow, equipment::resistance_band});
  e.positions = codes({position::on_side});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      "Lie on your side with your hips and knees bent. Rest your head on your arm or a pillow.",
      "Keep your feet together.",
      "Lift your top knee, opening your legs like a clamshell. Do not roll your hips back.",
      "Slowly lower the knee.",
  };
  e.cues = {"Keep your top hip stacked over your bottom hip.", "Move slowly.", say::kBreathe};
  e.precautions = {say::kStopIfWorse};
  e.default_dosage = dose().sets(2).reps(10, 15).side(sdk::Side::each_side).perDay(1).perWeek(3, 5);
  e.safety =
      rules(legRules(),
            {caution(condition::hip_replacement,
                     "Side-lying needs a pillow between the knees and the surgeon's limits on turning the hip out.",
                     "Keep a pillow between your knees. Open your top knee only as far as your surgeon allows.")});
  Pose start = pose::lyingOnSideKneesBent();
  Pose open = start;
  open.near_leg = {30, 55, 0, 55};
  e.illustrations = illustrate(Scene(start), Scene(open, {}, {Arrow::move({Part::knee}, 0, 14)}));
  e.progressions = {"side-lying-leg-lift"};
  e.tags = {"clam", "gluteus medius", "hip abductor", "knee alignment"};
  return e;
}

sdk::ExerciseSpec sideLyingLegLift() {
  sdk::ExerciseSpec e = exercise("side-lying-leg-lift", "Side-lying leg lift", "Strengthen the side of the hip.",
                                 sdk::Difficulty::intermediate);
  e.body_regions = codes({region::hip});
  e.equipment = codes({equipment::ankle_weight});
  e.positions = codes({position::on_side});
  e.goals = codes({goal::strength, goal::stability});
  e.steps = {
      "Lie on your side. Bend your bottom knee for balance. Keep your top leg straight.",
      "Lift your top leg up toward the ceiling, toes pointing forward.",
      "Hold, then lower slowly.",
  };
  e.cues = {"Lead with your heel, not your toes.", "Do not roll your hips back."};
  e.precautions = {say::kStopIfWorse};
  e.default_dosage = dose().sets(2).reps(10).hold(2).side(sdk::Side::each_side).perDay(1).perWeek(3, 5);
  e.safety = rules(
      legRules(),
      {caution(
          condition::hip_replacement, "Check the surgeon's limits; keep a pillow between the knees at rest.",
          "Keep a pillow between your knees when you rest. Lift your top leg in line with your body, not forward.")});
  Pose start = pose::lyingOnSide();
  start.far_leg = {0, 40};
  Pose up = start;
  up.near_leg = {30, 0};
  e.illustrations = illustrate(Scene(start), Scene(up, {}, {Arrow::move({Part::ankle}, 0, 14)}));
  e.regressions = {"clamshell"};
  e.tags = {"hip abduction", "gluteus medius", "side leg raise"};
  return e;
}

sdk::ExerciseSpec sitToStand() {
  sdk::ExerciseSpec e = exercise("sit-to-stand", "Sit to stand", "Build leg strength for getting up from a chair.",
                                 sdk::Difficulty::intermediate);
  e.body_regions = codes({region::knee, region::hip});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting, position::standing});
  e.goals = codes({goal::strength, goal::balance});
  e.steps = {
      say::kSturdyChair,
      "Sit near the front of the seat, feet flat and a little behind your knees.",
      "Lean forward, nose over toes, and stand up. Use your hands on the armrests only if you need to.",
      "Slowly sit back down with control.",
  };
  e.cues = {"Push through your heels.", "Keep your knees in line with your toes.", "Breathe out as you stand."};
  e.precautions = {kKneePain, say::kDizzyStop};
  e.default_dosage = dose().sets(2, 3).reps(8, 10).perDay(1).perWeek(3, 5);
  e.safety = rules(
      standingRules(),
      {caution(condition::hip_replacement, "Use a high chair so the hip stays below a right angle.",
               "Sit on a high, firm chair, or put a cushion on the seat, so your hips stay higher than your knees."),
       caution(condition::dizziness, "Standing up can bring on dizziness: pause before walking.",
               "After you stand up, wait a few seconds before you walk. Sit back down if you feel dizzy.")});
  Pose sit = pose::sitting();
  sit.trunk = 30;
  sit.legs({120, 100, 10});
  sit.arms({30, 40});
  Pose stand = pose::standing();
  stand.arms({10, 20});
  e.illustrations =
      illustrate(Scene(sit, {Prop::chair()}), Scene(stand, {Prop::chair()}, {Arrow::move({Part::hip}, 0, 14)}));
  e.progressions = {"step-up"};
  e.tags = {"chair stand", "sit to stand", "functional", "quadriceps"};
  return e;
}

sdk::ExerciseSpec miniSquat() {
  sdk::ExerciseSpec e = exercise("mini-squat", "Mini squat at the counter",
                                 "Strengthen the thighs and hips in standing.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::knee, region::hip});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Stand with your feet hip-width apart.",
      "Bend your knees a little and push your hips back, as if starting to sit.",
      "Go down a short way only, then stand back up.",
  };
  e.cues = {"Keep your knees over your toes.", "Keep your weight in your heels.", say::kBreathe};
  e.precautions = {kKneePain};
  e.default_dosage = dose().sets(2, 3).reps(10).perDay(1).perWeek(3, 5);
  e.safety = standingRules();
  Pose stand = pose::standing();
  stand.near_arm = {40, 30};
  Pose squat = stand;
  squat.trunk = 20;
  squat.legs({60, 60, 20});
  squat.near_arm = {60, 10};
  e.illustrations =
      illustrate(Scene(stand, {Prop::counter()}), Scene(squat, {Prop::counter()}, {Arrow::move({Part::hip}, 180, 14)}));
  e.regressions = {"sit-to-stand"};
  e.tags = {"squat", "quadriceps", "glutes", "partial squat"};
  return e;
}

sdk::ExerciseSpec stepUp() {
  sdk::ExerciseSpec e =
      exercise("step-up", "Step-up", "Build strength for stairs and curbs.", sdk::Difficulty::advanced);
  e.body_regions = codes({region::knee, region::hip});
  e.equipment = codes({equipment::step, equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::balance});
  e.steps = {
      "Stand facing the bottom stair. Hold the rail.",
      "Put your whole right foot on the step.",
      "Push through that foot to step up, then bring the other foot up.",
      "Step down with the same foot you led with. Do all your repeats, then switch legs.",
  };
  e.cues = {"Keep your knee over your toes, not falling in.", "Stand tall at the top."};
  e.precautions = {kKneePain, say::kSomeoneNear};
  e.default_dosage = dose().sets(2).reps(8, 10).side(sdk::Side::each_side).perDay(1).perWeek(3, 5);
  e.safety = standingRules();
  Pose start = pose::standing();
  start.near_leg = {65, 80, 0};
  start.far_arm = {20, 30};
  Pose top = pose::standing();
  top.far_leg = {0, 50, -30};
  e.illustrations =
      illustrate(Scene(start, {Prop::step()}), Scene(top, {Prop::step()}, {Arrow::move({Part::head}, 0, 14)}));
  e.regressions = {"sit-to-stand"};
  e.tags = {"step up", "stairs", "quadriceps", "functional"};
  return e;
}

sdk::ExerciseSpec seatedKneeExtension() {
  sdk::ExerciseSpec e =
      exercise("seated-knee-extension", "Seated knee straightening", "Strengthen the front of the thigh.");
  e.body_regions = codes({region::knee});
  e.equipment = codes({equipment::chair, equipment::ankle_weight});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::strength});
  e.steps = {
      "Sit tall in a chair with your feet flat.",
      "Straighten one knee until your leg is out in front of you.",
      "Hold, then lower the foot slowly to the floor. Switch legs after your set.",
  };
  e.cues = {"Pull your toes toward you at the top.", "Lower more slowly than you lift."};
  e.precautions = {kKneePain, "Add an ankle weight only when 15 are easy."};
  e.default_dosage = dose()
                         .sets(2, 3)
                         .reps(10)
                         .hold(3)
                         .side(sdk::Side::each_side)
                         .load("no weight, then 0.5 to 2 kg")
                         .perDay(1)
                         .perWeek(3, 5);
  e.safety = legRules();
  Pose sit = pose::sitting();
  sit.arms({15, 60});
  Pose up = sit;
  up.near_leg = {90, 0, 10};
  e.illustrations =
      illustrate(Scene(sit, {Prop::chair(), Prop::weight({Part::ankle})}),
                 Scene(up, {Prop::chair(), Prop::weight({Part::ankle})}, {Arrow::turn({Part::knee}, 175, 105, 32)}));
  e.regressions = {"short-arc-quad"};
  e.tags = {"LAQ", "long arc quad", "knee extension", "quadriceps"};
  return e;
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {quadSet(),          straightLegRaise(), shortArcQuad(), heelSlide(), clamshell(),
          sideLyingLegLift(), sitToStand(),       miniSquat(),    stepUp(),    seatedKneeExtension()};
}

}  // namespace motus::plugins::hip_knee
