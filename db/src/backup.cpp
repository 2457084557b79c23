// Backups through SQLite's online backup API, and restores that check before they replace.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/schema.hpp>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <algorithm>

namespace motus::db {
namespace {

namespace fs = std::filesystem;

// Copies every page of `from` into `to` (replacing it), page by page while others keep working.
void copyDatabase(SQLite::Database& from, SQLite::Database& to) {
  SQLite::Backup backup(to, from);
  backup.executeStep(-1);
}

void verifyBackup(const fs::path& backup) {
  SQLite::Database db(backup.string(), SQLite::OPEN_READONLY);
  if (db.execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
    throw NotAMotusDatabase("'" + backup.string() + "' is not a Motus backup. Nothing was restored.");
  }
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version > latestSchemaVersion()) {
    throw NewerDatabase("'" + backup.string() + "' was made by a newer Motus. Update Motus to restore it.");
  }
  const std::string result = db.execAndGet("PRAGMA integrity_check").getString();
  if (result != "ok") {
    throw CorruptDatabase("'" + backup.string() + "' is damaged (" + result + "). Nothing was restored.");
  }
}

std::string fileStamp() {
  std::string stamp = utcNow();
  std::replace(stamp.begin(), stamp.end(), ':', '-');
  return stamp;
}

}  // namespace

std::string Store::checkIntegrity() const {
  return detail::translated("checking the database", [&] {
    std::string result;
    try {
      SQLite::Statement check(*impl_->db, "PRAGMA quick_check");
      while (check.executeStep()) result += (result.empty() ? "" : "; ") + check.getColumn(0).getString();
    } catch (const SQLite::Exception& error) {
      // Damage bad enough to stop the check is itself the answer to "is it damaged?".
      if (error.getErrorCode() != SQLITE_CORRUPT && error.getErrorCode() != SQLITE_NOTADB) throw;
      result += (result.empty() ? "" : "; ") + std::string(error.what());
    }
    return result;
  });
}

void Store::backupTo(const fs::path& file) const {
  std::error_code ec;
  if (fs::exists(file, ec)) {
    throw InvalidRecord("'" + file.string() + "' already exists. Choose a new file name for the backup.");
  }
  detail::translated("making a backup", [&] {
    SQLite::Database copy(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    copyDatabase(*impl_->db, copy);
    const std::string result = copy.execAndGet("PRAGMA integrity_check").getString();
    if (result != "ok") throw CorruptDatabase("The backup came out damaged (" + result + "). Try again.");
  });
}

fs::path Store::restore(const fs::path& backup, const fs::path& target) {
  std::error_code ec;
  if (!fs::is_regular_file(backup, ec)) {
    throw RecordNotFound("'" + backup.string() + "' does not exist. Nothing was restored.");
  }
  return detail::translated("restoring a backup", [&] {
    try {
      verifyBackup(backup);
    } catch (const SQLite::Exception& error) {
      throw NotAMotusDatabase("'" + backup.string() + "' cannot be read as a Motus backup (" + error.what() +
                              "). Nothing was restored.");
    }
    Store current(target);  // the live database, opened (and checked) the normal way
    fs::path keep = target.string() + ".before-restore-" + fileStamp();
    current.backupTo(keep);
    SQLite::Database source(backup.string(), SQLite::OPEN_READONLY);
    copyDatabase(source, *current.impl_->db);
    return keep;
  });
}

}  // namespace motus::db
