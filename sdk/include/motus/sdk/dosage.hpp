#pragma once
// How much of an exercise to do. Every number is optional and may be a range ("10 to 15"), so a
// plugin states exactly what it means and the host phrases it for the patient.

#include <optional>
#include <string>

namespace motus::sdk {

// An inclusive range of whole numbers; low == high is a single value ("10").
struct Range {
  int low = 0;
  int high = 0;

  static constexpr Range exactly(int value) { return {value, value}; }
  static constexpr Range between(int low, int high) { return {low, high}; }
  constexpr bool isSingle() const { return low == high; }
  friend constexpr bool operator==(const Range&, const Range&) = default;
};

enum class Side {
  unspecified,  // the exercise has no side (both arms move together, the spine, ...)
  left,
  right,
  both,       // both sides at the same time
  each_side,  // one side, then the other: the count applies to each
};

struct Dosage {
  std::optional<Range> sets;
  std::optional<Range> reps;              // repetitions per set
  std::optional<Range> hold_seconds;      // hold at the end of each repetition
  std::optional<Range> duration_seconds;  // time-based work (a hold, rolling for a while)
  std::optional<Range> rest_seconds;      // rest between sets
  Side side = Side::unspecified;
  std::string load;  // free text: "light band", "1 kg", "body weight"
  std::optional<Range> times_per_day;
  std::optional<Range> days_per_week;
  std::optional<Range> session_minutes;  // length of one whole session, when the plugin has one

  friend bool operator==(const Dosage&, const Dosage&) = default;
};

}  // namespace motus::sdk
