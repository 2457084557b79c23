// A patient's record as a FHIR R4 Bundle of type "collection": a set of resources for an EHR to
// file one by one, not a clinical document (a "document" Bundle must begin with a Composition,
// which Motus has nothing to write into). The resources are built in fhir_patient_resources.cpp
// and fhir_plan_resources.cpp; profiles followed, and where they are departed from: docs/fhir.md.
#include <motus/core/fhir.hpp>

#include "fhir_json.hpp"
#include "fhir_resources.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <map>

namespace motus::core {
namespace {

using namespace fhir_json;

void addEntry(Array::Ptr entries, const std::string& url, const Object::Ptr& resource) {
  Object::Ptr entry = newObject();
  entry->set("fullUrl", url);
  entry->set("resource", resource);
  entries->add(entry);
}

std::string utcNow() { return Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%dT%H:%M:%S.%iZ"); }

}  // namespace

std::string fhirBundle(const FhirRecord& record, const std::string& timestamp, const FhirOptions& options) {
  Array::Ptr entries = new Array;
  const std::string patient_url = newEntryUrl();
  addEntry(entries, patient_url, patientResource(record, options));
  for (const db::PatientCondition& condition : record.conditions) {
    addEntry(entries, newEntryUrl(), conditionResource(condition, patient_url));
  }

  // An issued program that a later issued version replaces is "revoked" (ended before it was
  // completed, replaced by a new plan); the newest version of each is the one the patient follows.
  std::map<db::Id, std::string> replaced;  // program -> when its replacement was issued
  for (const db::Program& program : record.programs) {
    if (program.status == db::ProgramStatus::issued && program.previous_id)
      replaced[*program.previous_id] = program.issued_at;
  }
  std::map<db::Id, std::string> plan_urls;  // so a version can say which plan it replaces
  for (const db::Program& program : record.programs) {
    if (program.status == db::ProgramStatus::issued) plan_urls[program.id] = newEntryUrl();
  }
  for (const db::Program& program : record.programs) {
    if (program.status != db::ProgramStatus::issued) continue;
    const std::string status = replaced.contains(program.id) ? "revoked" : "active";
    const std::string& plan_url = plan_urls.at(program.id);
    std::vector<std::string> request_urls;
    std::vector<Object::Ptr> requests;
    for (const db::ProgramItem& item : program.items) {
      request_urls.push_back(newEntryUrl());
      requests.push_back(serviceRequestResource(program, item, status, patient_url, plan_url));
    }
    const auto previous = program.previous_id ? plan_urls.find(*program.previous_id) : plan_urls.end();
    const auto ended = replaced.find(program.id);
    addEntry(entries, plan_url,
             carePlanResource(program, status, patient_url, request_urls,
                              previous == plan_urls.end() ? std::string() : previous->second,
                              ended == replaced.end() ? std::string() : ended->second));
    for (std::size_t i = 0; i < requests.size(); ++i) addEntry(entries, request_urls[i], requests[i]);
  }

  Object::Ptr bundle = newObject();
  bundle->set("resourceType", "Bundle");
  bundle->set("type", "collection");
  bundle->set("timestamp", timestamp);
  bundle->set("entry", entries);
  return stringify(bundle);
}

std::string fhirBundle(Records& records, const std::string& chart_number, const FhirOptions& options) {
  const db::Store& store = records.store();
  FhirRecord record;
  record.patient = records.patientByChart(chart_number);
  record.conditions = store.conditions(record.patient.id);
  // Oldest first (the store lists newest first), so a version follows the one it replaces.
  const std::vector<db::ProgramSummary> summaries = store.programs(record.patient.id);
  for (auto it = summaries.rbegin(); it != summaries.rend(); ++it) {
    const db::ProgramSummary& summary = *it;
    if (summary.status != db::ProgramStatus::issued) continue;
    db::Program program = store.program(summary.id);
    // As for a reprint: a program changed outside Motus is no longer the record, so it is not sent.
    if (!program.alterations.empty()) {
      throw db::AlteredRecord("Program #" + std::to_string(program.id) + " no longer matches its record (" +
                              program.alterations.front() +
                              "), so no FHIR Bundle was written. Run 'motus-cli check' and restore from a backup.");
    }
    record.programs.push_back(std::move(program));
  }
  record.clinic_name = store.clinic().name;
  std::string bundle = fhirBundle(record, utcNow(), options);
  // A patient's whole record leaving Motus is a disclosure: it is audited before anyone sees it.
  records.recordPatientExport(record.patient.id, "FHIR R4 Bundle exported (" +
                                                     std::to_string(record.conditions.size()) + " conditions, " +
                                                     std::to_string(record.programs.size()) + " issued programs)");
  return bundle;
}

}  // namespace motus::core
