#pragma once
// The patient-record store with the domain's rules in front of it: what a person types is checked
// here (readable UTF-8, real dates, sane dosage) before db/ stores it, and exercises from the
// catalog become snapshots for the clinical record.

#include <motus/core/catalog.hpp>
#include <motus/core/screening.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace motus::core {

// Problems with what a person typed, in words they can act on; empty when it can be saved.
std::vector<std::string> patientProblems(const db::PatientDetails& details);
std::vector<std::string> conditionProblems(const db::PatientCondition& condition);

// True for a real calendar date written "YYYY-MM-DD".
bool isIsoDate(const std::string& text);

// "10" or "10-15" (also "10 to 15"); nullopt when text is not a whole number or range.
std::optional<sdk::Range> parseRange(const std::string& text);

// The exercise as it is now, for the record.
db::ExerciseSnapshot snapshotOf(const CatalogEntry& entry);

class Records {
 public:
  explicit Records(const std::filesystem::path& database);

  db::Store& store() { return store_; }
  const db::Store& store() const { return store_; }

  // These check the input first and throw db::InvalidRecord listing every problem.
  db::Id addPatient(db::PatientDetails details);
  void updatePatient(db::Id patient, db::PatientDetails details);
  void setCondition(db::Id patient, const db::PatientCondition& condition);
  // The details and exactly these conditions, checked together and saved in one transaction (a
  // new patient when `patient` is empty). Returns the patient's id.
  db::Id savePatientRecord(std::optional<db::Id> patient, db::PatientDetails details,
                           const std::vector<db::PatientCondition>& conditions);

  // The patient with this chart number; throws db::RecordNotFound naming it.
  db::Patient patientByChart(const std::string& chart_number) const;

  // Appends an exercise from the catalog to a draft with the given dosage (the exercise's
  // default when none) after checking that the dosage is one a patient can follow.
  void prescribe(db::Id draft, const CatalogEntry& exercise, const std::optional<sdk::Dosage>& dosage,
                 const std::string& note, const std::string& override_reason);

  // The findings for a program and its patient's conditions as they are now.
  std::vector<Finding> findings(db::Id program) const;

  // Records why the Avoid findings of the draft's item at `position` (from 1) are safe for this
  // patient. It answers the conditions the patient has now; one diagnosed later needs its own.
  void overrideAvoid(db::Id draft, std::size_t position, const std::string& reason);

  // Issues the program after screening it: refuses (db::InvalidRecord naming each one) while an
  // Avoid finding has no override reason; the overrides go into the audit log.
  void issue(db::Id program);

 private:
  db::Store store_;
};

}  // namespace motus::core
