#include "connection.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>

namespace motus::db::detail {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// The 100-byte database header (https://www.sqlite.org/fileformat.html), read straight from the
// file: deciding from it that a file is not ours, too new or damaged needs no SQLite connection,
// and so creates no -wal or -shm file beside a file that is refused.
struct Header {
  std::array<unsigned char, 100> bytes{};

  std::uint32_t u32(std::size_t at) const {
    return (std::uint32_t{bytes[at]} << 24) | (std::uint32_t{bytes[at + 1]} << 16) |
           (std::uint32_t{bytes[at + 2]} << 8) | std::uint32_t{bytes[at + 3]};
  }
  bool isSqlite() const { return std::memcmp(bytes.data(), "SQLite format 3\0", 16) == 0; }
  std::int32_t userVersion() const { return static_cast<std::int32_t>(u32(60)); }
  std::int32_t applicationId() const { return static_cast<std::int32_t>(u32(68)); }
  std::uint32_t pageSize() const {
    const unsigned size = (unsigned{bytes[16]} << 8) | bytes[17];
    return size == 1 ? 65536 : size;
  }

  // What makes the header unreadable to SQLite, or empty when it is sound.
  std::string damage() const {
    const std::uint32_t size = pageSize();
    if (size < 512 || (size & (size - 1)) != 0) {
      return "the page size " + std::to_string(size) + " is not a power of two from 512 to 65536";
    }
    if (bytes[18] < 1 || bytes[18] > 2 || bytes[19] < 1 || bytes[19] > 2) return "the file format version is unknown";
    if (bytes[21] != 64 || bytes[22] != 32 || bytes[23] != 32) return "the payload fractions are not 64, 32, 32";
    if (u32(44) > 4) return "the schema format " + std::to_string(u32(44)) + " is unknown";
    if (u32(56) > 3) return "the text encoding " + std::to_string(u32(56)) + " is unknown";
    return {};
  }
};

// The header, or nullopt when the file is shorter than one (then it is not an SQLite database).
std::optional<Header> readHeader(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  Header header;
  in.read(reinterpret_cast<char*>(header.bytes.data()), static_cast<std::streamsize>(header.bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(header.bytes.size())) return std::nullopt;
  return header;
}

bool hasContent(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && fs::file_size(path, ec) > 0 && !ec;
}

// While a connection has the database open (or after a crash), committed changes may sit in the
// -wal file and the header in the main file can be out of date.
bool headerMayBeStale(const fs::path& path) { return hasContent(path.string() + "-wal"); }

[[noreturn]] void refuseMissing(const fs::path& path) {
  throw DatabaseNotFound("There is no database at " + quoted(path) +
                         ". Check the path; Motus creates a new, empty database only when asked.");
}

[[noreturn]] void refuseEmpty(const fs::path& path, const std::string& what) {
  throw DatabaseNotFound(quoted(path) + " " + what +
                         ", which usually means a database that was lost (a failed copy or a full disk). "
                         "It was not changed. Restore it from a backup; Motus starts a new, empty database in it "
                         "only when asked.");
}

enum class Existing { motus, empty };

// Looks at an existing, non-empty file by its header bytes alone. Throws when it is not ours, is
// too new or is damaged; says whether it is an empty SQLite database (never written to).
Existing inspectHeader(const fs::path& path, int latest) {
  const std::optional<Header> header = readHeader(path);
  if (!header || !header->isSqlite()) {
    throw NotAMotusDatabase(quoted(path) +
                            " is not a Motus database (it is not an SQLite file). It was not changed. "
                            "Choose another file, or move this one away to start a new database.");
  }
  if (const std::string damage = header->damage(); !damage.empty()) {
    throw CorruptDatabase(quoted(path) + " is damaged: its SQLite header cannot be read (" + damage +
                          "). It was not changed. Restore it from a backup.");
  }
  if (headerMayBeStale(path)) return Existing::motus;  // checked again through SQLite (checkIdentity)
  if (header->applicationId() != kApplicationId) {
    // One page holds no table: each table has a root page of its own after the first.
    std::error_code ec;
    if (header->applicationId() == 0 && header->userVersion() == 0 && fs::file_size(path, ec) <= header->pageSize()) {
      return Existing::empty;
    }
    throw NotAMotusDatabase(quoted(path) + " is an SQLite database of another program, not a Motus database. " +
                            "It was not changed. Choose another file.");
  }
  if (header->userVersion() > latest) {
    throw NewerDatabase(quoted(path) + " was written by a newer Motus (schema " +
                        std::to_string(header->userVersion()) + "; this Motus knows up to " + std::to_string(latest) +
                        "). It was not changed. Update Motus to open it.");
  }
  return Existing::motus;
}

// The same questions asked through SQLite, before anything is written: the answer when the header
// may be out of date (see headerMayBeStale).
void checkIdentity(SQLite::Database& db, const fs::path& path, int latest) {
  const int application = db.execAndGet("PRAGMA application_id").getInt();
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (application != kApplicationId) {
    if (application == 0 && version == 0 && db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0) return;
    throw NotAMotusDatabase(quoted(path) + " is an SQLite database of another program, not a Motus database. " +
                            "It was not changed. Choose another file.");
  }
  if (version > latest) {
    throw NewerDatabase(quoted(path) + " was written by a newer Motus (schema " + std::to_string(version) +
                        "; this Motus knows up to " + std::to_string(latest) + "). It was not changed. Update Motus " +
                        "to open it.");
  }
}

// Whether this user may change the database: SQLite in WAL mode writes the file and creates the
// -wal and -shm files beside it. Root may write anything (on a writable file system).
bool writable(const fs::path& path) {
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0 &&
         ::faccessat(AT_FDCWD, folder.c_str(), W_OK, AT_EACCESS) == 0;
}

// "file:" URI of a path, for SQLite's URI parameters.
std::string fileUri(const fs::path& path) {
  std::string uri = "file:";
  for (const char byte : path.string()) {
    const auto c = static_cast<unsigned char>(byte);
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      uri += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

// For reading without write permission. Without a -wal file there is nothing but the file itself
// to read, and "immutable" lets SQLite read it without creating a -wal or -shm file (which it
// could not, or which would be left behind owned by this user).
std::unique_ptr<SQLite::Database> openReadOnly(const fs::path& path) {
  const std::string uri = fileUri(path) + (headerMayBeStale(path) ? "?mode=ro" : "?mode=ro&immutable=1");
  return std::make_unique<SQLite::Database>(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

[[noreturn]] void refuseReadOnlyUpgrade(const fs::path& path, int version, int latest) {
  throw ReadOnlyDatabase(quoted(path) + " is read-only for you, and it needs upgrading from schema " +
                         std::to_string(version) + " to " + std::to_string(latest) +
                         " before this Motus can read it. It was not changed. Ask for permission to write the file "
                         "and its folder, or copy it to a folder of your own and open the copy.");
}

// The check made at every open, kept to a few milliseconds whatever the size: the schema can be
// read and every table of the current schema is there. Damage inside a table is reported by SQLite
// when a page is read, and the full PRAGMA quick_check (about 0.15 s at 100,000 patients) runs
// before the first change of each store's life, in Store::checkIntegrity(), before every backup and
// restore, and in `motus-cli check`.
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
  if (code == SQLITE_READONLY) {
    throw ReadOnlyDatabase("Nothing was saved while " + doing + ": the database is read-only for you (" +
                           std::string(error.what()) +
                           "). Ask for permission to write the file and its folder, or copy it to a folder of your "
                           "own and open the copy.");
  }
  if (code == SQLITE_CONSTRAINT) {
    throw InvalidRecord("Not saved while " + doing + ": " + error.what() + ".");
  }
  throw DatabaseError("Database error while " + doing + ": " + error.what());
}

std::string damagedMessage(const fs::path& path, const std::string& what, const std::string& doing) {
  std::string shown = what.substr(0, what.find(';'));
  if (shown.size() > 300) shown = shown.substr(0, 300) + "...";
  if (shown.size() < what.size()) shown += "; and more";
  return "The database " + quoted(path) + " is damaged (" + shown + "), so nothing was saved while " + doing +
         ": Motus writes nothing into a damaged database. Restore it from a backup with 'motus-cli restore FILE', "
         "or see what is damaged with 'motus-cli check'.";
}

OpenedDatabase openDatabase(const fs::path& path, std::span<const Migration> migrations,
                            std::chrono::milliseconds busy_timeout, OpenMode mode) {
  const int busyTimeoutMs = static_cast<int>(busy_timeout.count());
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (exists && fs::is_directory(path, ec)) {
    throw NotAMotusDatabase(quoted(path) + " is a folder. Give the path of a database file.");
  }
  if (!exists && mode == OpenMode::must_exist) refuseMissing(path);
  if (exists && !hasContent(path) && mode != OpenMode::create) refuseEmpty(path, "is empty (0 bytes)");
  if (exists && hasContent(path) && inspectHeader(path, latest) == Existing::empty && mode != OpenMode::create) {
    refuseEmpty(path, "is an empty SQLite database with no Motus records in it");
  }
  if (!exists && path.has_parent_path()) fs::create_directories(path.parent_path(), ec);

  try {
    OpenedDatabase opened;
    opened.read_only = exists && !writable(path);
    if (opened.read_only) {
      if (!hasContent(path)) {
        throw ReadOnlyDatabase(quoted(path) + " is empty and read-only for you, so no database can be made in it. " +
                               "It was not changed. Ask for permission to write the file and its folder.");
      }
      opened.db = openReadOnly(path);
    } else {
      opened.db = std::make_unique<SQLite::Database>(
          path.string(), SQLite::OPEN_READWRITE | (mode == OpenMode::must_exist ? 0 : SQLite::OPEN_CREATE));
    }
    SQLite::Database& db = *opened.db;
    db.setBusyTimeout(busyTimeoutMs);
    if (exists) checkIdentity(db, path, latest);
    db.exec("PRAGMA foreign_keys = ON");
    if (opened.read_only) {
      const int version = db.execAndGet("PRAGMA user_version").getInt();
      if (version < latest) refuseReadOnlyUpgrade(path, version, latest);
    } else {
      db.execAndGet("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = FULL");
      // 64 MiB of pages rather than SQLite's 2 MiB: an import of a whole clinic is one transaction
      // over indexes far larger than 2 MiB, and with the small cache each insert read its pages
      // again (10,000 patients took 15 s of CPU instead of 2; motus_bench_archive).
      db.exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB));
      // Statement journals (kept while an INSERT that fires triggers runs, to undo just it) in
      // memory, not in a temporary file written for every such INSERT of a long transaction.
      db.exec("PRAGMA temp_store = MEMORY");
      migrate(db, path, migrations);
    }
    if (migrations.data() == motusMigrations().data()) checkSchema(db, path);
    return opened;
  } catch (const SQLite::Exception& error) {
    if (error.getErrorCode() == SQLITE_CORRUPT || error.getErrorCode() == SQLITE_NOTADB) {
      throw CorruptDatabase(quoted(path) + " looks like an SQLite file but cannot be read (" + error.what() +
                            "). Restore it from a backup; 'motus-cli check' says what is damaged.");
    }
    rethrow(error, "opening " + quoted(path));
  }
}

}  // namespace motus::db::detail

namespace motus::db {

void migrateFile(const std::filesystem::path& path, std::span<const Migration> migrations) {
  detail::openDatabase(path, migrations, Store::kDefaultBusyTimeout, OpenMode::create);
}

}  // namespace motus::db
