// motus-cli patients ... and conditions ...
#include "commands.hpp"
#include "loaded_library.hpp"
#include "open_records.hpp"

#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <ostream>
#include <stdexcept>

namespace motus::cli {
namespace {

std::string statusText(db::ProgramStatus status) { return status == db::ProgramStatus::issued ? "issued" : "draft"; }

db::PatientDetails detailsFrom(const Invocation& invocation, db::PatientDetails details) {
  const std::pair<const char*, std::string*> fields[] = {
      {"chart", &details.chart_number}, {"family", &details.family_name}, {"given", &details.given_name},
      {"born", &details.birth_date},    {"phone", &details.phone},        {"email", &details.email},
      {"notes", &details.notes}};
  for (const auto& [option, field] : fields) {
    if (const auto value = invocation.value(option)) *field = *value;
  }
  return details;
}

void printPatientLine(std::ostream& out, const db::Patient& patient) {
  const db::PatientDetails& d = patient.details;
  out << padded(core::displayable(d.chart_number), 12) << core::displayable(d.family_name)
      << (d.given_name.empty() ? "" : ", " + core::displayable(d.given_name))
      << (d.birth_date.empty() ? "" : "  born " + d.birth_date) << (patient.archived ? "  (archived)" : "") << '\n';
}

int printPatients(std::ostream& out, const std::vector<db::Patient>& patients) {
  for (const db::Patient& patient : patients) printPatientLine(out, patient);
  out << counted(patients.size(), "patient") << '\n';
  return kExitOk;
}

int showPatient(const core::Records& records, const db::Patient& patient, std::ostream& out) {
  const db::PatientDetails& d = patient.details;
  out << core::displayable(d.family_name) << (d.given_name.empty() ? "" : ", " + core::displayable(d.given_name))
      << (patient.archived ? "  (archived)" : "") << '\n';
  const std::pair<const char*, const std::string*> fields[] = {{"Chart", &d.chart_number},
                                                               {"Born", &d.birth_date},
                                                               {"Phone", &d.phone},
                                                               {"Email", &d.email},
                                                               {"Notes", &d.notes}};
  for (const auto& [label, value] : fields) {
    if (!value->empty()) out << padded(std::string(label) + ":", 10) << core::displayable(*value) << '\n';
  }
  const std::vector<db::PatientCondition> conditions = records.store().conditions(patient.id);
  out << "\nConditions:" << (conditions.empty() ? " none recorded" : "") << '\n';
  for (const db::PatientCondition& condition : conditions) {
    out << "  - " << sdk::labelOf(sdk::kConditions, condition.code) << " (" << condition.code << ")"
        << (condition.since.empty() ? "" : ", since " + condition.since)
        << (condition.note.empty() ? "" : ": " + core::displayable(condition.note)) << '\n';
  }
  const std::vector<db::ProgramSummary> programs = records.store().programs(patient.id);
  out << "\nPrograms:" << (programs.empty() ? " none yet" : "") << '\n';
  for (const db::ProgramSummary& program : programs) {
    out << "  #" << program.id << "  " << core::displayable(program.title) << "  v" << program.version << "  "
        << statusText(program.status) << (program.issued_at.empty() ? "" : " " + program.issued_at.substr(0, 10))
        << "  " << counted(static_cast<std::size_t>(program.item_count), "exercise") << '\n';
  }
  return kExitOk;
}

}  // namespace

int runPatients(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  core::Records records = openRecords(invocation);
  const db::Store& store = records.store();
  if (action == "add") {
    const db::Id id = records.addPatient(detailsFrom(invocation, {}));
    out << "Added patient " << core::displayable(store.patient(id).details.chart_number) << ".\n";
    return kExitOk;
  }
  if (action == "list") return printPatients(out, store.listPatients(invocation.flag("archived")));
  if (action == "search") {
    std::string text;
    for (std::size_t i = 2; i < invocation.words.size(); ++i) text += invocation.words[i] + " ";
    return printPatients(out, store.searchPatients(text, invocation.flag("archived")));
  }
  const std::string chart = word(invocation, 2);
  if (chart.empty()) {
    err << "Name the patient by chart number: motus-cli patients " << action << " CHART\n";
    return kExitUsage;
  }
  const db::Patient patient = records.patientByChart(chart);
  if (action == "show") return showPatient(records, patient, out);
  if (action == "edit") {
    records.updatePatient(patient.id, detailsFrom(invocation, patient.details));
    out << "Saved patient " << core::displayable(chart) << ".\n";
    return kExitOk;
  }
  if (action == "archive" || action == "unarchive") {
    records.setArchived(patient.id, action == "archive");
    out << (action == "archive" ? "Archived" : "Brought back") << " patient " << core::displayable(chart) << ".\n";
    return kExitOk;
  }
  if (action == "delete") {
    if (!invocation.flag("yes")) {
      err << "Deleting removes the patient and every program for good. To archive instead: motus-cli patients "
             "archive "
          << chart << ". To delete, add --yes.\n";
      return kExitUsage;
    }
    records.deletePatient(patient.id);
    out << "Deleted patient " << core::displayable(chart) << " and their programs.\n";
    return kExitOk;
  }
  err << "Unknown patients command '" << action << "'. Run 'motus-cli --help'.\n";
  return kExitUsage;
}

int runConditions(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  const std::string chart = word(invocation, 2);
  const std::string code = word(invocation, 3);
  if ((action != "add" && action != "remove") || chart.empty() || code.empty()) {
    err << "Usage: motus-cli conditions add CHART CODE [--note TEXT] [--since DATE] | remove CHART CODE\n";
    return kExitUsage;
  }
  core::Records records = openRecords(invocation);
  const db::Patient patient = records.patientByChart(chart);
  if (action == "add") {
    records.setCondition(patient.id,
                         {code, invocation.value("note").value_or(""), invocation.value("since").value_or("")});
    out << "Recorded " << sdk::labelOf(sdk::kConditions, code) << " for " << core::displayable(chart) << ".\n";
  } else {
    records.removeCondition(patient.id, code);
    out << "Removed " << code << " from " << core::displayable(chart) << ".\n";
  }
  return kExitOk;
}

}  // namespace motus::cli
