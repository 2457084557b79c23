#include <motus/core/records.hpp>

#include "records_anchor.hpp"
#include "records_input.hpp"
#include "records_logging.hpp"

#include <motus/core/calendar_date.hpp>
#include <motus/core/plugin_validation.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <limits>
#include <string_view>

namespace motus::core {
namespace {

using input::trimmed;

// Trimmed, and the date of birth as the records keep it when it was typed in the clinic's style.
void normalise(db::PatientDetails& details, const std::optional<DateStyle>& typed_dates) {
  for (std::string* field : {&details.chart_number, &details.family_name, &details.given_name, &details.birth_date,
                             &details.phone, &details.email}) {
    *field = trimmed(*field);
  }
  if (typed_dates && !details.birth_date.empty() && !isIsoDate(details.birth_date)) {
    TypedDate typed = readTypedDate(details.birth_date, *typed_dates);
    if (!typed.iso.empty()) details.birth_date = typed.iso;
  }
}

std::string today() { return todayIso(); }

}  // namespace

bool isIsoDate(const std::string& text) {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  char extra = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &extra) != 3) return false;
  if (text[4] != '-' || text[7] != '-') return false;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  return date.ok() && year >= 1850;
}

namespace {

// One number of a range: digits only, no sign, exponent or other characters.
enum class NumberText { ok, not_digits, too_large };

NumberText readNumber(std::string_view text, long long& value) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return NumberText::not_digits;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc::result_out_of_range || value > std::numeric_limits<int>::max()) return NumberText::too_large;
  return end == text.data() + text.size() ? NumberText::ok : NumberText::not_digits;
}

struct RangeText {
  NumberText state = NumberText::not_digits;
  long long low = 0;
  long long high = 0;
};

// "10", "10-15", "10 - 15" or "10 to 15".
RangeText readRangeText(const std::string& text) {
  const std::string value = trimmed(text);
  std::string_view first = value;
  std::string_view second;
  if (const std::size_t to = value.find(" to "); to != std::string::npos) {
    first = std::string_view(value).substr(0, to);
    second = std::string_view(value).substr(to + 4);
  } else if (const std::size_t dash = value.find('-', 1); dash != std::string::npos) {
    first = std::string_view(value).substr(0, dash);
    second = std::string_view(value).substr(dash + 1);
  }
  const auto strip = [](std::string_view part) {
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    return part;
  };
  RangeText range;
  range.state = readNumber(strip(first), range.low);
  range.high = range.low;
  if (range.state == NumberText::ok && second.data() != nullptr) range.state = readNumber(strip(second), range.high);
  return range;
}

}  // namespace

std::optional<sdk::Range> parseRange(const std::string& text) {
  const RangeText range = readRangeText(text);
  if (range.state != NumberText::ok) return std::nullopt;
  return sdk::Range::between(static_cast<int>(range.low), static_cast<int>(range.high));
}

RangeInput readRange(const std::string& what, const std::string& text, int minimum, int maximum) {
  const std::string allowed = "a whole number from " + std::to_string(minimum) + " to " + std::to_string(maximum);
  const std::string typed = "'" + displayable(trimmed(text)) + "'";
  const RangeText range = readRangeText(text);
  RangeInput input;
  if (trimmed(text).empty()) {
    input.problem = what + " is empty: give " + allowed + ", or a range such as " + std::to_string(minimum) + "-" +
                    std::to_string(maximum);
  } else if (range.state == NumberText::not_digits) {
    input.problem = what + " takes " + allowed + " or a range of them such as 10-15 (digits only), not " + typed;
  } else if (range.state == NumberText::too_large || range.high > maximum || range.low > maximum) {
    input.problem = what + ": " + typed + " is more than " + std::to_string(maximum) + "; give " + allowed;
  } else if (range.low < minimum) {
    input.problem =
        what + ": " + typed + " is less than " + std::to_string(minimum) + "; give " + allowed + " (or leave it out)";
  } else {
    input.range = sdk::Range::between(static_cast<int>(range.low), static_cast<int>(range.high));
  }
  return input;
}

std::vector<std::string> patientProblems(const db::PatientDetails& details,
                                         const std::optional<DateStyle>& typed_dates) {
  std::vector<std::string> problems;
  const std::pair<const char*, const std::string*> fields[] = {{"chart number", &details.chart_number},
                                                               {"family name", &details.family_name},
                                                               {"given name", &details.given_name},
                                                               {"date of birth", &details.birth_date},
                                                               {"phone", &details.phone},
                                                               {"email", &details.email},
                                                               {"notes", &details.notes}};
  for (const auto& [name, value] : fields) {
    if (!isValidUtf8(*value)) problems.push_back(std::string("the ") + name + " has characters that are not text");
  }
  if (trimmed(details.chart_number).empty()) problems.emplace_back("the chart number is missing");
  if (trimmed(details.family_name).empty()) problems.emplace_back("the family name is missing");
  const std::string born = trimmed(details.birth_date);
  if (!born.empty()) {
    TypedDate reading{born, {}, {}};
    if (!isIsoDate(born) && typed_dates) {
      reading = readTypedDate(displayable(born), *typed_dates);
    } else if (!isIsoDate(born)) {
      reading = {{}, "'" + displayable(born) + "' is not a real date written as YYYY-MM-DD", {}};
    }
    if (reading.iso.empty()) {
      problems.push_back("the date of birth " + reading.problem);
    } else if (std::string problem = birthDateProblem(reading.iso, today()); !problem.empty()) {
      problems.push_back(std::move(problem));
    }
  }
  const std::string email = trimmed(details.email);
  if (!email.empty() && (email.find('@') == std::string::npos || email.find(' ') != std::string::npos)) {
    problems.push_back("the email '" + displayable(email) + "' is not an email address");
  }
  return problems;
}

std::vector<std::string> conditionProblems(const db::PatientCondition& condition) {
  std::vector<std::string> problems;
  if (!sdk::isKnownCode(sdk::kConditions, condition.code)) {
    problems.push_back("'" + displayable(condition.code) + "' is not a known condition code");
  }
  if (!isValidUtf8(condition.note)) problems.emplace_back("the note has characters that are not text");
  const std::string& since = condition.since;
  const bool sinceOk = since.empty() || isIsoDate(since) || (since.size() == 7 && isIsoDate(since + "-01")) ||
                       (since.size() == 4 && isIsoDate(since + "-01-01"));
  if (!sinceOk) {
    problems.push_back("'since' must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + displayable(since) + "'");
  } else if (!since.empty() && since > today().substr(0, since.size())) {
    problems.push_back("'since' " + since + " is in the future; give when the condition started, up to today");
  }
  return problems;
}

db::ExerciseSnapshot snapshotOf(const CatalogEntry& entry) {
  return {entry.global_id, entry.plugin_id, entry.plugin_version, entry.spec};
}

namespace {

bool isNewDatabase(const std::filesystem::path& database) {
  std::error_code ec;
  return !std::filesystem::exists(database, ec) || std::filesystem::file_size(database, ec) == 0;
}

}  // namespace

Records::Records(const std::filesystem::path& database, db::OpenMode mode)
    : Records(database, mode, isNewDatabase(database)) {}

Records::Records(const std::filesystem::path& database, db::OpenMode mode, bool is_new)
    : store_(detail::openStoreLogged(database, mode)), anchor_(database) {
  anchor_started_ = detail::keepAuditAnchor(store_, anchor_, is_new);
}

db::Id Records::addPatient(db::PatientDetails details) {
  normalise(details, typed_dates_);
  input::refuseIfAny("patient details", patientProblems(details, typed_dates_));
  return store_.addPatient(details);
}

void Records::updatePatient(db::Id patient, db::PatientDetails details) {
  normalise(details, typed_dates_);
  input::refuseIfAny("patient details", patientProblems(details, typed_dates_));
  store_.updatePatient(patient, details);
}

void Records::setCondition(db::Id patient, const db::PatientCondition& condition) {
  input::refuseIfAny("condition", conditionProblems(condition));
  store_.setCondition(patient, condition);
}

db::Id Records::savePatientRecord(std::optional<db::Id> patient, db::PatientDetails details,
                                  const std::vector<db::PatientCondition>& conditions) {
  normalise(details, typed_dates_);
  std::vector<std::string> problems = patientProblems(details, typed_dates_);
  for (const db::PatientCondition& condition : conditions) {
    for (std::string& problem : conditionProblems(condition)) problems.push_back(std::move(problem));
  }
  input::refuseIfAny("patient record", problems);
  return store_.savePatientRecord(patient, details, conditions);
}

db::Patient Records::patientByChart(const std::string& chart_number) const {
  std::optional<db::Patient> patient = store_.findPatientByChart(trimmed(chart_number));
  if (!patient) {
    throw db::RecordNotFound("No patient has the chart number '" + displayable(chart_number) +
                             "'. Search with 'motus-cli patients search NAME'.");
  }
  return *patient;
}

void Records::removeCondition(db::Id patient, const std::string& code) { store_.removeCondition(patient, code); }

void Records::setArchived(db::Id patient, bool archived) { store_.setArchived(patient, archived); }

void Records::deletePatient(db::Id patient) { store_.deletePatient(patient); }

void Records::recordPatientExport(db::Id patient, const std::string& summary) {
  store_.recordPatientExport(patient, summary);
}

void Records::recordArchiveExport(const std::string& file_name, const std::string& summary) {
  store_.recordArchiveExport(file_name, summary);
}

void Records::setActor(const std::string& clinician) {
  std::vector<std::string> problems;
  input::checkText(problems, "clinician's name", clinician);
  input::refuseIfAny("clinician's name", problems);
  actor_ = trimmed(clinician).empty() ? "unknown" : trimmed(clinician);
  store_.setActor(actor_);
}

}  // namespace motus::core
