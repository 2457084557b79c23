#pragma once
// Small helpers the built-in plugins share for writing exercises as data: codes from the SDK's
// constants, rules in one line each, dosage in the order a therapist says it, and the sentences a
// patient reads in several plugins.

#include <motus/sdk/sdk.hpp>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace motus::plugins {

// The SDK's vocabularies by short names, for every built-in plugin (each lives in a namespace
// inside this one).
namespace condition = sdk::condition;
namespace region = sdk::region;
namespace goal = sdk::goal;
namespace position = sdk::position;
namespace equipment = sdk::equipment;

inline std::vector<std::string> codes(std::initializer_list<std::string_view> list) {
  return {list.begin(), list.end()};
}

inline sdk::SafetyRule avoid(std::string_view condition, std::string reason) {
  return {std::string(condition), sdk::Severity::avoid, std::move(reason)};
}
inline sdk::SafetyRule caution(std::string_view condition, std::string reason) {
  return {std::string(condition), sdk::Severity::caution, std::move(reason)};
}

// Rules that apply to a whole group of exercises, with the ones an exercise adds. An exercise's own
// rule for a condition replaces the group's (a harder version may turn a Caution into an Avoid),
// so a condition never has two rules.
inline std::vector<sdk::SafetyRule> rules(std::vector<sdk::SafetyRule> shared, std::vector<sdk::SafetyRule> own = {}) {
  for (sdk::SafetyRule& rule : own) {
    auto same = std::find_if(shared.begin(), shared.end(),
                             [&](const sdk::SafetyRule& group) { return group.condition == rule.condition; });
    if (same != shared.end()) {
      *same = std::move(rule);
    } else {
      shared.push_back(std::move(rule));
    }
  }
  return shared;
}

// dose().sets(2, 3).reps(10).hold(5).perDay(2): the dosage in the order a therapist says it.
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
  Dose& side(sdk::Side side) {
    dosage_.side = side;
    return *this;
  }
  Dose& load(std::string load) {
    dosage_.load = std::move(load);
    return *this;
  }
  operator sdk::Dosage() const { return dosage_; }  // NOLINT(google-explicit-constructor): reads as data

 private:
  Dose& set(std::optional<sdk::Range>& field, int low, int high) {
    field = sdk::Range::between(low, high == 0 ? low : high);
    return *this;
  }
  sdk::Dosage dosage_;
};
inline Dose dose() { return {}; }

// An exercise with its identity filled in; the rest is set field by field.
inline sdk::ExerciseSpec exercise(std::string id, std::string name, std::string purpose,
                                  sdk::Difficulty difficulty = sdk::Difficulty::beginner) {
  sdk::ExerciseSpec spec;
  spec.id = std::move(id);
  spec.name = std::move(name);
  spec.purpose = std::move(purpose);
  spec.difficulty = difficulty;
  return spec;
}

// Sentences several plugins give patients, kept in one place so they read the same everywhere.
namespace say {
inline const std::string kStopIfWorse = "Stop if you feel sharp pain, or if your pain is worse afterward.";
inline const std::string kNoPainStretch = "You should feel a gentle pull, never pain.";
inline const std::string kBreathe = "Keep breathing. Do not hold your breath.";
inline const std::string kSlowly = "Move slowly and smoothly.";
inline const std::string kHoldCounter = "Stand at a kitchen counter or sturdy table. Hold on with one or both hands.";
inline const std::string kSomeoneNear = "Have someone nearby the first few times you do this.";
inline const std::string kDizzyStop = "Stop and sit down if you feel dizzy or unsteady.";
inline const std::string kSturdyChair = "Use a sturdy chair without wheels, with its back against a wall.";
inline const std::string kBandCheck = "Check the band for nicks or tears before you use it. Anchor it well.";
}  // namespace say

}  // namespace motus::plugins
