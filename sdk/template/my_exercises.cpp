// A small Motus plugin: one exercise with its two pictures, and one education topic.
// Rename the ids and fill in your own. `motus-cli plugin check my_exercises.so` checks it.
#include <motus/sdk/figure_svg.hpp>
#include <motus/sdk/sdk.hpp>

namespace {

using namespace motus::sdk;

// The pictures: sitting tall on a chair, hands on the thighs. A pose bends the head but cannot
// slide it, so the finish tucks the chin in and an arrow at the head shows the slide back.
Illustrations chinTuckPictures() {
  using namespace figure;
  Pose start = pose::sitting();
  start.arms({15, 70});  // shoulder and elbow in degrees: the hands rest on the thighs
  Pose finish = start;
  finish.neck = 12;  // chin in (+ bends the head down from the line of the trunk)
  return illustrate(Scene(start, {Prop::chair()}),
                    Scene(finish, {Prop::chair()}, {Arrow::move({Part::head}, 270, 16)}));  // 270 = back
}

class MyExercises final : public Plugin {
 public:
  PluginInfo info() const override {
    return {"my-exercises", "My clinic's exercises", "1.0.0", "Your name", "What these exercises are for."};
  }

  std::vector<ExerciseSpec> exercises() const override {
    // The id: never change it once therapists use it, records keep it.
    ExerciseSpec chinTuck = exercise("chin-tuck", "Chin tuck", "Ease neck strain from looking down.");
    chinTuck.body_regions = {region::neck};
    chinTuck.equipment = {equipment::chair};
    chinTuck.positions = {position::sitting};
    chinTuck.goals = {goal::posture};
    chinTuck.steps = {
        "Sit up tall in a firm chair with your feet flat on the floor.",  // the start position comes first
        "Look straight ahead. Slide your chin straight back, as if making a double chin.",
        "Hold, then let your head slide forward again.",
    };
    chinTuck.cues = {"Keep your eyes level. Do not let your head drop forward.", say::kBreathe};
    chinTuck.precautions = {"Stop if you feel pain or tingling in your arms."};
    chinTuck.default_dosage = dose().reps(8, 12).hold(5).perDay(2, 3);
    // For a Caution: the reason is for the therapist; the advice (optional) is printed for a patient
    // who has the condition, in this exercise's "Take care".
    chinTuck.safety = {caution(condition::dizziness, "Moving the neck can bring on dizziness.",
                               "Do this sitting down. If you feel dizzy, stop and keep your head still.")};
    chinTuck.illustrations = chinTuckPictures();
    return {chinTuck};
  }

  // Optional: a plugin without education topics leaves this function out (it then has none).
  std::vector<EducationTopic> education() const override {
    return {{"screen-posture",
             "Posture at a screen",
             {"Raise the screen to eye level.", "Take a break every 30 minutes."}}};
  }
};

}  // namespace

MOTUS_EXPORT_PLUGIN(MyExercises)
