#pragma once
// The resources of the Bundle fhir_export.cpp assembles, one builder each: the patient's in
// fhir_patient_resources.cpp, a program's in fhir_plan_resources.cpp. References between them are
// the entries' fullUrls, which the caller chooses.

#include <motus/core/fhir.hpp>

#include "fhir_json.hpp"

#include <string>
#include <vector>

namespace motus::core::fhir_json {

Object::Ptr patientResource(const FhirRecord& record, const FhirOptions& options);
Object::Ptr conditionResource(const db::PatientCondition& condition, const std::string& patient_url);

// `status`: "active" for the version in force, "revoked" for one a later version replaced.
Object::Ptr serviceRequestResource(const db::Program& program, const db::ProgramItem& item, const std::string& status,
                                   const std::string& patient_url, const std::string& plan_url);
// `replaced_url`: the CarePlan of the version before (empty for none); `ended`: when the version
// that replaced this one was issued (empty for the one in force).
Object::Ptr carePlanResource(const db::Program& program, const std::string& status, const std::string& patient_url,
                             const std::vector<std::string>& request_urls, const std::string& replaced_url,
                             const std::string& ended);

}  // namespace motus::core::fhir_json
