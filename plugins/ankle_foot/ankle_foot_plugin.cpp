#include "ankle_foot.hpp"

namespace motus::plugins::ankle_foot {
namespace {

class AnkleFootPlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "ankle-foot",
        .name = "Ankle and foot",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Ankle movement, calf stretches and foot and ankle strength, for sprains, stiffness "
            "and steadier walking.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return ankle_foot::exercises(); }
  std::vector<sdk::EducationTopic> education() const override {
    return {
        {
            .id = "sprain-care",
            .title = "After an ankle sprain",
            .points =
                {
                    "In the first days, rest it, raise it above your heart, and use ice wrapped in a towel for 15 "
                    "minutes at a time.",
                    "Start moving the ankle gently as soon as you can. Movement helps it heal.",
                    "Put weight on it as pain allows. Balance work helps stop it from giving way again.",
                },
        },
        {
            .id = "foot-care",
            .title = "Looking after your feet",
            .points =
                {
                    "Wear shoes that fit well, with a firm heel and room for your toes.",
                    "If you have less feeling in your feet, check them every day for cuts, blisters or red spots.",
                    "Do not walk barefoot outdoors.",
                },
        },
    };
  }
};

}  // namespace
}  // namespace motus::plugins::ankle_foot

MOTUS_EXPORT_PLUGIN(motus::plugins::ankle_foot::AnkleFootPlugin)
