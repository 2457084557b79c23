#include <motus/core/calendar_date.hpp>

#include <motus/core/records.hpp>

#include <langinfo.h>
#include <locale.h>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

namespace motus::core {
namespace {

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

struct Ymd {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
};

std::optional<Ymd> ymdOf(const std::string& iso) {
  if (!isIsoDate(iso)) return std::nullopt;
  Ymd date;
  std::sscanf(iso.c_str(), "%4d-%2u-%2u", &date.year, &date.month, &date.day);
  return date;
}

std::string isoOf(int year, unsigned month, unsigned day) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
  return text;
}

bool isRealDay(int year, unsigned month, unsigned day) {
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}.ok();
}

// The digit groups of a date: "03/14/1948", "14.3.1948", "1948-03-14", "14 03 1948".
std::optional<std::vector<std::string>> digitGroups(std::string_view typed) {
  std::vector<std::string> groups(1);
  for (const char c : typed) {
    if (c >= '0' && c <= '9') {
      groups.back() += c;
    } else if (c == '/' || c == '.' || c == '-' || c == ' ') {
      if (groups.back().empty()) return std::nullopt;
      groups.emplace_back();
    } else {
      return std::nullopt;
    }
  }
  if (groups.size() != 3 || groups.back().empty()) return std::nullopt;
  return groups;
}

unsigned numberOf(const std::string& digits) { return static_cast<unsigned>(std::stoul(digits)); }

std::string quoted(std::string_view typed) { return "'" + std::string(typed) + "'"; }

}  // namespace

std::string DateStyle::pattern() const {
  const std::string s(1, separator);
  switch (order) {
    case DateOrder::day_month_year:
      return "DD" + s + "MM" + s + "YYYY";
    case DateOrder::year_month_day:
      return "YYYY" + s + "MM" + s + "DD";
    case DateOrder::month_day_year:
      break;
  }
  return "MM" + s + "DD" + s + "YYYY";
}

DateStyle dateStyleOfFormat(std::string_view format) {
  if (format.find("%D") != std::string_view::npos) return {DateOrder::month_day_year, '/'};
  if (format.find("%F") != std::string_view::npos) return {DateOrder::year_month_day, '-'};
  const auto at = [&](std::string_view letters) {
    for (std::size_t i = 0; i + 1 < format.size(); ++i) {
      if (format[i] == '%' && letters.find(format[i + 1]) != std::string_view::npos) return i;
    }
    return std::string_view::npos;
  };
  const std::size_t day = at("de");
  const std::size_t month = at("mbB");
  const std::size_t year = at("yY");
  if (day == std::string_view::npos || month == std::string_view::npos || year == std::string_view::npos) return {};
  DateStyle style;
  if (year < month && month < day) {
    style.order = DateOrder::year_month_day;
  } else if (day < month) {
    style.order = DateOrder::day_month_year;
  }
  // The separator is what follows the first field ("%d.%m.%Y" -> '.').
  const std::size_t first = std::min({day, month, year});
  if (first + 2 < format.size()) {
    const char c = format[first + 2];
    if (c == '/' || c == '.' || c == '-') style.separator = c;
  }
  return style;
}

DateStyle dateStyleOfEnvironment() {
  locale_t locale = newlocale(LC_TIME_MASK, "", nullptr);
  if (locale == nullptr) return {DateOrder::year_month_day, '-'};
  const DateStyle style = dateStyleOfFormat(nl_langinfo_l(D_FMT, locale));
  freelocale(locale);
  return style;
}

TypedDate readTypedDate(std::string_view typed, const DateStyle& style) {
  TypedDate result;
  const std::string written = "write it as " + style.pattern() + " or YYYY-MM-DD";
  const auto groups = digitGroups(typed);
  if (!groups) {
    result.problem = quoted(typed) + " is not a date: " + written;
    result.hint = "Write it as " + style.pattern();
    return result;
  }
  const std::vector<std::string>& g = *groups;
  // A leading four-digit year is always year-month-day, whatever the clinic's order.
  const bool year_first = g[0].size() == 4 || style.order == DateOrder::year_month_day;
  const std::string& year_text = year_first ? g[0] : g[2];
  const std::string& month_text = year_first ? g[1] : (style.order == DateOrder::day_month_year ? g[1] : g[0]);
  const std::string& day_text = year_first ? g[2] : (style.order == DateOrder::day_month_year ? g[0] : g[1]);
  if (year_text.size() != 4) {
    result.problem = quoted(typed) + ": write the year in full (1948, not 48); " + written;
    result.hint = "Write the year in full";
    return result;
  }
  if (month_text.size() > 2 || day_text.size() > 2) {
    result.problem = quoted(typed) + " is not a date: " + written;
    result.hint = "Write it as " + style.pattern();
    return result;
  }
  const int year = static_cast<int>(numberOf(year_text));
  const unsigned month = numberOf(month_text);
  const unsigned day = numberOf(day_text);
  if (month < 1 || month > 12) {
    result.problem =
        quoted(typed) + " has no month " + std::to_string(month) + ": dates here are written " + style.pattern();
    result.hint = "No month " + std::to_string(month) + ": write it as " + style.pattern();
    // The commonest slip: the day and month the other way round.
    if (!year_first && day >= 1 && day <= 12 && isRealDay(year, day, month)) {
      result.problem += ", so this day is " + writtenDate(isoOf(year, day, month), style);
      result.hint = "Did you mean " + writtenDate(isoOf(year, day, month), style) + "?";
    }
    return result;
  }
  if (!isRealDay(year, month, day)) {
    result.problem = quoted(typed) + " is not a real date (" + kMonths[month - 1] + " " + std::to_string(year) +
                     " has no day " + std::to_string(day) + ")";
    result.hint = std::string(kMonths[month - 1]) + " " + std::to_string(year) + " has no day " + std::to_string(day);
    return result;
  }
  result.iso = isoOf(year, month, day);
  if (!isIsoDate(result.iso)) {  // a year before the calendar the records accept
    result.iso.clear();
    result.problem = quoted(typed) + ": the year " + std::to_string(year) + " is too early; check the year";
    result.hint = "Before 1900: check the year";
  }
  return result;
}

std::string writtenDate(const std::string& iso, const DateStyle& style) {
  const auto date = ymdOf(iso);
  if (!date) return iso;
  char text[40];
  const char s = style.separator;
  switch (style.order) {
    case DateOrder::day_month_year:
      std::snprintf(text, sizeof text, "%02u%c%02u%c%04d", date->day, s, date->month, s, date->year);
      break;
    case DateOrder::year_month_day:
      std::snprintf(text, sizeof text, "%04d%c%02u%c%02u", date->year, s, date->month, s, date->day);
      break;
    case DateOrder::month_day_year:
      std::snprintf(text, sizeof text, "%02u%c%02u%c%04d", date->month, s, date->day, s, date->year);
      break;
  }
  return text;
}

std::string spelledDate(const std::string& iso) {
  const auto date = ymdOf(iso);
  if (!date) return iso;
  return std::to_string(date->day) + " " + kMonths[date->month - 1] + " " + std::to_string(date->year);
}

int ageInYears(const std::string& born, const std::string& on) {
  const auto from = ymdOf(born);
  const auto to = ymdOf(on);
  if (!from || !to || born > on) return -1;
  int years = to->year - from->year;
  if (to->month < from->month || (to->month == from->month && to->day < from->day)) --years;
  return years;
}

std::string todayIso() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return isoOf(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday));
}

std::string localDateOf(const std::string& utc_timestamp) {
  std::tm parts{};
  char t = 0;
  if (utc_timestamp.size() < 19 ||
      std::sscanf(utc_timestamp.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d", &parts.tm_year, &parts.tm_mon, &parts.tm_mday, &t,
                  &parts.tm_hour, &parts.tm_min, &parts.tm_sec) != 7 ||
      t != 'T' || utc_timestamp.back() != 'Z') {
    return utc_timestamp.substr(0, 10);
  }
  parts.tm_year -= 1900;
  parts.tm_mon -= 1;
  const std::time_t seconds = timegm(&parts);
  std::tm local{};
  localtime_r(&seconds, &local);
  return isoOf(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday));
}

std::string birthDateProblem(const std::string& iso, const std::string& today) {
  if (iso < "1900-01-01") return "the date of birth is before 1900 (" + spelledDate(iso) + "): check the year";
  if (iso > today) return "the date of birth is in the future (" + spelledDate(iso) + "): check the year";
  return {};
}

}  // namespace motus::core
