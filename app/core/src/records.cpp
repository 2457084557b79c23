#include <motus/core/records.hpp>

#include "records_logging.hpp"

#include <motus/core/plugin_validation.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <chrono>
#include <cstdio>

namespace motus::core {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void normalise(db::PatientDetails& details) {
  for (std::string* field : {&details.chart_number, &details.family_name, &details.given_name, &details.birth_date,
                             &details.phone, &details.email}) {
    *field = trimmed(*field);
  }
}

[[noreturn]] void refuse(std::string_view check, const std::vector<std::string>& problems) {
  std::string message = "Not saved: ";
  for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
  throw detail::refusedInput(detail::withProblemCount(check, problems.size()), message + ".");
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

Records::Records(const std::filesystem::path& database) : store_(detail::openStoreLogged(database)) {}

db::Id Records::addPatient(db::PatientDetails details) {
  normalise(details);
  if (const auto problems = patientProblems(details); !problems.empty()) refuse("patient details", problems);
  return store_.addPatient(details);
}

void Records::updatePatient(db::Id patient, db::PatientDetails details) {
  normalise(details);
  if (const auto problems = patientProblems(details); !problems.empty()) refuse("patient details", problems);
  store_.updatePatient(patient, details);
}

void Records::setCondition(db::Id patient, const db::PatientCondition& condition) {
  if (const auto problems = conditionProblems(condition); !problems.empty()) refuse("condition", problems);
  store_.setCondition(patient, condition);
}

db::Id Records::savePatientRecord(std::optional<db::Id> patient, db::PatientDetails details,
                                  const std::vector<db::PatientCondition>& conditions) {
  normalise(details);
  std::vector<std::string> problems = patientProblems(details);
  for (const db::PatientCondition& condition : conditions) {
    for (std::string& problem : conditionProblems(condition)) problems.push_back(std::move(problem));
  }
  if (!problems.empty()) refuse("patient record", problems);
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

void Records::prescribe(db::Id draft, const CatalogEntry& exercise, const std::optional<sdk::Dosage>& dosage,
                        const std::string& note, const std::string& override_reason) {
  db::ProgramItem item{snapshotOf(exercise), dosage.value_or(exercise.spec.default_dosage), note, override_reason, {}};
  if (!trimmed(override_reason).empty()) {
    const db::Program program = store_.program(draft);
    for (const Finding& finding : screenProgram(store_.conditions(program.patient_id), {item})) {
      if (finding.severity == sdk::Severity::avoid) item.override_conditions.push_back(finding.condition);
    }
    if (item.override_conditions.empty()) {
      throw detail::refusedInput("override without an Avoid finding",
                                 exercise.spec.name +
                                     " has no Avoid finding for this patient: there is nothing to "
                                     "override. Leave --override out.");
    }
  }
  std::vector<std::string> problems;
  for (const std::string& problem : dosageProblems(item.dosage)) problems.push_back("dosage " + problem);
  if (!isValidUtf8(note) || !isValidUtf8(override_reason))
    problems.emplace_back("the note has characters that are not text");
  if (!problems.empty()) refuse("exercise dosage or note", problems);
  store_.appendItem(draft, item);
}

std::vector<Finding> Records::findings(db::Id program) const {
  const db::Program loaded = store_.program(program);
  return screenProgram(store_.conditions(loaded.patient_id), loaded.items);
}

void Records::overrideAvoid(db::Id draft, std::size_t position, const std::string& reason) {
  if (trimmed(reason).empty())
    throw detail::refusedInput("override without a reason",
                               "An override needs a reason: say why it is safe for this patient.");
  if (!isValidUtf8(reason))
    throw detail::refusedInput("override reason not text", "The override reason has characters that are not text.");
  db::Program program = store_.program(draft);
  if (position < 1 || position > program.items.size()) {
    throw db::RecordNotFound("Program " + std::to_string(draft) + " has no exercise number " +
                             std::to_string(position) + ".");
  }
  db::ProgramItem& item = program.items[position - 1];
  item.override_reason = trimmed(reason);
  item.override_conditions.clear();
  for (const Finding& finding : screenProgram(store_.conditions(program.patient_id), {item})) {
    if (finding.severity == sdk::Severity::avoid) item.override_conditions.push_back(finding.condition);
  }
  if (item.override_conditions.empty()) {
    throw detail::refusedInput("override without an Avoid finding",
                               "Exercise " + std::to_string(position) + " of program " + std::to_string(draft) +
                                   " has no Avoid finding for this patient: there is nothing to override.");
  }
  store_.saveDraft(draft, program.title, program.items);
}

void Records::issue(db::Id program) {
  const std::vector<Finding> found = findings(program);
  std::string blocked;
  std::string overrides;
  for (const Finding& finding : found) {
    const std::string where = "#" + std::to_string(finding.item + 1) + " " + finding.exercise_name + " (" +
                              std::string(sdk::labelOf(sdk::kConditions, finding.condition)) + ")";
    if (finding.blocksIssue()) blocked += (blocked.empty() ? "" : "; ") + where + ": " + finding.reason;
    if (finding.severity == sdk::Severity::avoid && !finding.override_reason.empty()) {
      overrides += (overrides.empty() ? "overrides: " : "; ") + finding.exercise_id + " for " + finding.condition +
                   ": " + finding.override_reason;
    }
  }
  if (!blocked.empty()) {
    throw detail::refusedInput("issue with unanswered Avoid findings",
                               "Not issued: these exercises are marked Avoid for this patient: " + blocked +
                                   ". Remove them, or record why each is safe for this patient (an override).");
  }
  store_.issueProgram(program, overrides);
}

}  // namespace motus::core
