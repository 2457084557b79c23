#pragma once
// What the store's operations share: the connection, cached statements, the clock, snapshots and
// the audit chain.

#include "connection.hpp"

#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace motus::db {

// A cached prepared statement in use. Resetting it when the handle goes out of scope ends its
// implicit read transaction, so the next statement sees what other processes committed since.
class Prepared {
 public:
  explicit Prepared(SQLite::Statement& statement) : statement_(statement) {}
  ~Prepared() { statement_.tryReset(); }
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;

  template <typename... Args>
  void bind(Args&&... args) {
    statement_.bind(std::forward<Args>(args)...);
  }
  int exec() { return statement_.exec(); }
  bool executeStep() { return statement_.executeStep(); }
  SQLite::Column getColumn(int index) { return statement_.getColumn(index); }
  void reset() { statement_.reset(); }

 private:
  SQLite::Statement& statement_;
};

struct Store::Impl {
  std::filesystem::path path;
  std::unique_ptr<SQLite::Database> db;
  std::string actor = "unknown";
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;
  // The head written by the open transaction, told to the listener once it commits.
  std::optional<AuditHead> appended;
  std::function<void(const AuditHead&)> audit_listener;

  // A prepared statement, kept for reuse, with its bindings cleared.
  Prepared statement(const std::string& sql);

  // One write transaction that takes the write lock at once, so two writers queue instead of
  // failing halfway.
  SQLite::Transaction writeTransaction() { return SQLite::Transaction(*db, SQLite::TransactionBehavior::IMMEDIATE); }

  // Appends to the audit chain; call inside the write transaction of the change it records.
  void audit(std::string_view action, std::string_view entity, const std::string& entity_id,
             const std::string& summary);

  // Stores the snapshot once and returns its key.
  std::string putSnapshot(const ExerciseSnapshot& snapshot);
  // The snapshot stored under that key. `intact` is set false when its text no longer hashes to
  // the key (changed outside Motus); without `intact`, that throws AlteredRecord.
  ExerciseSnapshot getSnapshot(const std::string& sha256, bool* intact = nullptr);

  // Programs and their state.
  // With Program::fingerprint and Program::alterations filled in (see verifyIssued).
  Program loadProgram(Id id);
  // Compares an issued program with the fingerprint its issue row recorded.
  void verifyIssued(Program& program);
  // Throws AlteredRecord when the program was changed outside Motus (`doing` says what was refused).
  Program loadUnaltered(Id id, const std::string& doing);
  void requireDraft(Id program, const std::string& doing);
  void insertItems(Id program, int first_position, const std::vector<ProgramItem>& items);
  // Binds parameters 3 to 8 of a program_item or template_item insert: exercise id, plugin id
  // and version, snapshot key (storing the snapshot), dosage JSON, note.
  void bindPrescription(Prepared& insert, const ExerciseSnapshot& exercise, const sdk::Dosage& dosage,
                        const std::string& note);
  Id insertDraft(Id patient, const std::string& title, int version, std::optional<Id> previous);
  void requirePatient(Id patient);
};

// The end of an issue row's summary: "; fingerprint <64 hex>". fingerprintIn reads it back ("" when
// the summary has none: a program issued before fingerprints were recorded).
std::string fingerprintNote(const std::string& fingerprint);
std::string fingerprintIn(const std::string& summary);

// "2026-11-25T19:40:02.153Z"
std::string utcNow();

// Lowercase hex SHA-256 of text.
std::string sha256Hex(const std::string& text);

// Runs work inside one write transaction, committing on success; SQLite errors are translated.
template <typename Work>
auto inWriteTransaction(Store::Impl& impl, const std::string& doing, Work&& work) {
  impl.appended.reset();
  const auto committed = [&impl] {
    if (impl.appended && impl.audit_listener) impl.audit_listener(*impl.appended);
    impl.appended.reset();
  };
  return detail::translated(doing, [&] {
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
  });
}

}  // namespace motus::db
