#pragma once
// Dosage in the patient's words: short sentences, numerals, no arithmetic left to the reader.
// The one phrasing used everywhere a patient or therapist reads a dosage (motus-cli, window, HTML,
// PDF), so the therapist sees exactly what the patient will read.

#include <motus/sdk/dosage.hpp>

#include <string>
#include <vector>

namespace motus::core {

// In the order a patient needs them: how many, how long, sets, rest, side, load, how often, and
// last, as a sentence of its own, how long a whole session takes. Each number says what it counts,
// so the patient never has to choose between two readings: a count in sets is per set ("Do 2 sets
// of 10 to 15."), a time with a count is for each repetition ("Do this 3 times, for 10 to 30
// seconds each time."), a hold is for each repetition ("Hold each one for 5 seconds."), and a
// count for each side says so ("Do this 10 times on each side."). Also "Hold for 20 to 30
// seconds.", "Keep going for 1 to 2 minutes.", "Rest 30 seconds between sets.", "Use: a light
// band.", "Do this 1 to 4 times a day.", "Do this 5 days a week.", "Each session takes about 10
// to 15 minutes."
std::vector<std::string> dosageSentences(const sdk::Dosage& dosage);

// "10 to 15", or "10" for a single number.
std::string spokenRange(const sdk::Range& range);

// "20 to 30 seconds", "1 minute", "1 to 2 minutes", "90 seconds".
std::string spokenSeconds(const sdk::Range& seconds);

// dosageSentences() as one line.
std::string dosageLine(const sdk::Dosage& dosage);

}  // namespace motus::core
