#include <motus/core/calendar_date.hpp>
#include <motus/core/records.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace motus;
using Catch::Matchers::Contains;

namespace {
const core::DateStyle us{core::DateOrder::month_day_year, '/'};
const core::DateStyle germany{core::DateOrder::day_month_year, '.'};
const core::DateStyle uk{core::DateOrder::day_month_year, '/'};
}  // namespace

TEST_CASE("The clinic's date style comes from its locale's date format") {
  const auto check = [](const char* format, core::DateOrder order, char separator) {
    INFO(format);
    const core::DateStyle style = core::dateStyleOfFormat(format);
    CHECK(style.order == order);
    CHECK(style.separator == separator);
  };
  check("%m/%d/%y", core::DateOrder::month_day_year, '/');  // en_US and C
  check("%d/%m/%y", core::DateOrder::day_month_year, '/');  // en_GB
  check("%d.%m.%Y", core::DateOrder::day_month_year, '.');  // de_DE
  check("%Y-%m-%d", core::DateOrder::year_month_day, '-');  // sv_SE
  check("%F", core::DateOrder::year_month_day, '-');
  check("%x", core::DateOrder::month_day_year, '/');  // names no fields: the default
  CHECK(core::DateStyle{core::DateOrder::day_month_year, '.'}.pattern() == "DD.MM.YYYY");
}

TEST_CASE("A date typed the clinic's way is read as the day it means") {
  CHECK(core::readTypedDate("03/14/1948", us).iso == "1948-03-14");  // refused before the fix
  CHECK(core::readTypedDate("3/4/1948", us).iso == "1948-03-04");
  CHECK(core::readTypedDate("3/4/1948", uk).iso == "1948-04-03");
  CHECK(core::readTypedDate("14.03.1948", germany).iso == "1948-03-14");
  CHECK(core::readTypedDate("14 3 1948", germany).iso == "1948-03-14");
  // ISO is understood everywhere, also without leading zeros.
  CHECK(core::readTypedDate("1948-03-14", uk).iso == "1948-03-14");
  CHECK(core::readTypedDate("1948-3-4", us).iso == "1948-03-04");
  CHECK(core::readTypedDate("02/29/2024", us).iso == "2024-02-29");
}

TEST_CASE("A date that cannot be read says how to write it, and spots day and month swapped") {
  const core::TypedDate swapped = core::readTypedDate("14/03/1948", us);
  CHECK(swapped.iso.empty());
  CHECK(swapped.problem ==
        "'14/03/1948' has no month 14: dates here are written MM/DD/YYYY, so this day is 03/14/1948");
  CHECK(core::readTypedDate("02/30/1948", us).problem ==
        "'02/30/1948' is not a real date (February 1948 has no day 30)");
  CHECK_THAT(core::readTypedDate("3/14/48", us).problem, Contains("write the year in full (1948, not 48)"));
  CHECK(core::readTypedDate("March 14", us).problem ==
        "'March 14' is not a date: write it as MM/DD/YYYY or YYYY-MM-DD");
  CHECK_THAT(core::readTypedDate("14//1948", germany).problem, Contains("write it as DD.MM.YYYY or YYYY-MM-DD"));
  CHECK_THAT(core::readTypedDate("123/4/1948", us).problem, Contains("is not a date"));
  CHECK(core::readTypedDate("", us).iso.empty());
}

TEST_CASE("A date is shown back in the clinic's style, spelled out, with the age") {
  CHECK(core::writtenDate("1948-03-14", us) == "03/14/1948");
  CHECK(core::writtenDate("1948-03-14", germany) == "14.03.1948");
  CHECK(core::writtenDate("not a date", germany) == "not a date");  // kept as it was stored
  CHECK(core::spelledDate("1948-03-04") == "4 March 1948");
  CHECK(core::ageInYears("1948-03-14", "2026-03-13") == 77);
  CHECK(core::ageInYears("1948-03-14", "2026-03-14") == 78);  // the birthday itself
  CHECK(core::ageInYears("2024-02-29", "2025-02-28") == 0);
  CHECK(core::ageInYears("2024-02-29", "2025-03-01") == 1);
  CHECK(core::ageInYears("2030-01-01", "2026-01-01") == -1);
  CHECK(core::isIsoDate(core::todayIso()));
}

TEST_CASE("A date of birth before 1900 or in the future is refused with the day it read") {
  CHECK(core::birthDateProblem("1900-01-01", "2026-12-04").empty());
  CHECK(core::birthDateProblem("2026-12-04", "2026-12-04").empty());
  CHECK(core::birthDateProblem("1850-01-01", "2026-12-04") ==
        "the date of birth is before 1900 (1 January 1850): check the year");
  CHECK(core::birthDateProblem("2026-12-05", "2026-12-04") ==
        "the date of birth is in the future (5 December 2026): check the year");

  db::PatientDetails details{"A-1", "Nguyen", "Mai", "1850-01-01", "", "", ""};
  CHECK(core::patientProblems(details) ==
        std::vector<std::string>{"the date of birth is before 1900 (1 January 1850): check the year"});
  details.birth_date = "14/03/1948";
  CHECK(core::patientProblems(details, uk).empty());
  CHECK_THAT(core::patientProblems(details, us).at(0),
             Contains("the date of birth '14/03/1948' has no month 14: dates here are written MM/DD/YYYY"));
}

TEST_CASE("Beside the field, a date that cannot be read gets a few words that say what to fix") {
  CHECK(core::readTypedDate("14/03/1948", us).hint == "Did you mean 03/14/1948?");
  CHECK(core::readTypedDate("02/30/1948", us).hint == "February 1948 has no day 30");
  CHECK(core::readTypedDate("3/14/48", us).hint == "Write the year in full");
  CHECK(core::readTypedDate("13/13/1948", us).hint == "No month 13: write it as MM/DD/YYYY");
  CHECK(core::readTypedDate("soon", germany).hint == "Write it as DD.MM.YYYY");
}

TEST_CASE("A visit's day is the clinic's local day of the UTC time it was recorded") {
  const char* old = std::getenv("TZ");
  const std::string kept = old != nullptr ? old : "";
  setenv("TZ", "America/New_York", 1);
  tzset();
  CHECK(core::localDateOf("2026-12-04T01:30:00.123Z") == "2026-12-03");  // 20:30 the evening before
  CHECK(core::localDateOf("2026-12-04T15:00:00Z") == "2026-12-04");
  setenv("TZ", "Asia/Tokyo", 1);
  tzset();
  CHECK(core::localDateOf("2026-12-04T20:00:00.000Z") == "2026-12-05");
  CHECK(core::localDateOf("2026-12-04") == "2026-12-04");  // not a time: the day as written
  if (old != nullptr) {
    setenv("TZ", kept.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
}

TEST_CASE("Without the clinic's style, a date of birth must be written YYYY-MM-DD (archives, motus-cli)") {
  db::PatientDetails details{"A-1", "Nguyen", "Mai", "03/14/1948", "", "", ""};
  CHECK(core::patientProblems(details) ==
        std::vector<std::string>{"the date of birth '03/14/1948' is not a real date written as YYYY-MM-DD"});
  CHECK(core::patientProblems(details, us).empty());
}
