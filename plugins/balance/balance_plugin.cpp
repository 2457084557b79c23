#include "balance.hpp"

namespace motus::plugins::balance {
namespace {

class BalancePlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "balance",
        .name = "Balance and fall prevention",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Standing balance, stepping and reaching exercises for older adults, done safely at a "
            "kitchen counter and made harder step by step.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return balance::exercises(); }
  std::vector<sdk::EducationTopic> education() const override {
    return {
        {
            .id = "safe-practice",
            .title = "Practice balance safely",
            .points =
                {
                    "Always stand at a kitchen counter or sturdy table you can grab.",
                    "Wear flat shoes with good grip, or go barefoot on a non-slip floor.",
                    "Have a chair behind you in case you need to sit.",
                    "Balance gets better only if it is a little hard. Wobbling is OK, falling is not.",
                },
        },
        {
            .id = "home-safety",
            .title = "Make your home safer",
            .points =
                {
                    "Clear loose rugs, cords and clutter from where you walk.",
                    "Use night lights between the bedroom and the bathroom.",
                    "Put grab bars by the toilet and in the shower.",
                    "Keep things you use often at waist height so you do not need to climb or bend low.",
                },
        },
        {
            .id = "if-you-fall",
            .title = "If you fall",
            .points =
                {
                    "Stay calm. Check for pain before you move.",
                    "If you are hurt, call for help and keep warm while you wait.",
                    "If you are not hurt, roll onto your side, get onto hands and knees, and crawl to a sturdy chair "
                    "to push up.",
                    "Tell us or your doctor about any fall, even if you were not hurt.",
                },
        },
    };
  }
};

}  // namespace
}  // namespace motus::plugins::balance

MOTUS_EXPORT_PLUGIN(motus::plugins::balance::BalancePlugin)
