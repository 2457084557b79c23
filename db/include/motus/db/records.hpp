#pragma once
// The records Motus keeps, as plain values. Text is UTF-8; dates are ISO 8601 ("1950-02-03");
// times are UTC ISO 8601 with milliseconds ("2026-11-25T19:40:02.153Z").

#include <motus/sdk/dosage.hpp>
#include <motus/sdk/exercise.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motus::db {

using Id = std::int64_t;

struct ClinicProfile {
  std::string name;
  std::string address;
  std::string phone;
  std::string email;
  std::string logo;       // image bytes; empty for none
  std::string logo_type;  // "image/png", "image/svg+xml", ...

  friend bool operator==(const ClinicProfile&, const ClinicProfile&) = default;
};

struct PatientDetails {
  std::string chart_number;  // unique in the clinic
  std::string family_name;
  std::string given_name;
  std::string birth_date;  // "YYYY-MM-DD" or empty
  std::string phone;
  std::string email;
  std::string notes;

  friend bool operator==(const PatientDetails&, const PatientDetails&) = default;
};

struct Patient {
  Id id = 0;
  PatientDetails details;
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct PatientCondition {
  std::string code;   // from sdk::kConditions
  std::string note;   // free text: "T8 fracture 2019"
  std::string since;  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty

  friend bool operator==(const PatientCondition&, const PatientCondition&) = default;
};

// An exercise exactly as it was when it entered a program or template: the clinical record, kept
// so the program reprints identically after its plugin changes or disappears.
struct ExerciseSnapshot {
  std::string global_id;  // "plugin/exercise"
  std::string plugin_id;
  std::string plugin_version;
  sdk::ExerciseSpec spec;

  friend bool operator==(const ExerciseSnapshot&, const ExerciseSnapshot&) = default;
};

struct ProgramItem {
  ExerciseSnapshot exercise;
  sdk::Dosage dosage;
  std::string note;             // the therapist's note for the patient
  std::string override_reason;  // why an Avoid finding was overridden; empty when none was
  // The conditions whose Avoid the reason answers: a condition diagnosed later is not covered.
  std::vector<std::string> override_conditions;
  // Conditions whose Caution advice (sdk::SafetyRule::patient_advice) the therapist chose to leave
  // off the handout.
  std::vector<std::string> advice_left_out{};
  // The advice printed in this exercise's "Take care", settled when the program is issued (from
  // the patient's conditions then), so a reprint says what the patient was told. Empty in drafts.
  std::vector<std::string> patient_advice{};

  friend bool operator==(const ProgramItem&, const ProgramItem&) = default;
};

enum class ProgramStatus { draft, issued };

// The ids a program's fingerprint covers.
struct RecordIds {
  Id program = 0;
  Id patient = 0;
  std::optional<Id> previous;

  friend bool operator==(const RecordIds&, const RecordIds&) = default;
};

struct Program {
  Id id = 0;
  Id patient_id = 0;
  std::string title;
  ProgramStatus status = ProgramStatus::draft;
  int version = 1;                // 1 for a first program; +1 for each new version of it
  std::optional<Id> previous_id;  // the issued program this version replaces
  std::string clinician;          // who created it
  std::string created_at;
  std::string issued_at;           // empty while a draft
  std::vector<ProgramItem> items;  // in order
  // Of an issued program: the fingerprint (programFingerprint) recorded in the audit log when it
  // was issued; empty for a draft, or for one issued before Motus recorded fingerprints.
  std::string fingerprint;
  // Of a program imported from a Motus archive: the ids it had in the database that issued it,
  // which its fingerprint covers instead of its own (so the fingerprint on the handout stays the
  // one the patient was given). Empty for a program issued here.
  std::optional<RecordIds> issued_as;
  // What no longer matches its record because it was changed outside Motus ("exercise 2 (Ankle
  // pumps) no longer matches its stored hash"); empty when intact. Never printed or copied.
  std::vector<std::string> alterations;
};

struct ProgramSummary {
  Id id = 0;
  std::string title;
  ProgramStatus status = ProgramStatus::draft;
  int version = 1;
  std::string created_at;
  std::string issued_at;
  int item_count = 0;
  std::string clinician;          // who created it
  std::optional<Id> previous_id;  // the issued program this version replaces
};

// How a program's handout was made, kept so that a reprint years later is the same handout: the
// options, and the education topics as they read when chosen (plugins may change them later).
struct HandoutSettings {
  std::string paper = "a4";  // "a4" or "letter"
  bool large_print = false;
  bool pictures = true;
  int log_weeks = 2;
  std::vector<sdk::EducationTopic> education;
  // The handout's design, kept so that a reprint is the same file even after Motus prints new
  // handouts differently: 1 for settings kept before editions existed, 2 for those chosen from
  // 2026-11-30 on, 3 for every new handout.
  int edition = 3;
  // Edition 2: "compact" (several exercises a page, pictures beside the words) or "one-per-page".
  std::string layout = "compact";

  friend bool operator==(const HandoutSettings&, const HandoutSettings&) = default;
};

struct TemplateItem {
  ExerciseSnapshot exercise;
  sdk::Dosage dosage;
  std::string note;

  friend bool operator==(const TemplateItem&, const TemplateItem&) = default;
};

struct Template {
  Id id = 0;
  std::string name;
  std::vector<TemplateItem> items;
};

enum class AuditAction { create, update, remove, issue, exportation, print };

struct AuditEntry {
  Id id = 0;
  std::string at;
  std::string clinician;
  std::string action;  // "create", "update", "delete", "issue", "export", "print"
  std::string entity;  // "patient", "program", ...
  std::string entity_id;
  std::string summary;
  std::string previous_hash;
  std::string hash;
};

// The newest row of the audit chain, as kept outside the database to notice rows removed at its end.
struct AuditHead {
  Id last_id = 0;    // 0 for an empty log
  std::string hash;  // of that row; empty for an empty log

  friend bool operator==(const AuditHead&, const AuditHead&) = default;
};

// An issued program (or a draft) that no longer matches its record; see Program::alterations.
struct AlteredProgram {
  Id program = 0;
  Id patient = 0;  // 0 when the program itself is gone
  std::vector<std::string> alterations;
};

struct AuditVerification {
  bool intact = true;
  std::size_t rows = 0;
  std::string problem;  // the first break in the chain, e.g. "row 17 was changed after it was written"
};

}  // namespace motus::db
