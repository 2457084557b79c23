#pragma once
// A dosage in the therapist's shorthand, for the program list: every number of it in a line short
// enough to read whole in a narrow column ("2×10–15, hold 5 s, each side, 2×/day, 5 d/wk").
// Patients never read it: they get core::dosageSentences.

#include <motus/sdk/dosage.hpp>

#include <string>

namespace motus::core {

// In dosageSentences' order: sets × reps ("2×10"), reps alone ("10 reps"), sets or reps of a time
// ("3×30 s"), hold, time, rest, side, load, how often, session length. Ranges with an en dash;
// seconds as "s", whole minutes as "min".
std::string dosageShorthand(const sdk::Dosage& dosage);

}  // namespace motus::core
