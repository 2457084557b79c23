#pragma once
// Opening a database file safely: a file that is not ours, or is newer than us, is refused before
// anything is written to it.

#include <motus/db/schema.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>

namespace motus::db::detail {

// Opens (creating it when absent or empty) the Motus database at path, with foreign keys on, WAL,
// synchronous=FULL and the busy timeout, checks it, and brings its schema up to date.
std::unique_ptr<SQLite::Database> openDatabase(const std::filesystem::path& path, std::span<const Migration> migrations,
                                               std::chrono::milliseconds busy_timeout);

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
