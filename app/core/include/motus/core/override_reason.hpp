#pragma once
// Whether an override reason says why: the record has to tell the next clinician (and an audit)
// what made an Avoid exercise safe for this patient, so "ok" or "fine" is not a reason. The window
// checks as the therapist types; the records refuse the same reasons whoever sends them.

#include <optional>
#include <string>

namespace motus::core {

// What the reason lacks, in words for the therapist (quoting it and saying what to write), or
// nothing when it says why: at least ten letters or digits and two words beyond the stock ones
// ("ok", "fine", "per MD", "as discussed"). Expects valid UTF-8; an empty reason has its own
// message.
std::optional<std::string> overrideReasonProblem(const std::string& reason);

}  // namespace motus::core
