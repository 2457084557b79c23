#pragma once
// Opening a database file safely: a file that is not ours, is newer than us, is damaged or is
// missing is refused before anything is written to it or created beside it.

#include <motus/db/schema.hpp>
#include <motus/db/store.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>

namespace motus::db {

// The page cache of every connection, and while an import runs (PRAGMA cache_size, in KiB).
inline constexpr int kCacheKiB = 64 * 1024;
inline constexpr int kImportCacheKiB = 256 * 1024;

}  // namespace motus::db

namespace motus::db::detail {

struct OpenedDatabase {
  std::unique_ptr<SQLite::Database> db;
  bool read_only = false;  // this user cannot write the file or its folder
};

// Opens the Motus database at path (creating it only as `mode` allows), with foreign keys on, WAL,
// synchronous=FULL and the busy timeout, checks it, and brings its schema up to date. A file this
// user cannot write is opened for reading only, without creating anything beside it.
OpenedDatabase openDatabase(const std::filesystem::path& path, std::span<const Migration> migrations,
                            std::chrono::milliseconds busy_timeout, OpenMode mode);

// "'<path>' is damaged (<what>), so nothing was saved ...": what a refused change says.
std::string damagedMessage(const std::filesystem::path& path, const std::string& what, const std::string& doing);

// Rethrows an SQLite error as the matching error of errors.hpp, with a message about `doing`.
[[noreturn]] void rethrow(const SQLite::Exception& error, const std::string& doing);

// Runs work, translating SQLite errors.
template <typename Work>
auto translated(const std::string& doing, Work&& work) {
  try {
    return work();
  } catch (const SQLite::Exception& error) {
    rethrow(error, doing);
  }
}

}  // namespace motus::db::detail
