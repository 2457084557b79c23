// A patient's record as a FHIR R4 Bundle of type "collection": a set of resources for an EHR to
// file, not a signed clinical document (a "document" Bundle would need a Composition and an
// attester, which Motus does not have). Profiles followed, and where they are departed from:
// docs/fhir.md.
#include <motus/core/dosage_text.hpp>
#include <motus/core/fhir.hpp>
#include <motus/core/snomed_conditions.hpp>
#include <motus/sdk/vocabulary.hpp>

#include "fhir_json.hpp"
#include "fhir_timing.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <map>

namespace motus::core {
namespace {

using namespace fhir_json;

// "&", "<" and ">" written out, for text inside the CarePlan's XHTML narrative.
std::string xhtmlEscaped(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

void addEntry(Array::Ptr entries, const std::string& url, const Object::Ptr& resource) {
  Object::Ptr entry = newObject();
  entry->set("fullUrl", url);
  entry->set("resource", resource);
  entries->add(entry);
}

Object::Ptr patientResource(const FhirRecord& record, const FhirOptions& options) {
  const db::PatientDetails& d = record.patient.details;
  Object::Ptr patient = newObject();
  patient->set("resourceType", "Patient");
  Object::Ptr identifier = newObject();
  identifier->set("use", "usual");
  identifier->set(
      "type", codeableConcept(coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
                              "Chart number"));
  identifier->set("system", options.identifier_system);
  identifier->set("value", d.chart_number);
  if (!record.clinic_name.empty()) {
    Object::Ptr assigner = newObject();
    assigner->set("display", record.clinic_name);
    identifier->set("assigner", assigner);
  }
  Array::Ptr identifiers = new Array;
  identifiers->add(identifier);
  patient->set("identifier", identifiers);
  patient->set("active", !record.patient.archived);
  Object::Ptr name = newObject();
  name->set("use", "official");
  name->set("family", d.family_name);
  if (!d.given_name.empty()) {
    Array::Ptr given = new Array;
    given->add(d.given_name);
    name->set("given", given);
  }
  Array::Ptr names = new Array;
  names->add(name);
  patient->set("name", names);
  Array::Ptr telecom = new Array;
  for (const auto& [system, value] : {std::pair{"phone", &d.phone}, std::pair{"email", &d.email}}) {
    if (value->empty()) continue;
    Object::Ptr point = newObject();
    point->set("system", system);
    point->set("value", *value);
    telecom->add(point);
  }
  if (telecom->size() > 0) patient->set("telecom", telecom);
  if (!d.birth_date.empty()) patient->set("birthDate", d.birth_date);
  return patient;
}

Object::Ptr conditionResource(const db::PatientCondition& condition, const std::string& patient_url) {
  const std::string label(sdk::labelOf(sdk::kConditions, condition.code));
  Object::Ptr resource = newObject();
  resource->set("resourceType", "Condition");
  resource->set("clinicalStatus", codeableConcept(coding("http://terminology.hl7.org/CodeSystem/condition-clinical",
                                                         "active", "Active")));
  Array::Ptr categories = new Array;
  categories->add(codeableConcept(
      coding("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")));
  resource->set("category", categories);
  // SNOMED CT first where it has the concept; our own code always, so a Bundle read back by Motus
  // gives exactly this condition; and our label as the text, which a person reads whatever is coded.
  Object::Ptr code = newObject();
  Array::Ptr codings = new Array;
  if (const auto snomed = snomedForCondition(condition.code)) {
    codings->add(coding(kSnomedSystem, snomed->snomed, snomed->display));
  }
  codings->add(coding(kMotusConditionSystem, condition.code, label));
  code->set("coding", codings);
  code->set("text", label);
  resource->set("code", code);
  resource->set("subject", reference(patient_url));
  if (!condition.since.empty()) resource->set("onsetDateTime", condition.since);  // YYYY[-MM[-DD]] is a dateTime
  if (!condition.note.empty()) {
    Object::Ptr note = newObject();
    note->set("text", condition.note);
    Array::Ptr notes = new Array;
    notes->add(note);
    resource->set("note", notes);
  }
  return resource;
}

// What the patient reads for one exercise: its name, the dosage in our plain words, and the
// therapist's note, as the handout says them.
std::string patientInstruction(const db::ProgramItem& item) {
  std::string text = item.exercise.spec.name + ":";
  const std::string dosage = dosageLine(item.dosage);
  if (!dosage.empty()) text += " " + dosage;
  if (!item.note.empty()) text += " " + item.note;
  return text;
}

Object::Ptr serviceRequestResource(const db::Program& program, const db::ProgramItem& item, const std::string& status,
                                   const std::string& patient_url, const std::string& plan_url) {
  Object::Ptr request = newObject();
  request->set("resourceType", "ServiceRequest");
  Array::Ptr based_on = new Array;
  based_on->add(reference(plan_url));
  request->set("basedOn", based_on);
  request->set("status", status);
  request->set("intent", "order");
  Array::Ptr categories = new Array;
  categories->add(physicalActivityCategory());
  categories->add(codeableConcept(coding(kSnomedSystem, "91251008", "Physical therapy procedure")));
  request->set("category", categories);
  Object::Ptr code = newObject();
  Array::Ptr codings = new Array;
  codings->add(coding(kSnomedSystem, "229065009", "Exercise therapy"));
  codings->add(coding(kMotusExerciseSystem, item.exercise.global_id, item.exercise.spec.name));
  code->set("coding", codings);
  code->set("text", item.exercise.spec.name);
  request->set("code", code);
  request->set("subject", reference(patient_url));
  if (const Object::Ptr timing = timingOf(item.dosage)) request->set("occurrenceTiming", timing);
  request->set("authoredOn", program.issued_at);
  if (!program.clinician.empty()) {
    Object::Ptr requester = newObject();
    requester->set("display", program.clinician);
    request->set("requester", requester);
  }
  if (!item.override_reason.empty()) {
    Object::Ptr note = newObject();
    note->set("text", "Prescribed despite an Avoid finding in screening: " + item.override_reason);
    Array::Ptr notes = new Array;
    notes->add(note);
    request->set("note", notes);
  }
  request->set("patientInstruction", patientInstruction(item));
  return request;
}

// The CarePlan's human-readable part, which US Core (and so the PA IG) asks for.
Object::Ptr narrative(const db::Program& program) {
  std::string div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + xhtmlEscaped(program.title) + " (version " +
                    std::to_string(program.version) + ")</p><ol>";
  for (const db::ProgramItem& item : program.items) div += "<li>" + xhtmlEscaped(patientInstruction(item)) + "</li>";
  div += "</ol></div>";
  Object::Ptr text = newObject();
  text->set("status", "generated");
  text->set("div", div);
  return text;
}

// `ended`: when the version that replaced it was issued; empty for the one in force.
Object::Ptr carePlanResource(const db::Program& program, const std::string& status, const std::string& patient_url,
                             const std::vector<std::string>& request_urls, const std::string& replaced_url,
                             const std::string& ended) {
  Object::Ptr plan = newObject();
  plan->set("resourceType", "CarePlan");
  plan->set("text", narrative(program));
  if (!replaced_url.empty()) {
    Array::Ptr replaces = new Array;
    replaces->add(reference(replaced_url));
    plan->set("replaces", replaces);
  }
  plan->set("status", status);
  plan->set("intent", "plan");
  Array::Ptr categories = new Array;
  categories->add(physicalActivityCategory());
  categories->add(codeableConcept(coding("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan")));
  plan->set("category", categories);
  plan->set("title", program.title);
  plan->set("description", "Home exercise program, version " + std::to_string(program.version) + ".");
  plan->set("subject", reference(patient_url));
  Object::Ptr period = newObject();
  period->set("start", program.issued_at);
  if (!ended.empty()) period->set("end", ended);
  plan->set("period", period);
  plan->set("created", program.issued_at);
  if (!program.clinician.empty()) {
    Object::Ptr author = newObject();
    author->set("display", program.clinician);
    plan->set("author", author);
  }
  Array::Ptr activities = new Array;
  for (const std::string& url : request_urls) {
    Object::Ptr activity = newObject();
    activity->set("reference", reference(url));
    activities->add(activity);
  }
  if (activities->size() > 0) plan->set("activity", activities);
  return plan;
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
