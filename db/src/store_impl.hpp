#pragma once
// What the store's operations share: the connection, cached statements, the clock, snapshots and
// the audit chain.

#include "connection.hpp"
#include "sha256.hpp"

#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace motus::db {

// True for the SQLite errors that mean the file is damaged.
inline bool isDamage(const SQLite::Exception& error) {
  return error.getErrorCode() == SQLITE_CORRUPT || error.getErrorCode() == SQLITE_NOTADB;
}

// A cached prepared statement in use. Resetting it when the handle goes out of scope ends its
// implicit read transaction, so the next statement sees what other processes committed since.
// Damage met while it runs is remembered in `damage`, so the store refuses every later change.
class Prepared {
 public:
  Prepared(SQLite::Statement& statement, std::string& damage) : statement_(statement), damage_(damage) {}
  ~Prepared() { statement_.tryReset(); }
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;

  template <typename... Args>
  void bind(Args&&... args) {
    statement_.bind(std::forward<Args>(args)...);
  }
  int exec() {
    try {
      return statement_.exec();
    } catch (const SQLite::Exception& error) {
      noteDamage(error);
      throw;
    }
  }
  bool executeStep() {
    try {
      return statement_.executeStep();
    } catch (const SQLite::Exception& error) {
      noteDamage(error);
      throw;
    }
  }
  SQLite::Column getColumn(int index) { return statement_.getColumn(index); }
  void reset() { statement_.reset(); }

 private:
  void noteDamage(const SQLite::Exception& error) {
    if (isDamage(error) && damage_.empty()) damage_ = error.what();
  }

  SQLite::Statement& statement_;
  std::string& damage_;
};

struct Store::Impl {
  std::filesystem::path path;
  std::unique_ptr<SQLite::Database> db;
  std::string actor = "unknown";
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;
  // The head written by the open transaction, told to the listener once it commits.
  std::optional<AuditHead> appended;
  std::function<void(const AuditHead&)> audit_listener;
  bool read_only = false;  // opened for reading: the user cannot write the file or its folder
  // What SQLite said of the damage it met, or empty while none was seen. Once set, every change
  // is refused for the rest of this store's life.
  std::string damage;
  bool checked_before_write = false;  // the quick_check of the first change has run

  // Refuses a change to a read-only or damaged database; before the first change of this store's
  // life, runs PRAGMA quick_check over the whole file (about 0.15 s at 100,000 patients and
  // 500,000 program items, motus_bench_records on a busy 2-core machine).
  void beforeWrite(const std::string& doing);
  // "ok", or what quick_check found (damage bad enough to stop it included); remembers damage.
  std::string quickCheck();

  // A prepared statement, kept for reuse, with its bindings cleared.
  Prepared statement(const std::string& sql);

  // One write transaction that takes the write lock at once, so two writers queue instead of
  // failing halfway.
  SQLite::Transaction writeTransaction() { return SQLite::Transaction(*db, SQLite::TransactionBehavior::IMMEDIATE); }

  // Appends to the audit chain; call inside the write transaction of the change it records.
  void audit(std::string_view action, std::string_view entity, const std::string& entity_id,
             const std::string& summary);

  // Stores the snapshot once and returns its key; `key`, when given, is its key computed already.
  std::string putSnapshot(const ExerciseSnapshot& snapshot, const std::string* key = nullptr);
  // The snapshot stored under that key. `intact` is set false when its text no longer hashes to
  // the key (changed outside Motus); without `intact`, that throws AlteredRecord.
  ExerciseSnapshot getSnapshot(const std::string& sha256, bool* intact = nullptr);
  // Snapshots read and found intact, by key: their text and what it says.
  std::unordered_map<std::string, std::pair<std::string, ExerciseSnapshot>> snapshot_cache;
  static constexpr std::size_t kSnapshotsCached = 2048;
  // Keys put in this store's life. Cleared when a transaction rolls back (its rows are gone).
  std::unordered_set<std::string> stored_snapshots;

  // Programs and their state.
  // With Program::fingerprint and Program::alterations filled in (see verifyAgainstAuditLog).
  Program loadProgram(Id id);
  // Compares the program with the audit log: an issued one with the fingerprint its one issue
  // row recorded; a draft must have no issue row.
  void verifyAgainstAuditLog(Program& program);
  // The first audit row from which every issue row carries a fingerprint (schema 2 on).
  Id fingerprintEra();
  std::optional<Id> fingerprint_era;
  // Throws AlteredRecord when the program was changed outside Motus (`doing` says what was refused).
  Program loadUnaltered(Id id, const std::string& doing);
  void requireDraft(Id program, const std::string& doing);
  // `keys`, when given, are the items' snapshot keys computed already (see CheckedProgram).
  void insertItems(Id program, int first_position, const std::vector<ProgramItem>& items,
                   const std::vector<std::string>* keys = nullptr);
  // Binds parameters 3 to 8 of a program_item or template_item insert: exercise id, plugin id
  // and version, snapshot key (storing the snapshot), dosage JSON, note.
  void bindPrescription(Prepared& insert, const ExerciseSnapshot& exercise, const sdk::Dosage& dosage,
                        const std::string& note, const std::string* key = nullptr);
  // Issued programs: the advice each item printed, settled when it was issued.
  void keepPatientAdvice(Id program, const std::vector<ProgramItem>& items);
  void insertTemplateItems(Id template_id, const std::vector<TemplateItem>& items);
  ClinicProfile readClinic();
  void writeClinic(const ClinicProfile& clinic);
  Id insertDraft(Id patient, const std::string& title, int version, std::optional<Id> previous);
  void requirePatient(Id patient);
};

// The end of an issue row's summary: "; fingerprint <64 hex>". fingerprintIn reads it back ("" when
// the summary has none: a program issued before fingerprints were recorded).
std::string fingerprintNote(const std::string& fingerprint);
std::string fingerprintIn(const std::string& summary);

// Program::issued_as as stored ("program,patient,previous"; empty for none), and back.
std::string recordIdsText(const RecordIds& ids);
std::optional<RecordIds> recordIdsFrom(const std::string& text);

// Binds parameters 1 to 7 of a patient insert or update: chart number, family and given name,
// birth date, phone, email, notes.
void bindPatientDetails(Prepared& statement, const PatientDetails& details);

// "2026-11-25T19:40:02.153Z"
std::string utcNow();

// snapshotToJson without the copy, for text read at once (a fingerprint): valid only until the
// next snapshot is serialised on this thread. With `key`, sets it to snapshotKey(snapshot) too,
// from the same look-up (comparing a snapshot with the one serialised costs a few microseconds).
const std::string& serializedSnapshot(const ExerciseSnapshot& snapshot, std::string* key = nullptr);

// programFingerprint, setting `snapshot_keys` (when given) to each item's snapshot key on the way.
std::string programFingerprint(const Program& program, std::vector<std::string>* snapshot_keys);

// Runs work inside one write transaction, committing on success; SQLite errors are translated.
// Refused at once on a read-only or damaged database (see Impl::beforeWrite).
template <typename Work>
auto inWriteTransaction(Store::Impl& impl, const std::string& doing, Work&& work) {
  impl.beforeWrite(doing);
  impl.appended.reset();
  const auto committed = [&impl] {
    if (impl.appended && impl.audit_listener) impl.audit_listener(*impl.appended);
    impl.appended.reset();
  };
  return detail::translated(doing, [&] {
    try {
      SQLite::Transaction transaction = impl.writeTransaction();
      if constexpr (std::is_void_v<decltype(work())>) {
        work();
        transaction.commit();
        committed();
      } else {
        auto result = work();
        transaction.commit();
        committed();
        return result;
      }
    } catch (const SQLite::Exception& error) {
      if (isDamage(error) && impl.damage.empty()) impl.damage = error.what();
      impl.stored_snapshots.clear();
      impl.appended.reset();
      throw;
    } catch (...) {
      impl.stored_snapshots.clear();  // rolled back: what it stored and appended is not there
      impl.appended.reset();
      throw;
    }
  });
}

}  // namespace motus::db
