#pragma once
// The record the FHIR export tests send: a patient with a coded and an uncoded condition, and a
// program issued in two versions (plus a draft, which must stay out of the Bundle).

#include "../support/sample_records.hpp"

#include <motus/core/records.hpp>

#include <filesystem>

namespace motus::test {

inline core::CatalogEntry catalogEntry(const db::ExerciseSnapshot& snapshot) {
  return {snapshot.global_id, snapshot.plugin_id, "Foam rolling", snapshot.plugin_version, snapshot.spec, {}, {}};
}

inline sdk::Dosage chinTuckDosage(int days_per_week) {
  sdk::Dosage dosage;
  dosage.reps = sdk::Range::exactly(10);
  dosage.hold_seconds = sdk::Range::exactly(5);
  dosage.days_per_week = sdk::Range::exactly(days_per_week);
  dosage.session_minutes = sdk::Range::between(10, 15);
  return dosage;
}

// Returns the ids of the first and the second issued version.
inline std::pair<db::Id, db::Id> prepareExportRecord(const std::filesystem::path& database) {
  core::Records records(database);
  records.setActor("Dr. Lee, PT");
  db::ClinicProfile clinic;
  clinic.name = "Riverside Physio";
  records.saveClinic(clinic);
  const db::Id patient = records.addPatient(samplePatient("A-1001", "Nguyễn", "Mai"));
  records.setCondition(patient, {"osteoporosis", "T-score -2.8", "2021-05"});
  records.setCondition(patient, {"trauma-not-cleared", "", ""});

  const db::Id first = records.createDraft(patient, "Upper back & neck");
  sdk::Dosage arch;
  arch.reps = sdk::Range::between(8, 10);
  arch.times_per_day = sdk::Range::between(1, 2);
  records.prescribe(first, catalogEntry(sampleSnapshot()), arch, "Go slowly.", "Surgeon cleared rolling on 2026-11-01");
  db::ExerciseSnapshot chin = sampleSnapshot("chin-tuck", "Chin tuck");
  chin.spec.safety.clear();
  records.prescribe(first, catalogEntry(chin), chinTuckDosage(5), "", "");
  records.issue(first);

  const db::Id second = records.newVersion(first);
  records.overrideAvoid(second, 1, "Surgeon cleared rolling on 2026-11-01");  // confirmed for the new visit
  records.editItem(second, 2, chinTuckDosage(3), "");
  records.issue(second);
  records.createDraft(patient, "Not given yet");
  return {first, second};
}

}  // namespace motus::test
