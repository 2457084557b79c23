#pragma once
// A patient's record as FHIR R4, out to an EHR and in from a referral (docs/fhir.md has the
// mapping and where it departs from the HL7 Physical Activity IG).
//
// Out: a Bundle of type "collection" with the Patient, a Condition per recorded condition, and per
// issued program a CarePlan whose activities are a ServiceRequest per exercise. Drafts stay out:
// nothing has been prescribed by them yet.
// In: a Bundle (or a lone Patient) with a Patient and its Conditions becomes the Motus record
// with that chart number, created or updated through Records::savePatientRecord, so it is one
// transaction and audited. What cannot become a Motus condition is kept in the patient's notes.

#include <motus/core/records.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace motus::core {

// The identifier system under which the chart number travels when the clinic names none.
inline constexpr char kChartNumberSystem[] = "urn:motus:chart-number";
// Our own codes, written beside SNOMED CT so that a Bundle read back gives the same conditions and
// exercises even where SNOMED CT has no concept of its own for them.
inline constexpr char kMotusConditionSystem[] = "urn:motus:condition";
inline constexpr char kMotusExerciseSystem[] = "urn:motus:exercise";

// A FHIR file that cannot be read as what it claims to be; what() names the JSON path
// ("Bundle.entry[2].resource.birthDate ...") and nothing was changed.
class FhirInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FhirOptions {
  // Which identifier of the Patient holds the chart number (a clinic may use its EHR's system).
  std::string identifier_system = kChartNumberSystem;
};

// --- Out ------------------------------------------------------------------------------------------
// The Bundle for the patient with this chart number, as JSON text (UTF-8, indented); the export
// is in the audit log before the text is returned. Throws db::RecordNotFound when there is no such
// patient, db::AlteredRecord when one of its issued programs was changed outside Motus.
std::string fhirBundle(Records& records, const std::string& chart_number, const FhirOptions& options = {});

// The same Bundle from records already read, with `timestamp` as Bundle.timestamp: what the
// function above does once it has read them, and what tests call to get a Bundle of their making.
struct FhirRecord {
  db::Patient patient;
  std::vector<db::PatientCondition> conditions;
  std::vector<db::Program> programs;  // issued ones are written; drafts are skipped
  std::string clinic_name;            // the identifier's assigner; empty for none
};
std::string fhirBundle(const FhirRecord& record, const std::string& timestamp, const FhirOptions& options = {});

// Writes `text` to `file` through a temporary file beside it, so a failed write never leaves half
// a Bundle under the chosen name. Refuses an existing file unless `replace` (std::runtime_error,
// which also says why a write failed).
void writeFhirFile(const std::filesystem::path& file, const std::string& text, bool replace);

// --- In -------------------------------------------------------------------------------------------
struct FhirImportReport {
  bool created = false;  // a new patient; else an existing one was updated
  bool changed = false;  // false: the record already said all of it, nothing was saved
  db::Id patient = 0;
  std::string chart_number;
  std::string name;                           // "Family, Given", for the message
  std::vector<std::string> details_changed;   // "date of birth", "phone", ...
  std::vector<std::string> conditions_added;  // labels from sdk::kConditions
  std::vector<std::string> conditions_kept;   // already recorded: the therapist's entry stays
  std::vector<std::string> notes_added;       // lines appended to the patient's notes
  std::vector<std::string> ignored;           // resources the import does not read ("Practitioner")
};

// Reads the referral in `json` and saves it; throws FhirInputError for a file that is not a usable
// FHIR Bundle or Patient, db::InvalidRecord for one whose values Motus refuses. `today` dates the
// notes ("From referral 2026-12-02: ...").
FhirImportReport importFhir(Records& records, const std::string& json, const std::string& today,
                            const FhirOptions& options = {});

}  // namespace motus::core
