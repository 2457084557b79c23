#include <motus/core/records.hpp>

#include "records_input.hpp"
#include "records_logging.hpp"

#include <motus/core/plugin_validation.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <chrono>
#include <cstdio>

namespace motus::core {
namespace {

using input::trimmed;

void normalise(db::PatientDetails& details) {
  for (std::string* field : {&details.chart_number, &details.family_name, &details.given_name, &details.birth_date,
                             &details.phone, &details.email}) {
    *field = trimmed(*field);
  }
}

std::string today() {
  const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

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

std::optional<sdk::Range> parseRange(const std::string& text) {
  int low = 0;
  int high = 0;
  char extra = 0;
  const std::string value = trimmed(text);
  if (std::sscanf(value.c_str(), "%d-%d%c", &low, &high, &extra) == 2 ||
      std::sscanf(value.c_str(), "%d to %d%c", &low, &high, &extra) == 2) {
    return sdk::Range::between(low, high);
  }
  if (std::sscanf(value.c_str(), "%d%c", &low, &extra) == 1) return sdk::Range::exactly(low);
  return std::nullopt;
}

std::vector<std::string> patientProblems(const db::PatientDetails& details) {
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
  if (!born.empty() && !isIsoDate(born)) {
    problems.push_back("the date of birth '" + displayable(born) + "' is not a real date written as YYYY-MM-DD");
  } else if (!born.empty() && born > today()) {
    problems.emplace_back("the date of birth is in the future");
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
  if (!sinceOk) problems.push_back("'since' must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + displayable(since) + "'");
  return problems;
}

db::ExerciseSnapshot snapshotOf(const CatalogEntry& entry) {
  return {entry.global_id, entry.plugin_id, entry.plugin_version, entry.spec};
}

Records::Records(const std::filesystem::path& database, db::OpenMode mode)
    : store_(detail::openStoreLogged(database, mode)) {}

db::Id Records::addPatient(db::PatientDetails details) {
  normalise(details);
  input::refuseIfAny("patient details", patientProblems(details));
  return store_.addPatient(details);
}

void Records::updatePatient(db::Id patient, db::PatientDetails details) {
  normalise(details);
  input::refuseIfAny("patient details", patientProblems(details));
  store_.updatePatient(patient, details);
}

void Records::setCondition(db::Id patient, const db::PatientCondition& condition) {
  input::refuseIfAny("condition", conditionProblems(condition));
  store_.setCondition(patient, condition);
}

db::Id Records::savePatientRecord(std::optional<db::Id> patient, db::PatientDetails details,
                                  const std::vector<db::PatientCondition>& conditions) {
  normalise(details);
  std::vector<std::string> problems = patientProblems(details);
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

void Records::setActor(const std::string& clinician) {
  std::vector<std::string> problems;
  input::checkText(problems, "clinician's name", clinician);
  input::refuseIfAny("clinician's name", problems);
  store_.setActor(trimmed(clinician));
}

}  // namespace motus::core
