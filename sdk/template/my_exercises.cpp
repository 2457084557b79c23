// A minimal Motus plugin: one exercise, one education topic. Rename the ids and fill in your own.
#include <motus/sdk/sdk.hpp>

namespace {

using namespace motus::sdk;

class MyExercises final : public Plugin {
 public:
  PluginInfo info() const override {
    return {"my-exercises", "My clinic's exercises", "1.0.0", "Your name", "What these exercises are for."};
  }

  std::vector<ExerciseSpec> exercises() const override {
    ExerciseSpec chinTuck;
    chinTuck.id = "chin-tuck";  // never change an id once therapists use it: records keep it
    chinTuck.name = "Chin tuck";
    chinTuck.purpose = "Ease neck strain from looking down.";
    chinTuck.body_regions = {std::string(region::neck)};
    chinTuck.positions = {std::string(position::sitting)};
    chinTuck.goals = {std::string(goal::posture)};
    chinTuck.steps = {
        "Sit up tall in a firm chair with your feet flat on the floor.",  // the start position comes first
        "Look straight ahead. Slide your chin straight back, as if making a double chin.",
        "Hold, then let your head slide forward again.",
    };
    chinTuck.cues = {"Keep your eyes level. Do not tip your head down."};
    chinTuck.precautions = {"Stop if you feel pain or tingling in your arms."};
    chinTuck.default_dosage.reps = Range::between(8, 12);
    chinTuck.default_dosage.hold_seconds = Range::exactly(5);
    chinTuck.default_dosage.times_per_day = Range::between(2, 3);
    chinTuck.safety = {
        {std::string(condition::dizziness), Severity::caution, "Moving the neck can bring on dizziness."},
    };
    return {chinTuck};
  }

  std::vector<EducationTopic> education() const override {
    return {{"screen-posture",
             "Posture at a screen",
             {"Raise the screen to eye level.", "Take a break every 30 minutes."}}};
  }
};

}  // namespace

MOTUS_EXPORT_PLUGIN(MyExercises)
