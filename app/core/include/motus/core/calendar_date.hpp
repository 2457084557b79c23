#pragma once
// Dates as a clinic types them. The records keep "YYYY-MM-DD"; a therapist types the date the way
// the clinic writes it ("03/14/1948" in the US, "14/03/1948" or "14.03.1948" in most of Europe),
// and sees it back that way with the age beside it. ISO dates are always understood too.

#include <string>
#include <string_view>

namespace motus::core {

enum class DateOrder { month_day_year, day_month_year, year_month_day };

struct DateStyle {
  DateOrder order = DateOrder::month_day_year;
  char separator = '/';

  // "MM/DD/YYYY", "DD.MM.YYYY" or "YYYY-MM-DD": the pattern a message shows.
  std::string pattern() const;
};

// The style of a strftime date format such as the locale's D_FMT ("%m/%d/%y", "%d.%m.%Y",
// "%Y-%m-%d"); month/day/year with '/' when the format names no day, month and year.
DateStyle dateStyleOfFormat(std::string_view format);
// The style of the user's LC_TIME (LC_ALL, LC_TIME or LANG), read without changing the process's
// locale; year-month-day, which no one misreads, when that locale is not installed.
DateStyle dateStyleOfEnvironment();

// What a person typed for a date: the ISO date, or the problem in words that say how to write it.
// Does not judge plausibility (see birthDateProblem).
struct TypedDate {
  std::string iso;      // "YYYY-MM-DD" when read
  std::string problem;  // empty when read, e.g. "'14/03/1948' has no month 14: ..."
  std::string hint;     // the problem in a few words, to show beside the field: "Did you mean 03/14/1948?"
};
TypedDate readTypedDate(std::string_view typed, const DateStyle& style);

// The ISO date written in the clinic's style ("1948-03-14" -> "03/14/1948"); other text unchanged.
std::string writtenDate(const std::string& iso, const DateStyle& style);
// "14 March 1948": no order to misread.
std::string spelledDate(const std::string& iso);
// Whole years from `born` to `on` (both ISO); -1 when either is not a date or born is later.
int ageInYears(const std::string& born, const std::string& on);
// Today in the local calendar, "YYYY-MM-DD".
std::string todayIso();
// The local calendar day of a UTC time as the records keep it ("2026-12-04T01:30:00.123Z" is
// 2026-12-03 in New York); the first ten characters of anything else.
std::string localDateOf(const std::string& utc_timestamp);

// Empty when an ISO birth date is plausible: not before 1900 and not after `today`.
std::string birthDateProblem(const std::string& iso, const std::string& today);

}  // namespace motus::core
