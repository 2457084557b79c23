// Balance exercises. Sources: common physical-therapy practice for fall prevention in older
// adults (static and dynamic balance, stepping, reaching, head turns), in our own words.
#include "balance.hpp"

#include <motus/sdk/figure_svg.hpp>
#include <spec_builder.hpp>

namespace motus::plugins::balance {
namespace {

using namespace sdk::figure;

// Balance work is for people at risk of falling; the rules say how to do it safely, and when a
// harder version needs a therapist's judgement first.
std::vector<sdk::SafetyRule> balanceRules() {
  return {
      caution(condition::fall_risk, "Always at a counter with a hand ready, and someone nearby at first.",
              "Stay within reach of a counter and keep a chair close by, so you can grab on or sit down. Have someone "
              "nearby the first few times."),
      caution(condition::anticoagulants,
              "A fall on blood thinners can cause serious bleeding. Keep support within reach.",
              "Because you take a blood thinner, a fall can cause bad bleeding. Keep a hand close to the counter, and "
              "get help at once if you fall and hit your head."),
      caution(condition::dizziness, "Find the cause of dizziness first. Stop and sit if it starts.",
              "Keep a chair close by. If you feel dizzy, sit down at once and rest until it passes."),
      caution(condition::peripheral_neuropathy,
              "Less feeling in the feet makes balance harder. Shoes on, and check the feet for sores.",
              "Because your feet have less feeling, wear shoes that fit well and grip the floor. Keep a hand on the "
              "counter and look ahead, not down."),
      caution(condition::osteoporosis, "A fall can break a weak bone. Keep a firm hold until the exercise is steady.",
              "Your bones break more easily, so keep a firm hold on the counter until this feels steady. Let go only a "
              "little at a time."),
      avoid(condition::recent_fracture, "A healing leg fracture must not take weight until the doctor allows it."),
      caution(condition::hip_replacement, "Follow the surgeon's limits; keep the legs from crossing.",
              "Keep your legs from crossing over each other. Turn by taking small steps, not by twisting on one foot."),
  };
}

// A harder version: for a patient at high risk of falling, the therapist must judge it safe first.
std::vector<sdk::SafetyRule> hardBalanceRules() {
  return rules(balanceRules(), {avoid(condition::fall_risk,
                                      "This version is hard enough to cause a fall. Give it only after the patient "
                                      "has shown it safely with you.")});
}

const std::string kStandTall = "Stand tall and look straight ahead.";
const std::string kLessHold =
    "When it gets easy, hold on with fewer fingers, then hover your hand just above the counter.";

Pose atCounter() {
  Pose pose = pose::standing();
  pose.near_arm = {40, 30};
  return pose;
}

Pose atCounterFront() {  // hands resting on a counter in front
  Pose pose = pose::standingFront();
  return pose.arms({22, -30});
}

sdk::ExerciseSpec weightShiftSide() {
  sdk::ExerciseSpec e =
      exercise("weight-shift-side", "Side-to-side weight shift", "Practice moving your weight over each foot.");
  e.body_regions = codes({region::whole_body, region::hip});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Stand with your feet hip-width apart.",
      "Slowly shift your weight onto your right foot. Let your left heel get light.",
      "Shift slowly over to your left foot. Keep going side to side.",
  };
  e.cues = {kStandTall, "Move from your hips, not by leaning your upper body.", say::kSlowly};
  e.precautions = {say::kDizzyStop};
  e.default_dosage = dose().reps(10).side(sdk::Side::each_side).perDay(1, 2).perWeek(3);
  e.safety = balanceRules();
  Pose start = atCounterFront();
  start.legs({6, 0});
  Pose shifted = start;
  shifted.trunk = -6;
  shifted.near_leg = {0, 0};
  shifted.far_leg = {12, 0};
  e.illustrations = illustrate(Scene(start, {Prop::counter()}),
                               Scene(shifted, {Prop::counter()}, {Arrow::move({Part::hip, Limb::near}, 270, 14)}));
  e.progressions = {"feet-together-stand"};
  e.tags = {"weight shift", "sway", "balance", "falls"};
  return e;
}

sdk::ExerciseSpec weightShiftForward() {
  sdk::ExerciseSpec e = exercise("weight-shift-forward", "Rock forward and back",
                                 "Practice controlling your weight over your toes and heels.");
  e.body_regions = codes({region::whole_body, region::ankle_foot});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Slowly lean forward from your ankles until your weight is over your toes. Keep your heels down.",
      "Slowly lean back until your weight is on your heels. Keep your toes down.",
  };
  e.cues = {"Keep your body straight, like a tree swaying.", say::kSlowly};
  e.precautions = {say::kDizzyStop};
  e.default_dosage = dose().reps(10).perDay(1, 2).perWeek(3);
  e.safety = balanceRules();
  Pose forward = atCounter();
  forward.trunk = 6;
  forward.legs({6, 0, 6});
  Pose back = atCounter();
  back.trunk = -4;
  back.legs({-4, 0, -4});
  e.illustrations = illustrate(Scene(forward, {Prop::counter()}, {Arrow::move({Part::head}, 90, 12)}),
                               Scene(back, {Prop::counter()}, {Arrow::move({Part::head}, 270, 12)}));
  e.progressions = {"feet-together-stand"};
  e.tags = {"ankle strategy", "sway", "balance"};
  return e;
}

sdk::ExerciseSpec feetTogetherStand() {
  sdk::ExerciseSpec e =
      exercise("feet-together-stand", "Standing with feet together", "Build steady standing on a small base.");
  e.body_regions = codes({region::whole_body});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Bring your feet together so they touch.",
      "Stand still and tall. Hold the position.",
      kLessHold,
  };
  e.cues = {kStandTall, say::kBreathe};
  e.precautions = {say::kDizzyStop};
  e.default_dosage = dose().reps(3).seconds(10, 30).perDay(1, 2).perWeek(3);
  e.safety = balanceRules();
  Pose start = atCounterFront();
  start.legs({6, 0});
  Pose together = atCounterFront();
  together.legs({0, 0});
  e.illustrations = illustrate(Scene(start, {Prop::counter()}), Scene(together, {Prop::counter()}));
  e.regressions = {"weight-shift-side"};
  e.progressions = {"tandem-stance"};
  e.tags = {"narrow stance", "romberg", "static balance"};
  return e;
}

sdk::ExerciseSpec tandemStance() {
  sdk::ExerciseSpec e = exercise("tandem-stance", "Heel-to-toe stand",
                                 "Balance with one foot right in front of the other.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::whole_body});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Put one foot right in front of the other, heel touching toes, as if on a tightrope.",
      "Stand still and tall. Hold the position.",
      "Switch which foot is in front. " + kLessHold,
  };
  e.cues = {kStandTall, "Look at a spot on the wall, not at your feet.", say::kBreathe};
  e.precautions = {say::kDizzyStop, say::kSomeoneNear};
  e.default_dosage = dose().reps(3).seconds(10, 30).side(sdk::Side::each_side).perDay(1).perWeek(3);
  e.safety = balanceRules();
  Pose start = atCounter();
  Pose tandem = atCounter();
  tandem.near_leg = {8, 0};
  tandem.far_leg = {-8, 0};
  e.illustrations = illustrate(Scene(start, {Prop::counter()}), Scene(tandem, {Prop::counter()}));
  e.regressions = {"feet-together-stand"};
  e.progressions = {"single-leg-stance", "heel-toe-walk"};
  e.tags = {"tandem", "tightrope", "static balance"};
  return e;
}

sdk::ExerciseSpec singleLegStance() {
  sdk::ExerciseSpec e = exercise("single-leg-stance", "Standing on one leg",
                                 "Build balance for stepping, stairs and dressing.", sdk::Difficulty::advanced);
  e.body_regions = codes({region::whole_body, region::hip, region::ankle_foot});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance, goal::strength});
  e.steps = {
      say::kHoldCounter,
      "Lift one foot off the floor by bending that knee.",
      "Stand on the other leg. Hold the position.",
      "Put the foot down and switch legs. " + kLessHold,
  };
  e.cues = {kStandTall, "Keep your hips level.", say::kBreathe};
  e.precautions = {say::kDizzyStop, say::kSomeoneNear};
  e.default_dosage = dose().reps(3).seconds(10, 30).side(sdk::Side::each_side).perDay(1).perWeek(3);
  e.safety = hardBalanceRules();
  Pose start = atCounter();
  Pose lifted = atCounter();
  lifted.far_leg = {30, 70};
  e.illustrations = illustrate(Scene(start, {Prop::counter()}),
                               Scene(lifted, {Prop::counter()}, {Arrow::move({Part::knee, Limb::far}, 0, 12)}));
  e.regressions = {"tandem-stance"};
  e.tags = {"single leg", "one leg stand", "static balance"};
  return e;
}

sdk::ExerciseSpec marching() {
  sdk::ExerciseSpec e =
      exercise("marching-in-place", "Marching in place", "Practice lifting each foot while staying steady.");
  e.body_regions = codes({region::whole_body, region::hip});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance, goal::strength, goal::endurance});
  e.steps = {
      say::kHoldCounter,
      "Lift your right knee up toward your waist, then put the foot down.",
      "Lift your left knee, then put it down. Keep going, like marching.",
  };
  e.cues = {kStandTall, "Lift your knees as high as feels steady.", say::kBreathe};
  e.precautions = {say::kDizzyStop};
  e.default_dosage = dose().reps(10, 20).side(sdk::Side::each_side).perDay(1, 2).perWeek(3);
  e.safety = balanceRules();
  Pose start = atCounter();
  Pose lift = atCounter();
  lift.near_leg = {75, 80};
  e.illustrations =
      illustrate(Scene(start, {Prop::counter()}), Scene(lift, {Prop::counter()}, {Arrow::move({Part::knee}, 0, 12)}));
  e.progressions = {"single-leg-stance"};
  e.tags = {"marching", "hip flexion", "dynamic balance"};
  return e;
}

sdk::ExerciseSpec sideStepping() {
  sdk::ExerciseSpec e = exercise("side-stepping", "Side stepping along the counter",
                                 "Practice stepping sideways with control.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::whole_body, region::hip});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance, goal::strength});
  e.steps = {
      "Stand facing a kitchen counter, both hands resting on it.",
      "Step sideways to the right, then bring your left foot to meet it.",
      "Take 10 steps to the right, then 10 steps back to the left.",
  };
  e.cues = {"Keep your toes pointing forward.", "Do not let your feet cross.", say::kSlowly};
  e.precautions = {say::kDizzyStop, "Clear the floor along the counter first."};
  e.default_dosage = dose().sets(2, 3).reps(10).side(sdk::Side::each_side).perDay(1).perWeek(3);
  e.safety = balanceRules();
  Pose start = atCounterFront();
  start.legs({4, 0});
  Pose step = start;
  step.near_leg = {22, 0};
  e.illustrations = illustrate(Scene(start, {Prop::counter()}),
                               Scene(step, {Prop::counter()}, {Arrow::move({Part::ankle, Limb::near}, 270, 14)}));
  e.progressions = {"heel-toe-walk"};
  e.tags = {"side step", "lateral walking", "dynamic balance"};
  return e;
}

sdk::ExerciseSpec heelToeWalk() {
  sdk::ExerciseSpec e = exercise("heel-toe-walk", "Heel-to-toe walk", "Practice walking on a narrow path with control.",
                                 sdk::Difficulty::advanced);
  e.body_regions = codes({region::whole_body});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      "Stand side-on to a kitchen counter with one hand on it.",
      "Step forward, putting your heel right in front of the toes of your other foot.",
      "Keep stepping this way, heel to toe, along the counter.",
      "Turn around carefully and walk back.",
  };
  e.cues = {"Look ahead, not down at your feet.", say::kSlowly};
  e.precautions = {say::kDizzyStop, say::kSomeoneNear};
  e.default_dosage = dose().sets(2).reps(10).perDay(1).perWeek(3);
  e.safety = hardBalanceRules();
  Pose start = atCounter();
  start.near_leg = {8, 0};
  start.far_leg = {-8, 0};
  Pose step = atCounter();
  step.trunk = 3;
  step.near_leg = {-10, 0, -20};
  step.far_leg = {20, 10, 10};
  e.illustrations = illustrate(Scene(start, {Prop::counter()}),
                               Scene(step, {Prop::counter()}, {Arrow::move({Part::ankle, Limb::far}, 90, 14)}));
  e.regressions = {"tandem-stance"};
  e.tags = {"tandem walk", "tightrope walk", "dynamic balance", "gait"};
  return e;
}

sdk::ExerciseSpec forwardReach() {
  sdk::ExerciseSpec e = exercise("forward-reach", "Reaching forward",
                                 "Practice reaching for things without losing balance.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::whole_body, region::shoulder});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      "Stand side-on to a kitchen counter, holding it with one hand.",
      "Raise your other arm in front of you to shoulder height.",
      "Reach forward as far as you can without moving your feet. Hold, then come back to standing tall.",
  };
  e.cues = {"Keep your heels on the floor.", "Reach far, but stay in control."};
  e.precautions = {say::kDizzyStop};
  e.default_dosage = dose().reps(5, 10).hold(3).perDay(1).perWeek(3);
  e.safety = balanceRules();
  Pose start = atCounter();
  start.far_arm = {90, 0};
  Pose reach = start;
  reach.trunk = 25;
  reach.legs({20, 0, 10});
  reach.far_arm = {75, 0};
  reach.near_arm = {20, 20};
  e.illustrations = illustrate(Scene(start, {Prop::counter()}),
                               Scene(reach, {Prop::counter()}, {Arrow::move({Part::hand, Limb::far}, 90, 14)}));
  e.tags = {"functional reach", "reaching", "dynamic balance"};
  return e;
}

sdk::ExerciseSpec headTurns() {
  sdk::ExerciseSpec e = exercise("standing-head-turns", "Head turns while standing",
                                 "Keep your balance while you look around.", sdk::Difficulty::intermediate);
  e.body_regions = codes({region::whole_body, region::neck});
  e.equipment = codes({equipment::counter});
  e.positions = codes({position::standing});
  e.goals = codes({goal::balance});
  e.steps = {
      say::kHoldCounter,
      "Stand with your feet hip-width apart.",
      "Slowly turn your head to look right, then left.",
      "Then look up at the ceiling and down at the floor.",
  };
  e.cues = {"Turn only your head. Keep your body facing forward.", say::kSlowly};
  e.precautions = {say::kDizzyStop};
  e.default_dosage = dose().reps(10).side(sdk::Side::each_side).perDay(1, 2).perWeek(3);
  e.safety = rules(
      balanceRules(),
      {caution(condition::severe_neuro_symptoms, "Neck movement with new arm symptoms needs checking first.",
               "Turn your head only a little and do not look up. If your arm or hand tingles, goes numb or feels weak, "
               "stop and call us today."),
       caution(condition::dizziness, "Find the cause of dizziness first. Stop and sit if it starts.",
               "Keep both hands on the counter and a chair behind you. Turn your head slowly and only part way.")});
  Pose start = atCounterFront();
  start.legs({6, 0});
  Pose turned = start;
  turned.head_turn = 70;
  e.illustrations = illustrate(Scene(start, {Prop::counter()}),
                               Scene(turned, {Prop::counter()}, {Arrow::turn({Part::head}, 30, -30, 20)}));
  e.tags = {"head turns", "gaze", "vestibular", "dynamic balance"};
  return e;
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {weightShiftSide(), weightShiftForward(), feetTogetherStand(), tandemStance(), singleLegStance(),
          marching(),        sideStepping(),       heelToeWalk(),       forwardReach(), headTurns()};
}

}  // namespace motus::plugins::balance
