// The one table between Motus's conditions and SNOMED CT. A condition without a row here has no
// concept that means the same: "recent injury not yet checked for fracture" or "uncontrolled high
// blood pressure" are screening questions, and the nearest concept (injury, hypertension) would
// tell an EHR something else. Those go out as text only, and a referral's "hypertension" is kept
// in the patient's notes instead of becoming "uncontrolled".
#include <motus/core/snomed_conditions.hpp>

#include <motus/sdk/vocabulary.hpp>

#include <array>

namespace motus::core {
namespace {

namespace c = sdk::condition;
using enum SnomedDirection;

constexpr std::array kTable{
    SnomedCondition{c::osteoporosis, "64859006", "Osteoporosis"},
    SnomedCondition{c::cancer_at_site, "363346000", "Malignant neoplastic disease"},
    SnomedCondition{c::pregnancy, "77386006", "Pregnancy"},
    SnomedCondition{c::anticoagulants, "711150003", "Long-term current use of anticoagulant"},
    SnomedCondition{c::fall_risk, "129839007", "At risk for falls"},
    SnomedCondition{c::recent_fracture, "125605004", "Fracture of bone"},
    SnomedCondition{c::inflammatory_arthritis, "69896004", "Rheumatoid arthritis", import_only},
    SnomedCondition{c::peripheral_neuropathy, "302226006", "Peripheral nerve disease"},
    SnomedCondition{c::dizziness, "404640003", "Dizziness"},
    SnomedCondition{c::dizziness, "399153001", "Vertigo", import_only},
    SnomedCondition{c::heart_disease, "56265001", "Heart disease"},
    SnomedCondition{c::deep_vein_thrombosis, "128053003", "Deep venous thrombosis"},
    SnomedCondition{c::lymphedema, "234097001", "Lymphedema"},
    SnomedCondition{c::spinal_stenosis, "76107001", "Spinal stenosis"},
};

}  // namespace

std::span<const SnomedCondition> snomedConditions() { return kTable; }

std::optional<SnomedCondition> snomedForCondition(std::string_view condition) {
  for (const SnomedCondition& row : kTable) {
    if (row.condition == condition && row.direction == both) return row;
  }
  return std::nullopt;
}

std::optional<SnomedCondition> conditionForSnomed(std::string_view snomed) {
  for (const SnomedCondition& row : kTable) {
    if (row.snomed == snomed) return row;
  }
  return std::nullopt;
}

}  // namespace motus::core
