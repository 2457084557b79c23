#pragma once
// Motus's condition codes (sdk::kConditions) and the SNOMED CT concepts that stand for them, in
// one table (src/snomed_conditions.cpp) read both ways: FHIR export codes a condition with its
// concept, FHIR import turns a referral's concept back into the condition. docs/fhir.md lists it.

#include <optional>
#include <span>
#include <string_view>

namespace motus::core {

inline constexpr std::string_view kSnomedSystem = "http://snomed.info/sct";

// How a row may be read. A concept that means the same as our condition is read both ways; a
// narrower one (rheumatoid arthritis is an inflammatory arthritis) only turns into our condition
// on import, since writing it for every inflammatory arthritis would say more than we know.
enum class SnomedDirection { both, import_only };

struct SnomedCondition {
  std::string_view condition;  // code from sdk::kConditions
  std::string_view snomed;     // SNOMED CT concept id
  std::string_view display;    // the concept's preferred term, for people reading the Bundle
  SnomedDirection direction = SnomedDirection::both;
};

// Every row, in the vocabulary's order.
std::span<const SnomedCondition> snomedConditions();

// The concept to write for one of our codes; nullopt when SNOMED CT has none that means the same
// (the condition is then written as text only).
std::optional<SnomedCondition> snomedForCondition(std::string_view condition);

// Our condition for a SNOMED CT concept id; nullopt when it is not one of ours.
std::optional<SnomedCondition> conditionForSnomed(std::string_view snomed);

}  // namespace motus::core
