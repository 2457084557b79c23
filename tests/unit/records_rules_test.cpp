#include <motus/core/records.hpp>

#include <catch2/catch.hpp>

using namespace motus;
using Catch::Matchers::Contains;

TEST_CASE("Dates are real calendar dates written YYYY-MM-DD") {
  CHECK(core::isIsoDate("1948-03-14"));
  CHECK(core::isIsoDate("2024-02-29"));
  CHECK_FALSE(core::isIsoDate("2023-02-29"));
  CHECK_FALSE(core::isIsoDate("1948-3-14"));
  CHECK_FALSE(core::isIsoDate("14/03/1948"));
  CHECK_FALSE(core::isIsoDate("1948-03-14x"));
  CHECK_FALSE(core::isIsoDate("1066-10-14"));
}

TEST_CASE("Dosage ranges are typed as a number or two") {
  CHECK(core::parseRange("10") == sdk::Range::exactly(10));
  CHECK(core::parseRange(" 10-15 ") == sdk::Range::between(10, 15));
  CHECK(core::parseRange("10 to 15") == sdk::Range::between(10, 15));
  CHECK(core::parseRange("15-10") == sdk::Range::between(15, 10));  // parsed; the dosage check refuses it
  CHECK_FALSE(core::parseRange("ten").has_value());
  CHECK_FALSE(core::parseRange("10-").has_value());
  CHECK_FALSE(core::parseRange("10 reps").has_value());
}

TEST_CASE("Patient details: what is missing or wrong is said in plain words") {
  db::PatientDetails details;
  details.chart_number = "A-1";
  details.family_name = "Nguyen";
  CHECK(core::patientProblems(details).empty());
  details.family_name = " ";
  details.birth_date = "2999-01-01";
  details.email = "mai at example";
  details.notes = "bad \xC3\x28 text";
  const std::vector<std::string> problems = core::patientProblems(details);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == "the notes has characters that are not text");
  CHECK(problems[1] == "the family name is missing");
  CHECK(problems[2] == "the date of birth is in the future");
  CHECK_THAT(problems[3], Contains("is not an email address"));
}

TEST_CASE("Conditions: a known code and a since-date of year, month or day") {
  CHECK(core::conditionProblems({"osteoporosis", "", "2021"}).empty());
  CHECK(core::conditionProblems({"osteoporosis", "", "2021-05"}).empty());
  CHECK(core::conditionProblems({"osteoporosis", "", "2021-05-17"}).empty());
  CHECK(core::conditionProblems({"bad-knees", "", ""}).at(0) == "'bad-knees' is not a known condition code");
  CHECK_THAT(core::conditionProblems({"pregnancy", "", "last spring"}).at(0), Contains("YYYY, YYYY-MM or YYYY-MM-DD"));
}
