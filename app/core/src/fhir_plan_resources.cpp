// A program as the EHR receives it: a CarePlan per issued version, a ServiceRequest per exercise.
#include "fhir_resources.hpp"

#include "fhir_timing.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/html_handout.hpp>  // htmlEscape: the CarePlan's XHTML narrative
#include <motus/core/snomed_conditions.hpp>

namespace motus::core::fhir_json {
namespace {

// What the patient reads for one exercise: its name, the dosage in our plain words, and the
// therapist's note, as the handout says them.
std::string patientInstruction(const db::ProgramItem& item) {
  std::string text = item.exercise.spec.name + ":";
  const std::string dosage = dosageLine(item.dosage);
  if (!dosage.empty()) text += " " + dosage;
  if (!item.note.empty()) text += " " + item.note;
  return text;
}

// The CarePlan's human-readable part, which US Core (and so the PA IG) asks for.
Object::Ptr narrative(const db::Program& program) {
  std::string div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + htmlEscape(program.title) + " (version " +
                    std::to_string(program.version) + ")</p><ol>";
  for (const db::ProgramItem& item : program.items) div += "<li>" + htmlEscape(patientInstruction(item)) + "</li>";
  div += "</ol></div>";
  Object::Ptr text = newObject();
  text->set("status", "generated");
  text->set("div", div);
  return text;
}

}  // namespace

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

}  // namespace motus::core::fhir_json
