#include "shoulder_care.hpp"

namespace motus::plugins::shoulder_care {
namespace {

class ShoulderCarePlugin final : public sdk::Plugin {
 public:
  sdk::PluginInfo info() const override {
    return {
        .id = "shoulder-care",
        .name = "Shoulder mobility and rotator cuff",
        .version = "1.0.0",
        .author = "Motus",
        .description =
            "Gentle range-of-motion exercises for a stiff shoulder, then band and weight exercises "
            "that strengthen the rotator cuff and shoulder blade muscles.",
    };
  }
  std::vector<sdk::ExerciseSpec> exercises() const override { return shoulder_care::exercises(); }
  std::vector<sdk::EducationTopic> education() const override {
    return {
        {
            .id = "shoulder-pain-guide",
            .title = "How much pain is OK?",
            .points =
                {
                    "A little ache during exercise is fine if it fades within an hour or so.",
                    "Pain that is sharp, or worse the next morning, means you did too much. Do fewer next time.",
                    "Work below shoulder height at first. Reach higher as it gets easier.",
                },
        },
        {
            .id = "band-tips",
            .title = "Using an exercise band",
            .points =
                {
                    "Start with the lightest band. Move up only when 15 easy repeats feel simple.",
                    "Tie the band to a door handle or use a door anchor. Close the door and check it holds.",
                    "Keep your wrist straight and let the band go back slowly. The slow part builds strength too.",
                },
        },
        {
            .id = "sleep-shoulder",
            .title = "Sleeping with a sore shoulder",
            .points =
                {
                    "Lie on your back or on the side that does not hurt.",
                    "Hug a pillow in front of you so the sore arm rests on it.",
                    "Avoid sleeping with the sore arm above your head.",
                },
        },
    };
  }
};

}  // namespace
}  // namespace motus::plugins::shoulder_care

MOTUS_EXPORT_PLUGIN(motus::plugins::shoulder_care::ShoulderCarePlugin)
