#pragma once
// Words for codes and numbers, for the therapist's screens (the patient's handout phrases dosage
// in full sentences elsewhere).

#include <motus/sdk/dosage.hpp>
#include <motus/sdk/exercise.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

// "Upper and mid back, Shoulder": the labels of codes, an unknown code shown as itself.
std::string labelsOf(std::span<const sdk::Term> vocabulary, const std::vector<std::string>& codes);

std::string_view toString(sdk::Difficulty difficulty);
std::string_view toString(sdk::Severity severity);
std::string_view toString(sdk::Side side);

// "10" or "10-15".
std::string rangeText(const sdk::Range& range);

// A compact line: "2 sets, 10-15 reps, hold 20-30 s, each side, 1-4 times a day".
std::string dosageSummary(const sdk::Dosage& dosage);

}  // namespace motus::core
