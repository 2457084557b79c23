#include "hip_knee.hpp"

namespace motus::plugins::hip_knee {
namespace {

class HipKneePlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "hip-knee",
        .name = "Hip and knee strength",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Strength exercises for the hips and thighs, from lying in bed to standing up and "
            "stepping, for knee pain, arthritis and recovery after surgery.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return hip_knee::exercises(); }
  std::vector<sdk::EducationTopic> education() const override {
    return {
        {
            .id = "arthritis-exercise",
            .title = "Exercise and arthritis",
            .points =
                {
                    "Strong thigh and hip muscles take load off a sore knee or hip.",
                    "Some ache while you exercise is OK. It should settle within a day.",
                    "If a joint is more swollen the next day, do fewer repeats next time.",
                },
        },
        {
            .id = "hip-precautions",
            .title = "After a hip replacement",
            .points =
                {
                    "Follow the movement limits your surgeon gave you. Ask us if you are not sure.",
                    "Many people are told not to bend the hip past a right angle, cross the legs, or turn the "
                    "knee in.",
                    "Sit in a high, firm chair. Keep a pillow between your knees when you lie on your side.",
                },
        },
    };
  }
};

}  // namespace
}  // namespace motus::plugins::hip_knee

MOTUS_EXPORT_PLUGIN(motus::plugins::hip_knee::HipKneePlugin)
