// Backups through SQLite's online backup API, and restores that check before they replace.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/schema.hpp>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>

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
  return detail::translated("checking the database", [&] { return impl_->quickCheck(); });
}

void Store::backupTo(const fs::path& file) const {
  std::error_code ec;
  if (fs::exists(file, ec)) {
    throw InvalidRecord("'" + file.string() + "' already exists. Choose a new file name for the backup.");
  }
  // A copy of a damaged database would be damaged too, and could later replace a good backup:
  // check first, and write nothing when it fails.
  const std::string damage = impl_->damage.empty() ? checkIntegrity() : impl_->damage;
  if (damage != "ok") {
    throw CorruptDatabase("The database '" + impl_->path.string() + "' is damaged (" +
                          damage.substr(0, std::min<std::size_t>(damage.find(';'), 300)) +
                          "), so no backup was made: a backup of it would be damaged too. Nothing was written to '" +
                          file.string() +
                          "'. Keep your earlier backups; restore the database from the latest good one with "
                          "'motus-cli restore FILE', or see what is damaged with 'motus-cli check'.");
  }
  // Whatever goes wrong from here, no partial copy is left behind to be mistaken for a backup.
  const auto removeCopy = [&] {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(file.string() + suffix, ec);
  };
  try {
    detail::translated("making a backup", [&] {
      SQLite::Database copy(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      copyDatabase(*impl_->db, copy);
      const std::string result = copy.execAndGet("PRAGMA integrity_check").getString();
      if (result != "ok") {
        throw CorruptDatabase("The backup came out damaged (" + result +
                              "), so it was deleted. Run 'motus-cli "
                              "check' on the database, then try again.");
      }
    });
  } catch (...) {
    removeCopy();
    throw;
  }
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
    fs::path keep = target.string() + ".before-restore-" + fileStamp();
    // The live database, opened (and checked) the normal way; restoring is asking for a database
    // at target, so a missing or empty one is made. A damaged one is what restoring is for: it is
    // kept aside as it is, byte for byte, since a backup through SQLite would refuse it.
    std::optional<Store> current;
    try {
      current.emplace(target, OpenMode::create);
    } catch (const CorruptDatabase&) {  // too damaged to open: set aside, restore into a new file
      for (const char* suffix : {"", "-wal", "-shm"}) {
        if (fs::exists(target.string() + suffix)) fs::rename(target.string() + suffix, keep.string() + suffix);
      }
      current.emplace(target, OpenMode::create);
    }
    if (!fs::exists(keep)) {
      try {
        current->backupTo(keep);
      } catch (const CorruptDatabase&) {
        for (const char* suffix : {"", "-wal"}) {
          const fs::path from = target.string() + suffix;
          if (fs::exists(from) && fs::file_size(from) > 0) fs::copy_file(from, keep.string() + suffix);
        }
      }
    }
    SQLite::Database source(backup.string(), SQLite::OPEN_READONLY);
    copyDatabase(source, *current->impl_->db);
    return keep;
  });
}

}  // namespace motus::db
