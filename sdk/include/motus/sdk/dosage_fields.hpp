#pragma once
// The numbers of a Dosage as one table: for each, its code, the short name a person types, the
// label a person reads, its unit and the values that still make sense. Everything that lists the
// fields (the plugin document, the record store, validation, the dosage form, motus-cli's options)
// walks this table, so a number added to Dosage is added here once and reaches every one of them.

#include <motus/sdk/dosage.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace motus::sdk {

struct DosageField {
  // The member's name and its key in plugin documents and stored records ("hold_seconds").
  // Permanent: patient records hold it.
  std::string_view code;
  // Short enough to type: motus-cli's option (--hold) and the name of the form's field ("hold").
  std::string_view option;
  // What a therapist reads beside the field ("Hold (seconds)").
  std::string_view label;
  // The letter of `label` that a keyboard shortcut uses in a form ('H'); 0 for none.
  char access_key;
  // "seconds" or "minutes"; empty for a count (sets, repetitions, times a day).
  std::string_view unit;
  std::optional<Range> Dosage::*member;
  // Below the minimum, the field should be left out instead. Above the maximum, the value is
  // almost certainly a unit mistake (minutes typed as seconds) and would read as nonsense on a
  // handout.
  int minimum;
  int maximum;
};

// In the order of Dosage's members. The order is part of stored text (the record store writes
// these keys in this order and keys exercise snapshots by the hash of that text): add a field at
// the end, never reorder.
inline constexpr std::array kDosageFields{
    DosageField{"sets", "sets", "Sets", 'S', "", &Dosage::sets, 1, 20},
    DosageField{"reps", "reps", "Repeats", 'R', "", &Dosage::reps, 1, 500},
    DosageField{"hold_seconds", "hold", "Hold (seconds)", 'H', "seconds", &Dosage::hold_seconds, 1, 600},
    DosageField{"duration_seconds", "duration", "Time (seconds)", 'T', "seconds", &Dosage::duration_seconds, 1, 7200},
    DosageField{"rest_seconds", "rest", "Rest (seconds)", 'e', "seconds", &Dosage::rest_seconds, 1, 1800},
    DosageField{"times_per_day", "per-day", "Times a day", 'd', "", &Dosage::times_per_day, 1, 12},
    DosageField{"days_per_week", "per-week", "Days a week", 'w', "", &Dosage::days_per_week, 1, 7},
    DosageField{"session_minutes", "minutes", "Minutes a session", 'M', "minutes", &Dosage::session_minutes, 1, 240},
};

namespace detail {
constexpr bool accessKeysAreInLabels() {
  for (const DosageField& field : kDosageFields) {
    if (field.access_key != 0 && field.label.find(field.access_key) == std::string_view::npos) return false;
  }
  return true;
}
}  // namespace detail
static_assert(detail::accessKeysAreInLabels(), "a dosage field's access key must be a letter of its label");

}  // namespace motus::sdk
