#include <motus/core/plugin_validation.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace motus;

namespace {
void checkVocabulary(std::span<const sdk::Term> vocabulary) {
  std::set<std::string_view> codes;
  for (const sdk::Term& term : vocabulary) {
    INFO(term.code);
    CHECK(core::isValidId(term.code));  // codes are stored in records: keep them plain
    CHECK_FALSE(term.label.empty());
    CHECK(codes.insert(term.code).second);
  }
}
}  // namespace

TEST_CASE("Every vocabulary has unique, well-formed codes with labels") {
  checkVocabulary(sdk::kConditions);
  checkVocabulary(sdk::kBodyRegions);
  checkVocabulary(sdk::kEquipment);
  checkVocabulary(sdk::kPositions);
  checkVocabulary(sdk::kGoals);
}

TEST_CASE("The conditions cover the foam-rolling article and the common screening list") {
  for (std::string_view code : {"osteoporosis", "trauma-not-cleared", "muscle-guarding", "cancer-at-site",
                                "severe-neuro-symptoms", "recent-surgery", "pregnancy", "anticoagulants",
                                "acute-inflammation", "hypermobility", "uncontrolled-hypertension", "fall-risk"}) {
    INFO(code);
    CHECK(sdk::isKnownCode(sdk::kConditions, code));
  }
  CHECK(sdk::labelOf(sdk::kBodyRegions, "thoracic") == "Upper and mid back");
  CHECK(sdk::labelOf(sdk::kBodyRegions, "nowhere").empty());
}
