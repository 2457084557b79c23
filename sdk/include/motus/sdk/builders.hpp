#pragma once
// Helpers for writing exercises as data, the ones Motus's own plugins use. Nothing here is needed:
// each helper only fills the plain structs of exercise.hpp and dosage.hpp.
//
//   ExerciseSpec e = exercise("chin-tuck", "Chin tuck", "Ease neck strain from looking down.");
//   e.body_regions = {region::neck};
//   e.default_dosage = dose().reps(8, 12).hold(5).perDay(2, 3);
//   e.safety = rules(neckRules(), {caution(condition::dizziness, "Moving the neck can bring on dizziness.")});
//   e.cues = {say::kBreathe};

#include <motus/sdk/dosage.hpp>
#include <motus/sdk/exercise.hpp>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motus::sdk {

// A list of codes. `{region::neck, region::thoracic}` does the same for the constants of
// vocabulary.hpp; codes() also takes std::string_view values.
inline std::vector<std::string> codes(std::initializer_list<std::string_view> list) {
  return {list.begin(), list.end()};
}

// One screening rule in one line: avoid(condition::osteoporosis, "Pressure can break a weak bone.").
inline SafetyRule avoid(std::string_view condition, std::string reason) {
  return {std::string(condition), Severity::avoid, std::move(reason), {}};
}
inline SafetyRule caution(std::string_view condition, std::string reason, std::string patient_advice = {}) {
  return {std::string(condition), Severity::caution, std::move(reason), std::move(patient_advice)};
}

// Rules that apply to a whole group of exercises, with the ones an exercise adds. An exercise's own
// rule for a condition replaces the group's (a harder version may turn a Caution into an Avoid),
// so a condition never has two rules.
inline std::vector<SafetyRule> rules(std::vector<SafetyRule> shared, std::vector<SafetyRule> own = {}) {
  for (SafetyRule& rule : own) {
    auto same = std::find_if(shared.begin(), shared.end(),
                             [&](const SafetyRule& group) { return group.condition == rule.condition; });
    if (same != shared.end()) {
      *same = std::move(rule);
    } else {
      shared.push_back(std::move(rule));
    }
  }
  return shared;
}

// dose().sets(2, 3).reps(10).hold(5).perDay(2): the dosage in the order a therapist says it. One
// number is a single value, two are a range ("10 to 15").
class Dose {
 public:
  Dose& sets(int low, int high = 0) { return set(dosage_.sets, low, high); }
  Dose& reps(int low, int high = 0) { return set(dosage_.reps, low, high); }
  Dose& hold(int low, int high = 0) { return set(dosage_.hold_seconds, low, high); }
  Dose& seconds(int low, int high = 0) { return set(dosage_.duration_seconds, low, high); }
  Dose& rest(int low, int high = 0) { return set(dosage_.rest_seconds, low, high); }
  Dose& perDay(int low, int high = 0) { return set(dosage_.times_per_day, low, high); }
  Dose& perWeek(int low, int high = 0) { return set(dosage_.days_per_week, low, high); }
  Dose& minutes(int low, int high = 0) { return set(dosage_.session_minutes, low, high); }
  Dose& side(Side which) {
    dosage_.side = which;
    return *this;
  }
  Dose& load(std::string text) {
    dosage_.load = std::move(text);
    return *this;
  }
  operator Dosage() const { return dosage_; }  // NOLINT(google-explicit-constructor): reads as data

 private:
  Dose& set(std::optional<Range>& field, int low, int high) {
    field = Range::between(low, high == 0 ? low : high);
    return *this;
  }
  Dosage dosage_;
};
inline Dose dose() { return {}; }

// An exercise with its identity filled in; the rest is set field by field.
inline ExerciseSpec exercise(std::string id, std::string name, std::string purpose,
                             Difficulty difficulty = Difficulty::beginner) {
  ExerciseSpec spec;
  spec.id = std::move(id);
  spec.name = std::move(name);
  spec.purpose = std::move(purpose);
  spec.difficulty = difficulty;
  return spec;
}

// Sentences that fit many exercises, in plain words for patients. Motus's own plugins use them, so
// the same advice reads the same way on every handout.
namespace say {
inline constexpr char kStopIfWorse[] = "Stop if you feel sharp pain, or if your pain is worse afterward.";
inline constexpr char kNoPainStretch[] = "You should feel a gentle pull, never pain.";
inline constexpr char kBreathe[] = "Keep breathing. Do not hold your breath.";
inline constexpr char kSlowly[] = "Move slowly and smoothly.";
inline constexpr char kSomeoneNear[] = "Have someone nearby the first few times you do this.";
inline constexpr char kDizzyStop[] = "Stop and sit down if you feel dizzy or unsteady.";
}  // namespace say

}  // namespace motus::sdk
