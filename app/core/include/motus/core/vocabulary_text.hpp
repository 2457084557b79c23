#pragma once
// Words for vocabulary codes and enums, for the therapist's screens. Dosage has one phrasing for
// everyone, in dosage_text.hpp.

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

}  // namespace motus::core
