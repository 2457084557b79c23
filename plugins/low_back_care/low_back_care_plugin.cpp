#include "low_back_care.hpp"

namespace motus::plugins::low_back_care {
namespace {

class LowBackCarePlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "low-back-care",
        .name = "Low-back care",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Gentle movement and trunk-control exercises for everyday low-back pain, with no foam "
            "rolling on the low back.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return low_back_care::exercises(); }
  std::vector<sdk::EducationTopic> education() const override {
    return {
        {
            .id = "stay-active",
            .title = "Keep moving",
            .points =
                {
                    "Most back pain gets better in a few weeks. Gentle activity helps it heal faster than bed rest.",
                    "Walk a little every day, even if it is only a few minutes at a time.",
                    "Hurt does not always mean harm. Some soreness is normal as you get moving again.",
                },
        },
        {
            .id = "back-red-flags",
            .title = "Get help right away if",
            .points =
                {
                    "You have numbness around your private parts or inner thighs.",
                    "You have new trouble controlling your bladder or bowels.",
                    "Your legs are getting weaker, or you have a fever with back pain.",
                },
        },
        {
            .id = "lifting",
            .title = "Lifting and bending",
            .points =
                {
                    "Bend at your hips and knees, not just your back.",
                    "Keep the load close to your body.",
                    "Turn with your feet instead of twisting your back.",
                },
        },
    };
  }
};

}  // namespace
}  // namespace motus::plugins::low_back_care

MOTUS_EXPORT_PLUGIN(motus::plugins::low_back_care::LowBackCarePlugin)
