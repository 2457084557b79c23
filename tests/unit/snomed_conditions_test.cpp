// The one table between Motus's conditions and SNOMED CT, read both ways: it must be a function in
// each direction it is read, name only known conditions, and be what docs/fhir.md says it is.
#include "../support/temp_folder.hpp"

#include <motus/core/snomed_conditions.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

using namespace motus;

TEST_CASE("The SNOMED CT table names known conditions and reads back the same way in both directions") {
  std::set<std::string_view> concepts;
  std::map<std::string_view, int> written;  // condition -> rows used on export
  for (const core::SnomedCondition& row : core::snomedConditions()) {
    INFO(row.condition << " " << row.snomed);
    CHECK(sdk::isKnownCode(sdk::kConditions, row.condition));
    CHECK(concepts.insert(row.snomed).second);  // a concept means one condition on import
    CHECK(row.snomed.find_first_not_of("0123456789") == std::string_view::npos);
    CHECK_FALSE(row.display.empty());
    if (row.direction == core::SnomedDirection::both) ++written[row.condition];
    REQUIRE(core::conditionForSnomed(row.snomed));
    CHECK(core::conditionForSnomed(row.snomed)->condition == row.condition);
  }
  for (const sdk::Term& term : sdk::kConditions) {
    INFO(term.code);
    CHECK(written[term.code] <= 1);  // one concept to write per condition
    const auto snomed = core::snomedForCondition(term.code);
    CHECK(snomed.has_value() == (written[term.code] == 1));
    if (snomed) CHECK(core::conditionForSnomed(snomed->snomed)->condition == term.code);
  }
  CHECK_FALSE(core::conditionForSnomed("44054006"));  // type 2 diabetes: not one of ours
  CHECK_FALSE(core::snomedForCondition(sdk::condition::uncontrolled_hypertension));
}

TEST_CASE("docs/fhir.md lists every row of the SNOMED CT table") {
  const std::string doc = test::readBytes(std::filesystem::path(MOTUS_SOURCE_DIR) / "docs" / "fhir.md");
  for (const core::SnomedCondition& row : core::snomedConditions()) {
    INFO(row.condition << " " << row.snomed);
    const std::string cell = std::string(row.snomed) + " " + std::string(row.display);
    CHECK(doc.find("| " + std::string(row.condition) + " |") != std::string::npos);
    CHECK(doc.find(cell) != std::string::npos);
  }
}
