#pragma once
// How often and how long, from a dosage, as a FHIR Timing (ServiceRequest.occurrenceTiming).

#include "fhir_json.hpp"

#include <motus/sdk/dosage.hpp>

namespace motus::core::fhir_json {

// Timing.repeat holds one frequency per period: times a day when the dosage has them, else days a
// week; the session length is its duration. Null when the dosage says none of these. What Timing
// cannot say (sets, repetitions, holds, a count of days a week beside times a day) is in the
// patient's instruction, which always has the whole dosage.
Object::Ptr timingOf(const sdk::Dosage& dosage);

}  // namespace motus::core::fhir_json
