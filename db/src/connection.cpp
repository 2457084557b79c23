#include "connection.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <array>
#include <fstream>

namespace motus::db::detail {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

bool hasSqliteHeader(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 16> header{};
  in.read(header.data(), header.size());
  return in.gcount() == 16 && std::string(header.data(), 16) == std::string("SQLite format 3\0", 16);
}

// Looks at an existing, non-empty file without writing to it. Returns true when it is an empty
// SQLite database that may be initialised; throws when it is not ours or is too new.
bool inspectExisting(const fs::path& path, int latest, int busyTimeoutMs) {
  if (!hasSqliteHeader(path)) {
    throw NotAMotusDatabase(quoted(path) +
                            " is not a Motus database (it is not an SQLite file). It was not changed. "
                            "Choose another file, or move this one away to start a new database.");
  }
  try {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    db.setBusyTimeout(busyTimeoutMs);
    const int application = db.execAndGet("PRAGMA application_id").getInt();
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    if (application != kApplicationId) {
      if (application == 0 && version == 0 && objects == 0) return true;
      throw NotAMotusDatabase(quoted(path) + " is an SQLite database of another program, not a Motus database. " +
                              "It was not changed. Choose another file.");
    }
    if (version > latest) {
      throw NewerDatabase(quoted(path) + " was written by a newer Motus (schema " + std::to_string(version) +
                          "; this Motus knows up to " + std::to_string(latest) +
                          "). It was not changed. Update Motus to open it.");
    }
    return false;
  } catch (const SQLite::Exception& error) {
    if (error.getErrorCode() == SQLITE_BUSY || error.getErrorCode() == SQLITE_LOCKED) rethrow(error, "opening");
    throw CorruptDatabase(quoted(path) + " looks like an SQLite file but cannot be read (" + error.what() +
                          "). It was not changed. Restore it from a backup.");
  }
}

// The check made at every open, kept to a few milliseconds whatever the size: the schema can be
// read and every table of the current schema is there. Damage inside a table is reported by SQLite
// when a page is read, and the full PRAGMA quick_check (tens of milliseconds at 100,000 patients)
// runs in Store::checkIntegrity(), before every backup and restore, and in `motus-cli check`.
void checkSchema(SQLite::Database& db, const fs::path& path) {
  if (db.execAndGet("PRAGMA quick_check(sqlite_schema)").getString() != "ok") {
    throw CorruptDatabase(quoted(path) + " is damaged (its schema cannot be read). Restore it from a backup.");
  }
  if (db.execAndGet("PRAGMA user_version").getInt() != latestSchemaVersion()) return;  // a test schema
  for (const std::string_view table : requiredTables()) {
    SQLite::Statement find(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    find.bind(1, std::string(table));
    if (!find.executeStep()) {
      throw CorruptDatabase(quoted(path) + " is damaged: the table '" + std::string(table) +
                            "' is missing. Restore it from a backup.");
    }
  }
}

void migrate(SQLite::Database& db, const fs::path& path, std::span<const Migration> migrations) {
  const int current = db.execAndGet("PRAGMA user_version").getInt();
  for (const Migration& migration : migrations) {
    if (migration.version <= current) continue;
    try {
      SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (db.execAndGet("PRAGMA user_version").getInt() >= migration.version) continue;
      db.exec(std::string(migration.sql));
      db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      db.exec("PRAGMA user_version = " + std::to_string(migration.version));
      transaction.commit();
    } catch (const SQLite::Exception& error) {
      if (error.getErrorCode() == SQLITE_BUSY) rethrow(error, "upgrading the database");
      const int kept = db.execAndGet("PRAGMA user_version").getInt();
      throw DatabaseError("Could not upgrade " + quoted(path) + " to schema " + std::to_string(migration.version) +
                          " (" + std::string(migration.description) + "): " + error.what() +
                          ". Nothing was changed; it is still at schema " + std::to_string(kept) + ".");
    }
  }
}

}  // namespace

void rethrow(const SQLite::Exception& error, const std::string& doing) {
  const int code = error.getErrorCode();
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    throw DatabaseBusy("The database is busy (another Motus window or program is saving). Nothing was lost; try " +
                       doing + " again in a moment.");
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    throw CorruptDatabase("The database is damaged (" + std::string(error.what()) + ") while " + doing +
                          ". Restore it from a backup.");
  }
  if (code == SQLITE_CONSTRAINT) {
    throw InvalidRecord("Not saved while " + doing + ": " + error.what() + ".");
  }
  throw DatabaseError("Database error while " + doing + ": " + error.what());
}

std::unique_ptr<SQLite::Database> openDatabase(const fs::path& path, std::span<const Migration> migrations,
                                               std::chrono::milliseconds busy_timeout) {
  const int busyTimeoutMs = static_cast<int>(busy_timeout.count());
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (exists && fs::is_directory(path, ec)) {
    throw NotAMotusDatabase(quoted(path) + " is a folder. Give the path of a database file.");
  }
  if (exists && fs::file_size(path, ec) > 0) inspectExisting(path, latest, busyTimeoutMs);
  if (!exists && path.has_parent_path()) fs::create_directories(path.parent_path(), ec);

  try {
    auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->setBusyTimeout(busyTimeoutMs);
    db->exec("PRAGMA foreign_keys = ON");
    db->execAndGet("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = FULL");
    migrate(*db, path, migrations);
    if (migrations.data() == motusMigrations().data()) checkSchema(*db, path);
    return db;
  } catch (const SQLite::Exception& error) {
    rethrow(error, "opening " + quoted(path));
  }
}

}  // namespace motus::db::detail

namespace motus::db {

void migrateFile(const std::filesystem::path& path, std::span<const Migration> migrations) {
  detail::openDatabase(path, migrations, Store::kDefaultBusyTimeout);
}

}  // namespace motus::db
