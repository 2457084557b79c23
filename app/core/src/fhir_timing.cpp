#include "fhir_timing.hpp"

namespace motus::core::fhir_json {
namespace {

// frequency/frequencyMax (or duration/durationMax): a range is its low and high ends.
void setRange(Object::Ptr repeat, const char* low_key, const char* high_key, const sdk::Range& range) {
  repeat->set(low_key, range.low);
  if (range.high > range.low) repeat->set(high_key, range.high);
}

}  // namespace

Object::Ptr timingOf(const sdk::Dosage& dosage) {
  Object::Ptr repeat = newObject();
  // FHIR's frequency is a positiveInt; a zero would make the Bundle invalid and mean nothing.
  const auto usable = [](const std::optional<sdk::Range>& range) { return range && range->low >= 1; };
  if (usable(dosage.times_per_day)) {
    setRange(repeat, "frequency", "frequencyMax", *dosage.times_per_day);
    repeat->set("period", 1);
    repeat->set("periodUnit", "d");
  } else if (usable(dosage.days_per_week)) {
    setRange(repeat, "frequency", "frequencyMax", *dosage.days_per_week);
    repeat->set("period", 1);
    repeat->set("periodUnit", "wk");
  }
  if (usable(dosage.session_minutes)) {
    setRange(repeat, "duration", "durationMax", *dosage.session_minutes);
    repeat->set("durationUnit", "min");
  }
  if (repeat->size() == 0) return nullptr;
  Object::Ptr timing = newObject();
  timing->set("repeat", repeat);
  return timing;
}

}  // namespace motus::core::fhir_json
