// The six exercises of the article, in our own words. Facts used: positions, movements, counts
// (10 to 15 times; 20 to 30 seconds per spot), session length (10 to 15 minutes, 1 to 4 times a
// day), the beginner's limits (a 5-minute first session, at most 30 seconds on one spot), the
// places never to roll, and the six contraindications.
#include "foam_rolling.hpp"

#include <spec_builder.hpp>

#include <string>

namespace motus::plugins::foam_rolling {
namespace {

using sdk::Range;
using sdk::SafetyRule;

// The article's contraindications apply to every exercise here: each one presses the back onto a
// roller.
std::vector<SafetyRule> contraindications() {
  return {
      avoid(condition::osteoporosis,
            "The roller presses hard on the spine and ribs, and that pressure can break a weak bone."),
      avoid(condition::trauma_not_cleared,
            "After a crash, fall or other injury, a broken bone or spinal cord injury must be ruled out before any "
            "rolling."),
      avoid(condition::muscle_guarding,
            "When the back muscles cannot relax, rolling tends to make the pain and spasm worse."),
      avoid(condition::cancer_at_site, "Never press on or treat an area of the body with active cancer."),
      avoid(condition::severe_neuro_symptoms,
            "Numbness, shooting pain or weakness in an arm or leg that came on fast can be a sign of damage to a nerve "
            "root or the spinal cord. The wrong movement can make it worse."),
      avoid(condition::recent_surgery,
            "After recent surgery, the surgeon must approve any exercise program for the spine first."),
      avoid(condition::acute_inflammation, "Do not roll over skin or tissue that is hot, swollen or infected."),
      caution(condition::anticoagulants,
              "Firm pressure can bruise a person who takes blood thinners: use a soft roller and light pressure.",
              "Use a soft roller and press lightly. Skip any step that lifts your hips. Afterward, ask someone to look "
              "at your back for bruises."),
      caution(condition::fragile_skin,
              "Rolling rubs and presses the skin of the back: check for wounds or thin skin first.",
              "Roll over a soft shirt, never on bare skin. Keep the roller off any cut, sore or thin spot."),
      caution(
          condition::fall_risk,
          "Getting down to the floor and back up can cause a fall: check the patient can do it safely, or plan help.",
          "Have another person close by when you get down on the floor and back up. Keep a sturdy chair next to you to "
          "push up on."),
      caution(condition::dizziness, "Getting up from lying can bring on dizziness: roll to the side and sit up slowly.",
              "When you finish, sit on the floor for a minute before you stand. Then stand up slowly, holding on to a "
              "chair."),
      caution(condition::pregnancy,
              "Lying flat on the back can cause dizziness later in pregnancy, and balance on a roller is harder.",
              "After the first few months, stay on your back only a short time. If you feel dizzy, sick or short of "
              "breath, roll onto your left side."),
  };
}

// Extra rules for the exercises that take the arms wide or overhead on a long roller.
std::vector<SafetyRule> armOpeningRules() {
  return rules(contraindications(),
               {caution(condition::shoulder_instability,
                        "Arms out wide or overhead can strain an unstable shoulder: keep the range small and "
                        "controlled.",
                        "Rest your arms on pillows so they do not sink below your body. Keep them by your sides and do "
                        "not slide them wider."),
                caution(condition::hypermobility,
                        "Loose joints can be stretched too far: stay in a range the patient can control.",
                        "Stop each move where you still feel in control, even if you could go further. A gentle "
                        "stretch is enough.")});
}

// Every exercise shares the article's frequency and session length.
sdk::Dosage rollingDosage() {
  sdk::Dosage dosage;
  dosage.times_per_day = Range::between(1, 4);
  dosage.session_minutes = Range::between(10, 15);
  return dosage;
}

const std::string kNeverOnNeckOrLowBack = "Keep the roller off your neck and your low back.";
const std::string kStopOnSharpPain = "Stop if you feel sharp or shooting pain, or if your pain gets worse.";
const std::string kBeginnerLimit =
    "If you are new to foam rolling, keep your first session to about 5 minutes and stay no more than 30 "
    "seconds on one spot. Add time slowly.";
const std::string kGettingUp = "To get up, roll onto your side first, then push up with your hands.";
const std::string kHandsBehindHead =
    "Rest your hands behind your head, or cross your arms over your chest. Do not pull on your neck.";

sdk::ExerciseSpec lyingBreathing() {
  sdk::Dosage dosage = rollingDosage();
  dosage.duration_seconds = Range::between(20, 30);
  return {
      .id = "lying-breathing",
      .name = "Breathing over a foam roller",
      .purpose = "Relax the upper back and find the stiff spots.",
      .body_regions = {region::thoracic},
      .equipment = {equipment::foam_roller},
      .positions = {position::on_back},
      .goals = {goal::relaxation, goal::mobility, goal::pain_relief},
      .difficulty = sdk::Difficulty::beginner,
      .steps =
          {
              "Sit on the floor with the foam roller behind you. Bend your knees and put your feet flat.",
              "Lie back so the roller lies across your upper back, just below your shoulder blades.",
              kHandsBehindHead,
              "Let your back sink over the roller. Take slow, deep breaths.",
              "After 20 to 30 seconds, shift your body a little so the roller sits higher or lower. Breathe "
              "into the next stiff spot.",
          },
      .cues =
          {
              "Breathe in through your nose and out slowly through your mouth.",
              "Let your body feel heavy on the roller.",
              "Keep the roller between the bottom of your neck and the bottom of your ribs.",
          },
      .precautions = {kNeverOnNeckOrLowBack, kStopOnSharpPain, kBeginnerLimit, kGettingUp},
      .default_dosage = dosage,
      .safety = contraindications(),
      .illustrations = pictures::lyingBreathing(),
      .progressions = {"thoracic-pivot"},
      .regressions = {},
      .tags = {"foam roll", "thoracic", "upper back", "mid back", "breathing", "relax"},
  };
}

sdk::ExerciseSpec thoracicPivot() {
  sdk::Dosage dosage = rollingDosage();
  dosage.reps = Range::between(10, 15);
  return {
      .id = "thoracic-pivot",
      .name = "Upper-back arch over a foam roller",
      .purpose = "Loosen a stiff upper back by bending it gently back over the roller.",
      .body_regions = {region::thoracic},
      .equipment = {equipment::foam_roller},
      .positions = {position::on_back},
      .goals = {goal::mobility, goal::posture, goal::pain_relief},
      .difficulty = sdk::Difficulty::beginner,
      .steps =
          {
              "Lie face up with the foam roller across your mid back, under your shoulder blades. Bend your "
              "knees and put your feet flat on the floor.",
              kHandsBehindHead,
              "Breathe out and let your upper back bend back over the roller. Keep your hips and low back "
              "still.",
              "Breathe in and slowly come back up to where you started.",
              "Do all the repeats on one stiff spot. Then move your body a little so the roller sits on the "
              "next spot.",
          },
      .cues =
          {
              "Breathe out as you bend back.",
              "Move slowly and smoothly.",
              "The bend comes from your upper back, not your low back.",
          },
      .precautions = {kNeverOnNeckOrLowBack, kStopOnSharpPain, kBeginnerLimit, kGettingUp},
      .default_dosage = dosage,
      .safety = contraindications(),
      .illustrations = pictures::thoracicPivot(),
      .progressions = {"mid-back-roll"},
      .regressions = {"lying-breathing"},
      .tags = {"thoracic pivot", "thoracic extension", "foam roll", "upper back", "mid back", "stiff"},
  };
}

sdk::ExerciseSpec midBackRoll() {
  sdk::Dosage dosage = rollingDosage();
  dosage.reps = Range::between(10, 15);
  return {
      .id = "mid-back-roll",
      .name = "Upper-back roll",
      .purpose = "Roll along the upper back to ease tight, sore muscles.",
      .body_regions = {region::thoracic},
      .equipment = {equipment::foam_roller},
      .positions = {position::on_back},
      .goals = {goal::pain_relief, goal::flexibility, goal::circulation},
      .difficulty = sdk::Difficulty::intermediate,
      .steps =
          {
              "Lie face up with the foam roller across your mid back, under your shoulder blades. Bend your "
              "knees and put your feet flat on the floor.",
              "Rest your hands behind your head and point your elbows out to the sides. Do not pull on your "
              "neck.",
              "Push through your feet to lift your hips off the floor.",
              "Slowly roll up and down your upper back, from the bottom of your shoulder blades to the bottom "
              "of your ribs.",
              "Lower your hips to the floor to rest.",
          },
      .cues =
          {
              "Stay relaxed and keep breathing.",
              "Roll slowly. One roll up and down counts as one.",
              "If you find a knot, stop there and do the upper-back arch on that spot.",
          },
      .precautions = {kNeverOnNeckOrLowBack, kStopOnSharpPain, kBeginnerLimit, kGettingUp},
      .default_dosage = dosage,
      .safety = contraindications(),
      .illustrations = pictures::midBackRoll(),
      .progressions = {},
      .regressions = {"thoracic-pivot"},
      .tags = {"back roll", "foam roll", "thoracic", "upper back", "mid back", "knot", "trigger point"},
  };
}

sdk::ExerciseSpec chestOpener() {
  sdk::Dosage dosage = rollingDosage();
  dosage.duration_seconds = Range::between(60, 120);
  return {
      .id = "chest-opener",
      .name = "Chest and shoulder opener on a long roller",
      .purpose = "Stretch the chest and the front of the shoulders while the spine rests straight.",
      .body_regions = {region::chest, region::shoulder, region::thoracic},
      .equipment = {equipment::foam_roller},
      .positions = {position::on_back},
      .goals = {goal::flexibility, goal::posture, goal::relaxation},
      .difficulty = sdk::Difficulty::beginner,
      .steps =
          {
              "Sit on one end of a long foam roller. Lie back so the roller runs along your spine, from your "
              "tailbone to your head.",
              "Bend your knees and put your feet flat on the floor, a little apart, to keep your balance.",
              "Rest your arms on the floor by your sides with your palms up.",
              "Breathe slowly and let your chest and shoulders sink toward the floor.",
              "If this feels easy, slide your arms a little wider on the floor to stretch your chest more.",
          },
      .cues =
          {
              "Keep your arms resting on the floor.",
              "Let your shoulders relax and breathe.",
              "You should feel a gentle stretch, not pain.",
          },
      .precautions = {kStopOnSharpPain, "If your hands tingle, bring your arms closer to your sides.", kGettingUp},
      .default_dosage = dosage,
      .safety = armOpeningRules(),
      .illustrations = pictures::chestOpener(),
      .progressions = {"snow-angel"},
      .regressions = {},
      .tags = {"foam roll", "vertical roller", "chest stretch", "pecs", "shoulder", "posture", "thoracic"},
  };
}

sdk::ExerciseSpec snowAngel() {
  sdk::Dosage dosage = rollingDosage();
  dosage.reps = Range::between(10, 15);
  return {
      .id = "snow-angel",
      .name = "Snow angels on a long roller",
      .purpose = "Open up the chest and shoulders by sliding the arms up and down the floor.",
      .body_regions = {region::shoulder, region::chest, region::thoracic},
      .equipment = {equipment::foam_roller},
      .positions = {position::on_back},
      .goals = {goal::mobility, goal::flexibility, goal::posture},
      .difficulty = sdk::Difficulty::intermediate,
      .steps =
          {
              "Lie on a long foam roller so it runs along your spine, from your tailbone to your head. Bend "
              "your knees and put your feet flat on the floor.",
              "Rest your arms on the floor by your sides with your palms up.",
              "Slowly slide your arms out and up along the floor, as if you were making a snow angel. Keep the "
              "backs of your hands on the floor.",
              "Go only as far as is comfortable. Over time, work toward touching your hands above your head.",
              "Slide your arms back down to your sides.",
          },
      .cues =
          {
              "Stay relaxed and breathe slowly.",
              "If you feel strain or pain, or your hands lift off the floor, make the movement smaller.",
          },
      .precautions = {kStopOnSharpPain, "If your hands tingle, keep your arms lower.", kGettingUp},
      .default_dosage = dosage,
      .safety = armOpeningRules(),
      .illustrations = pictures::snowAngel(),
      .progressions = {},
      .regressions = {"chest-opener"},
      .tags = {"snow angel", "foam roll", "vertical roller", "shoulder mobility", "overhead", "thoracic"},
  };
}

sdk::ExerciseSpec latRoll() {
  sdk::Dosage dosage = rollingDosage();
  dosage.reps = Range::between(10, 15);
  dosage.side = sdk::Side::each_side;
  return {
      .id = "lat-roll",
      .name = "Side-of-back roll",
      .purpose = "Ease tight muscles along the side of the upper back, under the arm.",
      .body_regions = {region::thoracic, region::shoulder},
      .equipment = {equipment::foam_roller},
      .positions = {position::kneeling, position::on_side},
      .goals = {goal::flexibility, goal::mobility, goal::pain_relief},
      .difficulty = sdk::Difficulty::intermediate,
      .steps =
          {
              "Kneel on the floor and sit back on your heels. Lay the foam roller on the floor at your left "
              "side, pointing away from you.",
              "Reach your left arm up and over the roller. Lean onto it so it is under the side of your chest, "
              "just below your armpit.",
              "Gently rock your body forward and back on the roller.",
              "When that feels easy, lift your hips so more of your weight is on the roller. Roll up and down "
              "along the side of your upper back.",
              "Switch sides and do the same on your right.",
          },
      .cues =
          {
              "Move slowly and keep breathing.",
              "Stay on the muscle along the side of your ribs, not on your shoulder joint.",
          },
      .precautions = {kStopOnSharpPain, kBeginnerLimit, "Keep the roller off your shoulder joint and elbow."},
      .default_dosage = dosage,
      .safety = contraindications(),
      .illustrations = pictures::latRoll(),
      .progressions = {},
      .regressions = {},
      .tags = {"lat roll", "lats", "latissimus", "foam roll", "side", "armpit"},
  };
}

}  // namespace

std::vector<sdk::ExerciseSpec> exercises() {
  return {lyingBreathing(), thoracicPivot(), midBackRoll(), chestOpener(), snowAngel(), latRoll()};
}

}  // namespace motus::plugins::foam_rolling
