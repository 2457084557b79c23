#include "foam_rolling.hpp"

namespace motus::plugins::foam_rolling {
namespace {

class FoamRollingPlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "foam-rolling",
        .name = "Foam rolling for the upper and mid back",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Six foam-roller exercises for a stiff or sore upper back, with the screening rules "
            "and patient education that go with them.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return foam_rolling::exercises(); }
  std::vector<sdk::EducationTopic> education() const override { return foam_rolling::education(); }
};

}  // namespace
}  // namespace motus::plugins::foam_rolling

MOTUS_EXPORT_PLUGIN(motus::plugins::foam_rolling::FoamRollingPlugin)
