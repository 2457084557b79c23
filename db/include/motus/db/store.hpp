#pragma once
// The patient-record store: one SQLite file, one transaction per operation. Every change to patient
// data is written to the hash-chained audit log in the same transaction.
//
// Errors are the types of errors.hpp. Input rules that need the domain (valid UTF-8, real dates,
// known exercise ids) are checked by app/core before it calls the store; the store enforces what
// keeps the records whole: required fields, unique chart numbers, known condition codes, drafts
// versus issued programs.

#include <motus/db/records.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace motus::db {

// What opening does when there is no database at the path yet. Motus creates one only when asked:
// a mistyped path or a file emptied by a failed copy must not turn into a new, empty clinic.
enum class OpenMode {
  must_exist,         // refuse a missing or empty file (DatabaseNotFound, naming it)
  create_if_missing,  // create a missing file (and its folder); still refuse an empty file
  create,             // create a missing file, or initialise an empty (0-byte) one
};

class RecordImporter;

class Store {
 public:
  // How long an operation waits for another process's save before giving up with DatabaseBusy.
  static constexpr std::chrono::milliseconds kDefaultBusyTimeout{5000};

  // Opens the database, creating it only as `mode` allows; see errors.hpp for what it refuses and
  // why. A refused file is left byte for byte as it was, with nothing created beside it. A file
  // this user cannot write is opened for reading (readOnly()).
  explicit Store(const std::filesystem::path& path, OpenMode mode = OpenMode::must_exist,
                 std::chrono::milliseconds busy_timeout = kDefaultBusyTimeout);
  Store(const std::filesystem::path& path, std::chrono::milliseconds busy_timeout);  // must_exist
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  const std::filesystem::path& path() const;
  // The schema version of the file as opened (PRAGMA user_version): after the upgrade, if any.
  int schemaVersion() const;
  // Opened for reading only (the file or its folder is not writable): every change throws
  // ReadOnlyDatabase.
  bool readOnly() const;

  // Who is acting, for the audit log (a clinician's name).
  void setActor(std::string clinician);

  // --- Clinic -------------------------------------------------------------------------------
  ClinicProfile clinic() const;
  void saveClinic(const ClinicProfile& clinic);

  // --- Patients -----------------------------------------------------------------------------
  Id addPatient(const PatientDetails& details);
  void updatePatient(Id patient, const PatientDetails& details);
  Patient patient(Id patient) const;
  // Capital letters aside: "a-1001" finds A-1001, for they are one chart (a second patient under
  // either is refused).
  std::optional<Patient> findPatientByChart(const std::string& chart_number) const;
  // Every word of text must start a word of the chart number, family or given name; case and
  // accents are ignored. In name order, at most `limit`.
  std::vector<Patient> searchPatients(const std::string& text, bool include_archived = false, int limit = 50) const;
  std::vector<Patient> listPatients(bool include_archived = false) const;
  void setArchived(Id patient, bool archived);
  // For good: the patient, conditions and every program. Audited (without the patient's name).
  void deletePatient(Id patient);

  // The whole record as a form shows it, in one transaction: the details and, when given, exactly
  // these conditions (left as they are when not). A new patient when `patient` is empty; returns
  // the patient's id. addPatient and updatePatient are this without conditions.
  Id savePatientRecord(std::optional<Id> patient, const PatientDetails& details,
                       const std::optional<std::vector<PatientCondition>>& conditions);
  void setCondition(Id patient, const PatientCondition& condition);  // adds or replaces by code
  void removeCondition(Id patient, const std::string& code);
  std::vector<PatientCondition> conditions(Id patient) const;

  // --- Programs -----------------------------------------------------------------------------
  Id createDraft(Id patient, const std::string& title);
  // Replaces the draft's title and items in one transaction.
  void saveDraft(Id program, const std::string& title, const std::vector<ProgramItem>& items);
  void appendItem(Id program, const ProgramItem& item);
  // Reads the draft, lets `edit` change its title and items, and saves what it leaves, all in one
  // transaction: a change another process made meanwhile is never lost, and an exception thrown
  // by `edit` (a rule it checks) leaves the draft as it was. `summary` goes into the audit entry.
  void editDraft(Id program, const std::string& summary, const std::function<void(Program&)>& edit);
  void deleteDraft(Id program);
  // The program never changes again. `audit_note` is added to the audit entry (the overrides).
  void issueProgram(Id program, const std::string& audit_note = "");
  // The same, with `check` run on the draft inside the issuing transaction: it throws to refuse,
  // or returns the audit note. Nothing can change the draft between the check and the issue.
  // `check` may also settle what the items print for this patient (ProgramItem::patient_advice),
  // kept with the issued program in the same transaction.
  void issueProgram(Id program, const std::function<std::string(Program&)>& check);
  // A draft copy, linked to the issued program it replaces. Its overrides are not copied: each
  // Avoid is answered again for the new visit.
  Id newVersion(Id issued_program);
  Id copyLastProgram(Id patient);  // a new draft from the patient's latest issued program, likewise
  Program program(Id program) const;
  std::vector<ProgramSummary> programs(Id patient) const;

  // The handout choices kept with a program (any status: they are not the program's content).
  void saveHandoutSettings(Id program, const HandoutSettings& settings);
  std::optional<HandoutSettings> handoutSettings(Id program) const;

  // --- Templates ----------------------------------------------------------------------------
  // Creates the template, or replaces the items of the one with that name.
  Id saveTemplate(const std::string& name, const std::vector<TemplateItem>& items);
  std::vector<Template> templates() const;
  std::optional<Template> findTemplate(const std::string& name) const;
  std::optional<Template> templateWithId(Id template_id) const;
  // Copies the template's items onto the end of a draft; later template edits never reach it.
  void assignTemplate(Id template_id, Id draft_program);
  // Refuses a name another template has (InvalidRecord naming it).
  void renameTemplate(Id template_id, const std::string& name);
  // Programs made from it keep their copies.
  void deleteTemplate(Id template_id);

  // The exercise snapshots the programs of these patients (every patient's, when not given) and,
  // when asked, the templates refer to, by key. AlteredRecord when one was changed outside Motus.
  std::vector<std::pair<std::string, ExerciseSnapshot>> exerciseSnapshots(
      const std::optional<std::vector<Id>>& patients, bool with_templates) const;

  // Runs `read` (reads only) inside one read transaction: everything it reads is the database as
  // it was at one moment, however long it takes and whoever writes meanwhile (an export).
  void readConsistently(const std::function<void()>& read) const;

  // --- Records from elsewhere ---------------------------------------------------------------
  // Runs `work` inside one write transaction with an importer that writes records as they were in
  // another database (see record_import.hpp); all of it is saved, or, when `work` throws, none.
  void importRecords(const std::string& doing, const std::function<void(RecordImporter&)>& work);

  // --- Audit --------------------------------------------------------------------------------
  void recordExport(Id program, const std::string& summary);
  void recordPrint(Id program, const std::string& summary);
  // The patient's record left Motus as a whole (a FHIR Bundle): who sent it, when, and what.
  void recordPatientExport(Id patient, const std::string& summary);
  // Records left Motus as a Motus archive: the file's name, and what it holds.
  void recordArchiveExport(const std::string& file_name, const std::string& summary);
  std::vector<AuditEntry> auditLog() const;
  AuditVerification verifyAudit() const;
  // The newest row of the chain, and the hash of row `id` (nullopt when there is no such row).
  AuditHead auditHead() const;
  std::optional<std::string> auditHashAt(Id id) const;
  // Called after each commit that appended to the audit log, with the new head (so it can be kept
  // outside the database). Not called for a rolled-back transaction.
  void onAuditAppended(std::function<void(const AuditHead&)> listener);

  // --- Integrity and backup -----------------------------------------------------------------
  // SQLite's quick_check over the whole file: "ok", or what is damaged. Seconds on a huge file;
  // opening checks only the schema (see connection.cpp), the first change of a store's life runs
  // this check, and any damage seen makes the store refuse every later change (CorruptDatabase).
  std::string checkIntegrity() const;
  // Every table, index and trigger compared with what this Motus creates: a removed or edited
  // trigger (the protection of issued programs and of the audit log) is named. Empty when intact.
  std::vector<std::string> schemaProblems() const;
  // Every program whose content no longer matches its fingerprint or its snapshots' hashes.
  std::vector<AlteredProgram> alteredPrograms() const;
  // The names of templates holding an exercise whose text no longer matches its hash.
  std::vector<std::string> alteredTemplates() const;

  // A consistent copy made while the database stays in use; refuses to overwrite a file. A
  // damaged database is refused before anything is written (its copy would be damaged too), and a
  // copy that fails leaves no file behind.
  void backupTo(const std::filesystem::path& file) const;
  // Replaces `target` with `backup` after `backup` passes integrity_check. The database being
  // replaced is first copied to "<target>.before-restore-<time>" and that path is returned.
  static std::filesystem::path restore(const std::filesystem::path& backup, const std::filesystem::path& target);

  struct Impl;  // defined inside db/ only

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace motus::db
