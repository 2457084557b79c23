#pragma once
// The one way into the patient records. Every change the window or motus-cli makes is one of the
// operations below: each checks what a person typed (readable UTF-8, real dates, a dosage a
// patient can follow, a reason for an override) and is done by db/ in one transaction. Reads go
// through the const store(); nothing outside app/core can write through it.
//
// Errors: db::InvalidRecord lists every problem with the input, db::RecordNotFound names what is
// missing, db::ImmutableRecord refuses a change to an issued program; nothing was saved.

#include <motus/core/audit_anchor.hpp>
#include <motus/core/calendar_date.hpp>
#include <motus/core/catalog.hpp>
#include <motus/core/draft_history.hpp>
#include <motus/core/screening.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace motus::core {

class HandoutJob;
struct ArchiveImport;
struct ImportOptions;
// See archive.hpp.
using ArchiveProgress = std::function<void(const std::string& doing, std::uint64_t done, std::uint64_t total)>;

// Problems with what a person typed, in words they can act on; empty when it can be saved. The
// date of birth is "YYYY-MM-DD", or with `typed_dates` also the clinic's style (see
// calendar_date.hpp: what a person types in the window; archives and motus-cli take ISO only);
// it must be from 1900 up to today.
std::vector<std::string> patientProblems(const db::PatientDetails& details,
                                         const std::optional<DateStyle>& typed_dates = std::nullopt);
std::vector<std::string> conditionProblems(const db::PatientCondition& condition);
// The name, address and contacts must be readable text; a logo must be a PNG, JPEG or a safe SVG
// (see core::loadImage), its media type matching its bytes.
std::vector<std::string> clinicProblems(const db::ClinicProfile& clinic);

// The program the patient has now: the one issued last (by date, then id); none before the first
// is issued. `programs` as db::Store::programs lists them.
std::optional<db::Id> currentProgram(const std::vector<db::ProgramSummary>& programs);

// True for a real calendar date written "YYYY-MM-DD".
bool isIsoDate(const std::string& text);

// "10" or "10-15" (also "10 to 15"), in digits only; nullopt when text is not a whole number or
// range that fits an int ("2147483648", "1e3", "12abc", "-0" are not).
std::optional<sdk::Range> parseRange(const std::string& text);

// A number or range a person typed for `what` ("--reps", "reps"), with whole numbers from `minimum`
// to `maximum`: the range, or the problem in words naming `what` and the allowed numbers. An
// inverted range ("15-10") is read as it is; core::dosageProblems refuses it.
struct RangeInput {
  std::optional<sdk::Range> range;
  std::string problem;  // empty when range holds the value
};
RangeInput readRange(const std::string& what, const std::string& text, int minimum, int maximum);

// The exercise as it is now, for the record.
db::ExerciseSnapshot snapshotOf(const CatalogEntry& entry);

class Records {
 public:
  // Opens the database; a missing or empty file is created only as `mode` allows (see
  // db::OpenMode), otherwise db::DatabaseNotFound names it.
  explicit Records(const std::filesystem::path& database, db::OpenMode mode = db::OpenMode::must_exist);

  // For reading only: every change is one of the operations below.
  const db::Store& store() const { return store_; }

  // Who is acting, for the audit log: the clinician's name (trimmed; must be readable text).
  void setActor(const std::string& clinician);
  // Who is acting, as set ("unknown" until it is).
  const std::string& actor() const { return actor_; }
  // How the clinic writes dates: once set (the window sets the user's locale), a date of birth
  // may be typed that way; until then only "YYYY-MM-DD" is taken, as motus-cli documents.
  void setDateStyle(const DateStyle& style) { typed_dates_ = style; }
  // As set; "YYYY-MM-DD" until it is.
  DateStyle dateStyle() const { return typed_dates_.value_or(DateStyle{DateOrder::year_month_day, '-'}); }

  // --- Patients and their conditions ---------------------------------------------------------
  db::Id addPatient(db::PatientDetails details);
  void updatePatient(db::Id patient, db::PatientDetails details);
  // The details and exactly these conditions, checked together and saved in one transaction (a
  // new patient when `patient` is empty). Returns the patient's id.
  db::Id savePatientRecord(std::optional<db::Id> patient, db::PatientDetails details,
                           const std::vector<db::PatientCondition>& conditions);
  void setCondition(db::Id patient, const db::PatientCondition& condition);
  void removeCondition(db::Id patient, const std::string& code);
  void setArchived(db::Id patient, bool archived);
  // For good: the patient, conditions and every program.
  void deletePatient(db::Id patient);

  // The patient with this chart number; throws db::RecordNotFound naming it.
  db::Patient patientByChart(const std::string& chart_number) const;
  // Records in the audit log that the patient's record is leaving Motus (core::fhirBundle does,
  // before the Bundle is written anywhere).
  void recordPatientExport(db::Id patient, const std::string& summary);
  // Records in the audit log that records left Motus as an archive (core::exportArchive does,
  // once the file is written and before it takes its name).
  void recordArchiveExport(const std::string& file_name, const std::string& summary);

  // --- Drafts: every change is saved as it is made ---------------------------------------------
  db::Id createDraft(db::Id patient, const std::string& title);
  void renameDraft(db::Id draft, const std::string& title);
  // Only a draft: an issued program is part of the record for good.
  void deleteDraft(db::Id draft);

  // Appends an exercise from the catalog to a draft with the given dosage (the exercise's
  // default when none) after checking that the dosage is one a patient can follow.
  // `at` (from 1) puts it there instead, the exercises from there on moving down one.
  void prescribe(db::Id draft, const CatalogEntry& exercise, const std::optional<sdk::Dosage>& dosage,
                 const std::string& note, const std::string& override_reason,
                 std::optional<std::size_t> at = std::nullopt);
  // Items are numbered from 1, as the window and the handout show them. `expected` is the item
  // the person saw at that number: when the draft has changed since, nothing is changed and
  // db::InvalidRecord says to look again (the window always passes it).
  void editItem(db::Id draft, std::size_t position, const sdk::Dosage& dosage, const std::string& note,
                const std::optional<db::ProgramItem>& expected = std::nullopt);
  // The item at `from` ends up at `to`; the others keep their order.
  void moveItem(db::Id draft, std::size_t from, std::size_t to,
                const std::optional<db::ProgramItem>& expected = std::nullopt);
  void removeItem(db::Id draft, std::size_t position, const std::optional<db::ProgramItem>& expected = std::nullopt);

  // --- Undo and redo: this session's changes to a draft -----------------------------------------
  // Every change above (and renaming, adding a template) made through these Records can be taken
  // back in turn, newest first, until the draft is issued or deleted: a removed exercise returns
  // at its place with its dosage, note, override reason and advice choices. Each undo or redo is
  // one transaction and one audit entry, like the change it takes back.
  //
  // What Undo (Redo) would take back (put again) in words ("removing Heel slide"); none when
  // there is nothing.
  std::optional<std::string> undoable(db::Id draft) const;
  std::optional<std::string> redoable(db::Id draft) const;
  // Refuse with db::InvalidRecord, changing nothing, when there is nothing to undo (redo), or when
  // the draft was changed another way since (another window, motus-cli, another therapist): that
  // change is never lost to an undo, and the draft's steps are forgotten.
  void undo(db::Id draft);
  void redo(db::Id draft);

  // Puts `replacement` (an easier or harder version, see CatalogEntry::regressions) in place of the
  // draft's exercise at `position`, keeping the dosage and note the therapist set. An override
  // reason answered the old exercise's Avoid: it is not carried over, so a new Avoid is answered
  // for the new exercise. One step for undo.
  void replaceExercise(db::Id draft, std::size_t position, const CatalogEntry& replacement,
                       const std::optional<db::ProgramItem>& expected = std::nullopt);

  // The findings for a program and its patient's conditions as they are now.
  std::vector<Finding> findings(db::Id program) const;

  // Records why the Avoid findings of the draft's item at `position` (from 1) are safe for this
  // patient. It answers the conditions the patient has now; one diagnosed later needs its own.
  void overrideAvoid(db::Id draft, std::size_t position, const std::string& reason,
                     const std::optional<db::ProgramItem>& expected = std::nullopt);

  // Leaves the patient advice of the Caution for `condition` off (or puts it back on) the handout
  // of the draft's item at `position` (from 1).
  void setAdviceLeftOut(db::Id draft, std::size_t position, const std::string& condition, bool left_out,
                        const std::optional<db::ProgramItem>& expected = std::nullopt);

  // Issues the program after screening it: refuses (db::InvalidRecord naming each one) while an
  // Avoid finding has no override reason; the overrides go into the audit log.
  void issue(db::Id program);
  // A draft copy of an issued program, linked to it as its next version. Overrides are not
  // copied: each Avoid is answered again for the new visit (see previousOverrides).
  db::Id newVersion(db::Id issued_program);
  // A new draft from the patient's latest issued program, likewise.
  db::Id copyLastProgram(db::Id patient);

  // --- Visits (visit_records.cpp) ---------------------------------------------------------------
  // The next visit of the patient's current program (see currentProgram): the draft already
  // started as its next version, or a new one. So a second click never makes a second draft.
  // Throws db::RecordNotFound when the patient has no issued program yet.
  struct NextVisit {
    db::Id draft = 0;
    bool started_now = false;  // false: the draft was already there
  };
  NextVisit nextVisit(db::Id patient);
  // For each of the draft's items, the reason its previous version gave for overriding the Avoid
  // of the same exercise, where that override answered every condition the item is Avoid for now;
  // empty elsewhere (no Avoid now, none overridden then, or the previous version was altered).
  std::vector<std::string> previousOverrides(const db::Program& draft) const;

  // --- Templates --------------------------------------------------------------------------------
  // The program's exercises, dosage and notes as a template (replacing the one of that name).
  db::Id saveTemplate(const std::string& name, db::Id from_program);
  // Appends the template's items to the draft; later edits of the template never reach it.
  void assignTemplate(db::Id template_id, db::Id draft);
  void renameTemplate(db::Id template_id, const std::string& name);
  void deleteTemplate(db::Id template_id);
  // The template with this name; throws db::RecordNotFound naming it.
  db::Template templateNamed(const std::string& name) const;

  // --- The clinic ---------------------------------------------------------------------------------
  // The name, address and contacts must be readable text; a logo must be a PNG, JPEG or a safe
  // SVG (see core::loadImage), its media type matching its bytes.
  void saveClinic(const db::ClinicProfile& clinic);

  // --- Backups ------------------------------------------------------------------------------------
  // A consistent copy (see db::Store::backupTo); its audit log's newest row is kept outside it too,
  // so the backup can be checked later like the database.
  void backupTo(const std::filesystem::path& file) const;
  // Replaces the database file `target` (not open) with `backup`; see db::Store::restore. The
  // record of the audit log kept outside the database then follows the restored log.
  static std::filesystem::path restore(const std::filesystem::path& backup, const std::filesystem::path& target);

  // --- Records from a Motus archive (archive.hpp) -------------------------------------------------
  // Reads the whole archive first and refuses it (ArchiveError, naming the JSON path and what to
  // do) before anything is written; then imports it in one transaction: all of it or nothing.
  // Issued programs stay issued, with their dates and fingerprints, and reprint as they did; the
  // audit log records the import (what, from which file, by whom), not the history it came from.
  ArchiveImport importArchive(const std::filesystem::path& file, const ImportOptions& options,
                              const ArchiveProgress& progress = {});

  // --- Changes made outside Motus -----------------------------------------------------------------
  // The audit log compared with its newest row as recorded outside the database (AuditAnchor).
  AnchorCheck anchorCheck() const;
  // Keeps the current log's newest row as the record from now on: for a database file that was
  // replaced on purpose by another copy. Logged.
  void trustCurrentAuditLog();

 private:
  // `is_new`: no database was at the path (or an empty file), so an anchor left there by an
  // earlier database is replaced, not compared.
  Records(const std::filesystem::path& database, db::OpenMode mode, bool is_new);

  friend class HandoutJob;  // keeps the handout settings and audits exports and prints

  // The audit note of issuing (the overrides), or db::InvalidRecord while an Avoid is unanswered.
  std::string issueCheck(const db::Program& draft) const;
  // Runs `edit` on the draft inside one transaction and keeps the step for undo; `edit` returns
  // the step's label (see undoable) and throws to change nothing.
  void editDraft(db::Id draft, const std::string& summary, const std::function<std::string(db::Program&)>& edit);
  // Undo (back) or redo one step of the draft's history.
  void stepDraft(db::Id draft, bool back);

  db::Store store_;
  std::string actor_ = "unknown";
  std::optional<DateStyle> typed_dates_;
  AuditAnchor anchor_;
  bool anchor_started_ = false;  // no anchor was kept before this open
  DraftHistory history_;
};

}  // namespace motus::core
