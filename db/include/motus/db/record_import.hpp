#pragma once
// Records brought in from another database (a Motus archive), written as they were there: an
// issued program stays issued, with its dates, its clinician and its fingerprint. Only
// Store::importRecords hands one out, inside its one transaction, so an import is all or nothing.
//
// The importer keeps what keeps the records whole (unique chart numbers and template names, known
// condition codes, issued programs that match their fingerprint); what a person would have typed
// (readable text, real dates) is checked by app/core first, as for every other change.

#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <optional>
#include <string>
#include <vector>

namespace motus::db {

// A program brought in, with an issued one checked against its fingerprint over its ids where it
// was issued (`program.issued_as`): the content is what that database issued. The check hashes
// every exercise's whole text, the costliest part of an import, and needs no database, so an
// import runs it beside the writing. Only check() makes one: addProgram takes no unchecked program.
class CheckedProgram {
 public:
  // Throws AlteredRecord when an issued program does not match `fingerprint`, InvalidRecord when it
  // does not say which ids its fingerprint covers. A draft needs no fingerprint.
  static CheckedProgram check(Program program, std::string fingerprint);

  const Program& program() const { return program_; }
  const std::string& fingerprint() const { return fingerprint_; }
  // Each item's exercise snapshot key, found here too rather than by the writing.
  const std::vector<std::string>& snapshotKeys() const { return snapshot_keys_; }

 private:
  CheckedProgram(Program program, std::string fingerprint, std::vector<std::string> snapshot_keys)
      : program_(std::move(program)), fingerprint_(std::move(fingerprint)), snapshot_keys_(std::move(snapshot_keys)) {}
  Program program_;
  std::string fingerprint_;
  std::vector<std::string> snapshot_keys_;
};

class RecordImporter {
 public:
  explicit RecordImporter(Store::Impl& impl) : impl_(impl) {}

  // Capital letters aside, as the store compares chart numbers.
  bool chartNumberTaken(const std::string& chart_number) const;
  bool templateNameTaken(const std::string& name) const;

  // A new patient with these conditions; `patient.id` is ignored, its dates and archived state are
  // kept. `audit_note` says where it came from ("imported from clinic.motus.json").
  Id addPatient(const Patient& patient, const std::vector<PatientCondition>& conditions, const std::string& audit_note);

  // A program of `patient` as it was elsewhere; `program.id`, `patient_id`, `previous_id`,
  // `fingerprint` and `alterations` are not read. `previous` is the program it replaces, already
  // imported. An issued program is recorded in the audit log as issued there, with its
  // fingerprint. A draft keeps no patient advice.
  Id addProgram(Id patient, const CheckedProgram& checked, std::optional<Id> previous,
                const std::optional<HandoutSettings>& settings, const std::string& audit_note);

  Id addTemplate(const std::string& name, const std::vector<TemplateItem>& items, const std::string& audit_note);

  ClinicProfile clinic() const;
  void saveClinic(const ClinicProfile& clinic, const std::string& audit_note);

  // One more row in the audit log, for what the whole import did.
  void audit(const std::string& entity, const std::string& entity_id, const std::string& summary);

 private:
  Store::Impl& impl_;
};

}  // namespace motus::db
