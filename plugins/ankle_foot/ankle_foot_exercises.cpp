// Ankle and foot exercises. Sources: common physical-therapy practice after ankle sprains and for
// calf tightness, foot strength and circulation, in our own words.
#include "ankle_foot.hpp"

#include <motus/sdk/figure_svg.hpp>
#include <spec_builder.hpp>

namespace motus::plugins::ankle_foot {
namespace {

using namespace sdk::figure;

std::vector<sdk::SafetyRule> ankleRules() {
  return {
      avoid(condition::trauma_not_cleared,
            "A new ankle injury with bone pain, or that cannot take four steps, must be checked for a fracture "
            "first."),
      caution(condition::recent_fracture,
              "A healing ankle or foot fracture needs the doctor's limits on movement and weight.",
              "Take your boot off for this only if your doctor said you may. Put no more weight on the foot than you "
              "were told."),
      caution(condition::recent_surgery, "After ankle or foot surgery, follow the surgeon's limits.",
              "Keep to the limits your surgeon gave you for your foot and ankle. Ask us before you do more."),
      caution(condition::acute_inflammation, "A hot, swollen joint should settle before it is pushed.",
              "If your ankle or foot is hot, red or more swollen than usual, skip this exercise that day. Call us if "
              "it does not settle."),
  };
}

// Standing on the ankles: weight and balance. Weight on a healing fracture is Avoid, not Caution.
std::vector<sdk::SafetyRule> standingAnkleRules() {
  return rules(
      ankleRules(),
      {avoid(condition::recent_fracture,
             "A healing leg or foot fracture must not take weight until the doctor allows it."),
       caution(condition::fall_risk, "Do it at a counter with both hands ready.",
               "Rest both hands on a kitchen counter the whole time, and do this when someone else is at home."),
       caution(
           condition::peripheral_neuropathy, "Less feeling in the feet makes balance harder: hold on.",
           "Because your feet have less feeling, keep both hands on the counter and wear shoes that grip the floor.")});
}

std::vector<sdk::SafetyRule> bandRules() {
  return rules(ankleRules(), {caution(condition::fragile_skin, "A band can rub thin skin: wear a sock.",
                                      "Wear a sock and put the band over it, not on bare skin. Stop if the band leaves "
                                      "a red mark that does not fade.")});
}

const std::string kAnklePain = "Some stiffness is OK. Stop if the pain is sharp or the ankle swells more afterward.";

Pose longSitting() {
  Pose pose = pose::sittingOnFloor();
  pose.trunk = -10;
  return pose.arms({-30, 0});
}

sdk::ExerciseSpec anklePumps() {
  sdk::ExerciseSpec e =
      exercise("ankle-pumps", "Ankle pumps", "Keep the ankles moving and help blood flow in the legs.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = {};
  e.positions = codes({position::on_back, position::sitting});
  e.goals = codes({goal::circulation, goal::mobility});
  e.steps = {
      "Lie on your back or sit with your legs out straight.",
      "Pull your toes up toward you as far as you can.",
      "Then point your toes away from you as far as you can.",
      "Keep pumping your feet up and down.",
  };
  e.cues = {"Move through the whole range, up and down.", "Do both feet at once."};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().reps(20, 30).side(sdk::Side::both).perDay(3, 6);
  e.safety = {caution(condition::deep_vein_thrombosis,
                      "Ankle pumps are usually encouraged, but with a new clot follow the doctor's plan.",
                      "Follow your doctor's plan for your leg. If you suddenly feel short of breath or have chest "
                      "pain, get emergency help right away.")};
  Pose up = pose::lyingOnBack();
  up.legs({0, 0, 20});
  Pose down = pose::lyingOnBack();
  down.legs({0, 0, -35});
  e.illustrations = illustrate(Scene(up, {Prop::pillow({Part::ankle})}, {Arrow::turn({Part::ankle}, 20, -30, 20)}),
                               Scene(down, {Prop::pillow({Part::ankle})}, {Arrow::turn({Part::ankle}, 70, 120, 20)}));
  e.progressions = {"ankle-circles"};
  e.tags = {"ankle pumps", "circulation", "blood clot prevention", "bed exercise"};
  return e;
}

sdk::ExerciseSpec ankleCircles() {
  sdk::ExerciseSpec e = exercise("ankle-circles", "Ankle circles", "Move a stiff ankle in every direction.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::mobility});
  e.steps = {
      "Sit in a chair. Lift one foot a little off the floor.",
      "Slowly draw big circles with your big toe, moving only at the ankle.",
      "Circle one way, then the other way. Switch feet.",
  };
  e.cues = {"Keep your knee still. Only the foot moves.", "Make the circles as big as you can."};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().reps(10).side(sdk::Side::each_side).perDay(2, 3);
  e.safety = ankleRules();
  Pose sit = pose::sitting();
  sit.arms({15, 60});
  Pose lifted = sit;
  lifted.near_leg = {95, 60, -10};
  e.illustrations =
      illustrate(Scene(sit, {Prop::chair()}), Scene(lifted, {Prop::chair()}, {Arrow::turn({Part::toe}, 0, 300, 10)}));
  e.regressions = {"ankle-pumps"};
  e.tags = {"ankle alphabet", "circles", "range of motion", "sprain"};
  return e;
}

sdk::ExerciseSpec towelScrunch() {
  sdk::ExerciseSpec e = exercise("towel-scrunch", "Towel scrunch", "Strengthen the small muscles under the foot.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::towel, equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::strength});
  e.steps = {
      "Sit in a chair. Lay a small towel flat on the floor under one foot.",
      "Keep your heel on the floor. Curl your toes to pull the towel toward you.",
      "Spread your toes and reach forward again. Keep going until the towel is bunched up.",
      "Smooth it out and switch feet.",
  };
  e.cues = {"Keep your heel down.", "Work the toes, not the whole leg."};
  e.precautions = {"Stop if your foot cramps. Rest, then try again more slowly."};
  e.default_dosage = dose().sets(2, 3).reps(10).side(sdk::Side::each_side).perDay(1);
  e.safety = rules(ankleRules(),
                   {caution(condition::peripheral_neuropathy, "Check the foot for sores after, since feeling is less.",
                            "Because your foot has less feeling, look at the bottom of it when you finish. Call us if "
                            "you see a cut, blister or red spot.")});
  Pose sit = pose::sitting();
  sit.arms({15, 60});
  Pose curl = sit;
  curl.near_leg = {90, 90, 8};
  e.illustrations = illustrate(Scene(sit, {Prop::chair(), Prop::towelFlat()}),
                               Scene(curl, {Prop::chair(), Prop::towelFlat()}, {Arrow::move({Part::toe}, 270, 12)}));
  e.tags = {"towel curl", "toe curl", "intrinsic foot muscles", "arch"};
  return e;
}

sdk::ExerciseSpec seatedHeelToe() {
  sdk::ExerciseSpec e = exercise("seated-heel-toe-rocks", "Seated heel and toe lifts",
                                 "Strengthen the shin and calf muscles while sitting.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::chair});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::strength, goal::circulation});
  e.steps = {
      "Sit in a chair with your feet flat.",
      "Lift your toes and the front of your feet, keeping your heels down.",
      "Put them down. Then lift your heels, keeping your toes down.",
      "Keep rocking from heels to toes.",
  };
  e.cues = {"Lift as high as you can each time.", say::kSlowly};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().reps(15, 20).side(sdk::Side::both).perDay(2);
  e.safety = ankleRules();
  Pose sit = pose::sitting();
  sit.arms({15, 60});
  Pose toes = sit;
  toes.legs({90, 90, 25});
  Pose heels = sit;
  heels.legs({95, 80, -35});
  e.illustrations = illustrate(Scene(toes, {Prop::chair()}, {Arrow::move({Part::toe}, 0, 10)}),
                               Scene(heels, {Prop::chair()}, {Arrow::move({Part::heel}, 0, 10)}));
  e.progressions = {"heel-raise", "toe-raise"};
  e.tags = {"heel toe", "seated", "shin", "calf"};
  return e;
}

sdk::ExerciseSpec heelRaise() {
  sdk::ExerciseSpec e = exercise("heel-raise", "Heel raise", "Strengthen the calves for walking and balance.",
                                 sdk::Difficulty::intermediate);
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Stand with your feet hip-width apart.",
      "Rise up onto your toes as high as you can.",
      "Hold, then lower your heels slowly to the floor.",
  };
  e.cues = {"Keep your body tall; do not lean forward.", "Lower more slowly than you rise."};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().sets(2, 3).reps(10, 15).hold(2).perDay(1).perWeek(3, 5);
  e.safety = standingAnkleRules();
  Pose stand = pose::standing();
  stand.near_arm = {40, 30};
  Pose up = stand;
  up.legs({0, 0, -35});
  e.illustrations =
      illustrate(Scene(stand, {Prop::counter()}), Scene(up, {Prop::counter()}, {Arrow::move({Part::head}, 0, 12)}));
  e.regressions = {"seated-heel-toe-rocks"};
  e.tags = {"calf raise", "heel raise", "gastrocnemius", "push off"};
  return e;
}

sdk::ExerciseSpec toeRaise() {
  sdk::ExerciseSpec e =
      exercise("toe-raise", "Toe raise", "Strengthen the shin muscles that lift the foot and stop tripping.",
               sdk::Difficulty::intermediate);
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::strength, goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Stand with your feet hip-width apart.",
      "Lift your toes and the front of your feet off the floor. Keep your heels down.",
      "Hold, then lower slowly.",
  };
  e.cues = {"Keep your hips over your heels, not pushed back.", say::kSlowly};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().sets(2).reps(10, 15).hold(2).perDay(1).perWeek(3, 5);
  e.safety = standingAnkleRules();
  Pose stand = pose::standing();
  stand.near_arm = {40, 30};
  Pose up = stand;
  up.trunk = 3;
  up.legs({3, 0, 28});
  e.illustrations =
      illustrate(Scene(stand, {Prop::counter()}), Scene(up, {Prop::counter()}, {Arrow::move({Part::toe}, 0, 12)}));
  e.regressions = {"seated-heel-toe-rocks"};
  e.tags = {"toe raise", "dorsiflexion", "tibialis anterior", "foot drop", "tripping"};
  return e;
}

sdk::ExerciseSpec calfStretch() {
  sdk::ExerciseSpec e = exercise("calf-stretch-wall", "Calf stretch at the wall", "Stretch the big calf muscle.");
  e.body_regions = codes({region::ankle_foot, region::knee});
  e.equipment = codes({equipment::wall});
  e.positions = codes({position::standing});
  e.goals = codes({goal::flexibility});
  e.steps = {
      "Stand facing a wall with your hands on it at shoulder height.",
      "Step one foot back. Keep that leg straight and the heel on the floor.",
      "Bend your front knee and lean toward the wall until you feel a stretch in the back calf.",
      "Hold, then switch legs.",
  };
  e.cues = {"Point both feet straight at the wall.", say::kNoPainStretch};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().reps(3).hold(30).side(sdk::Side::each_side).perDay(2);
  e.safety = ankleRules();
  Pose start = pose::standing();
  start.trunk = 8;
  start.legs({8, 0, 8});
  start.arms({75, 20});
  Pose lean = start;
  lean.trunk = 18;
  lean.near_leg = {40, 40, 10};
  lean.far_leg = {-12, 0, 30};
  lean.arms({65, 50});
  e.illustrations = illustrate(Scene(start, {Prop::wallInFront()}),
                               Scene(lean, {Prop::wallInFront()}, {Arrow::move({Part::hip}, 90, 14)}));
  e.progressions = {"soleus-stretch-wall"};
  e.tags = {"calf stretch", "gastrocnemius", "achilles", "tight calves"};
  return e;
}

sdk::ExerciseSpec soleusStretch() {
  sdk::ExerciseSpec e = exercise("soleus-stretch-wall", "Low calf stretch at the wall",
                                 "Stretch the deep calf muscle and the Achilles tendon.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::wall});
  e.positions = codes({position::standing});
  e.goals = codes({goal::flexibility});
  e.steps = {
      "Stand facing a wall with your hands on it.",
      "Step one foot a little back. Keep both heels on the floor.",
      "Bend both knees and sink down until you feel a stretch low in the back calf.",
      "Hold, then switch legs.",
  };
  e.cues = {"Keep the back heel down.", say::kNoPainStretch};
  e.precautions = {kAnklePain};
  e.default_dosage = dose().reps(3).hold(30).side(sdk::Side::each_side).perDay(2);
  e.safety = ankleRules();
  Pose start = pose::standing();
  start.trunk = 8;
  start.legs({8, 0, 8});
  start.arms({75, 20});
  Pose sink = start;
  sink.near_leg = {35, 50, 15};
  sink.far_leg = {10, 45, 35};
  sink.arms({70, 40});
  e.illustrations = illustrate(Scene(start, {Prop::wallInFront()}),
                               Scene(sink, {Prop::wallInFront()}, {Arrow::move({Part::knee, Limb::far}, 180, 12)}));
  e.regressions = {"calf-stretch-wall"};
  e.tags = {"soleus", "achilles", "calf stretch", "bent knee"};
  return e;
}

sdk::ExerciseSpec bandPushDown() {
  sdk::ExerciseSpec e = exercise("band-push-down", "Band push-down", "Strengthen the calf against a band.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::resistance_band});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::strength});
  e.steps = {
      "Sit on the floor or a bed with your legs straight.",
      "Loop a band around the ball of one foot. Hold an end in each hand.",
      "Push your toes down and away, like pressing a gas pedal.",
      "Slowly let the foot come back up.",
  };
  e.cues = {"Keep your knee straight and still.", "Slow on the way back."};
  e.precautions = {say::kBandCheck, kAnklePain};
  e.default_dosage = dose().sets(2, 3).reps(10, 15).side(sdk::Side::each_side).load("light band").perDay(1);
  e.safety = bandRules();
  Pose start = longSitting();
  start.arms({40, 20});
  start.legs({90, 0, 10});
  Pose push = start;
  push.near_leg = {90, 0, -35};
  e.illustrations =
      illustrate(Scene(start, {Prop::band({Part::hand}, {Part::toe})}),
                 Scene(push, {Prop::band({Part::hand}, {Part::toe})}, {Arrow::turn({Part::ankle}, 60, 120, 20)}));
  e.progressions = {"heel-raise"};
  e.tags = {"plantarflexion", "band", "calf", "theraband"};
  return e;
}

sdk::ExerciseSpec bandPullUp() {
  sdk::ExerciseSpec e = exercise("band-pull-up", "Band pull-up", "Strengthen the shin muscles that lift the foot.");
  e.body_regions = codes({region::ankle_foot});
  e.equipment = codes({equipment::resistance_band});
  e.positions = codes({position::sitting});
  e.goals = codes({goal::strength});
  e.steps = {
      "Sit on the floor with your legs straight. Tie a band to a heavy table leg in front of you.",
      "Loop the band over the top of one foot.",
      "Pull your toes up toward you against the band.",
      "Slowly let the foot go back down.",
  };
  e.cues = {"Keep your heel on the floor.", "Slow on the way back."};
  e.precautions = {say::kBandCheck, kAnklePain};
  e.default_dosage = dose().sets(2, 3).reps(10, 15).side(sdk::Side::each_side).load("light band").perDay(1);
  e.safety = bandRules();
  Pose start = longSitting();
  start.legs({90, 0, -25});
  Pose pull = start;
  pull.near_leg = {90, 0, 20};
  e.illustrations =
      illustrate(Scene(start, {Prop::bandToDoor({Part::toe}, 40)}),
                 Scene(pull, {Prop::bandToDoor({Part::toe}, 40)}, {Arrow::turn({Part::ankle}, 120, 60, 22)}));
  e.progressions = {"toe-raise"};
  e.tags = {"dorsiflexion", "band", "shin", "tibialis anterior"};
  return e;
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {anklePumps(), ankleCircles(), towelScrunch(),  seatedHeelToe(), heelRaise(),
          toeRaise(),   calfStretch(),  soleusStretch(), bandPushDown(),  bandPullUp()};
}

}  // namespace motus::plugins::ankle_foot
