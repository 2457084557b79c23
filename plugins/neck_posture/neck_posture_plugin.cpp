#include "neck_posture.hpp"

namespace motus::plugins::neck_posture {
namespace {

class NeckPosturePlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "neck-posture",
        .name = "Neck and posture",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Gentle neck movement, chin tucks and upper-back exercises for a stiff neck and a "
            "slumped sitting posture.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return neck_posture::exercises(); }
  std::vector<sdk::EducationTopic> education() const override {
    return {
        {
            .id = "desk-posture",
            .title = "Setting up your desk",
            .points =
                {
                    "Put the top of your screen at eye level, about an arm's length away.",
                    "Sit all the way back in your chair. A small pillow behind your low back helps.",
                    "Keep your feet flat on the floor and your elbows close to your sides.",
                    "Hold your phone up near eye level instead of looking down at it.",
                },
        },
        {
            .id = "move-often",
            .title = "Move often",
            .points =
                {
                    "No one posture is perfect. The best posture is your next one.",
                    "Get up and move for a minute every 30 to 45 minutes.",
                    "A few chin tucks and shoulder rolls during a break can ease a stiff neck.",
                },
        },
        {
            .id = "neck-warning-signs",
            .title = "When to call us or your doctor",
            .points =
                {
                    "Call if pain, numbness or tingling spreads down your arm or gets worse.",
                    "Call if your hand or arm feels weak, or you drop things.",
                    "Get help right away if you have neck pain with dizziness, trouble speaking, double "
                    "vision or trouble walking.",
                },
        },
    };
  }
};

}  // namespace
}  // namespace motus::plugins::neck_posture

MOTUS_EXPORT_PLUGIN(motus::plugins::neck_posture::NeckPosturePlugin)
