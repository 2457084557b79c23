// The Patient and its Conditions, as fhir_export.cpp puts them in the Bundle (docs/fhir.md).
#include "fhir_resources.hpp"

#include <motus/core/snomed_conditions.hpp>
#include <motus/sdk/vocabulary.hpp>

namespace motus::core::fhir_json {

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

}  // namespace motus::core::fhir_json
