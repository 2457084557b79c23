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

TEST_CASE("Dosage numbers are read in full, in digits, within their range, with a message naming the field") {
  CHECK_FALSE(core::parseRange("2147483648").has_value());  // never wraps round to a negative number
  CHECK_FALSE(core::parseRange("1e3").has_value());
  CHECK_FALSE(core::parseRange("12abc").has_value());
  CHECK_FALSE(core::parseRange("-0").has_value());
  CHECK_FALSE(core::parseRange("+5").has_value());
  CHECK(core::parseRange("2147483647") == sdk::Range::exactly(2147483647));

  CHECK(core::readRange("reps", "10 - 15", 1, 500).range == sdk::Range::between(10, 15));
  CHECK(core::readRange("reps", "500", 1, 500).problem.empty());
  CHECK(core::readRange("reps", "2147483648", 1, 500).problem ==
        "reps: '2147483648' is more than 500; give a whole number from 1 to 500");
  CHECK(core::readRange("--reps", "1e3", 1, 500).problem ==
        "--reps takes a whole number from 1 to 500 or a range of them such as 10-15 (digits only), not '1e3'");
  CHECK_THAT(core::readRange("--reps", "12abc", 1, 500).problem, Contains("not '12abc'"));
  CHECK_THAT(core::readRange("--reps", "-0", 1, 500).problem, Contains("not '-0'"));
  CHECK(core::readRange("sets", "0", 1, 20).problem ==
        "sets: '0' is less than 1; give a whole number from 1 to 20 (or leave it out)");
  CHECK(core::readRange("sets", "3-2", 1, 20).range == sdk::Range::between(3, 2));  // dosageProblems refuses it
  CHECK_THAT(core::readRange("sets", " ", 1, 20).problem, Contains("sets is empty"));
  CHECK_FALSE(core::readRange("sets", "21", 1, 20).range.has_value());
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
  CHECK(problems[2] == "the date of birth is in the future (1 January 2999): check the year");
  CHECK_THAT(problems[3], Contains("is not an email address"));
}

TEST_CASE("Conditions: a known code and a since-date of year, month or day") {
  CHECK(core::conditionProblems({"osteoporosis", "", "2021"}).empty());
  CHECK(core::conditionProblems({"osteoporosis", "", "2021-05"}).empty());
  CHECK(core::conditionProblems({"osteoporosis", "", "2021-05-17"}).empty());
  CHECK(core::conditionProblems({"bad-knees", "", ""}).at(0) == "'bad-knees' is not a known condition code");
  CHECK_THAT(core::conditionProblems({"pregnancy", "", "last spring"}).at(0), Contains("YYYY, YYYY-MM or YYYY-MM-DD"));
}

TEST_CASE("Conditions: a since-date in the future is refused in each of its forms") {
  for (const char* since : {"9999-12-31", "9999-12", "9999"}) {
    INFO(since);
    const std::vector<std::string> problems = core::conditionProblems({"osteoporosis", "", since});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          std::string("'since' ") + since + " is in the future; give when the condition started, up to today");
  }
  CHECK(core::conditionProblems({"osteoporosis", "", "1999"}).empty());
}
