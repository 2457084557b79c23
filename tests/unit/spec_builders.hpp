#pragma once
// Small, valid plugin data for unit tests; each test breaks or shapes one thing.

#include <motus/sdk/sdk.hpp>

#include <string>

namespace motus::test {

inline sdk::ExerciseSpec validSpec(std::string id = "chin-tuck", std::string name = "Chin tuck") {
  sdk::ExerciseSpec spec;
  spec.id = std::move(id);
  spec.name = std::move(name);
  spec.purpose = "Ease neck strain from looking down.";
  spec.body_regions = {"neck"};
  spec.positions = {"sitting"};
  spec.goals = {"posture"};
  spec.steps = {"Sit tall in a firm chair.", "Slide your chin straight back.", "Hold, then relax."};
  spec.default_dosage.reps = sdk::Range::between(8, 12);
  spec.default_dosage.hold_seconds = sdk::Range::exactly(5);
  spec.safety = {{"dizziness", sdk::Severity::caution, "Neck movement can bring on dizziness."}};
  return spec;
}

inline sdk::PluginInfo validInfo(std::string id = "neck-care") {
  return {std::move(id), "Neck care", "1.0.0", "Motus tests", ""};
}

}  // namespace motus::test
