#pragma once
// The database schema as numbered migrations. Each one runs in its own transaction together with
// the bump of PRAGMA user_version, so a database is always at exactly one version.

#include <filesystem>
#include <span>
#include <string_view>

namespace motus::db {

struct Migration {
  int version;                   // 1, 2, 3, ... with no gaps
  std::string_view description;  // for the error message when it fails
  std::string_view sql;          // any number of statements, run by SQLite as one script
};

// Motus's own migrations, oldest first.
std::span<const Migration> motusMigrations();
int latestSchemaVersion();

// The tables a database at the latest version must have; one missing means damage.
std::span<const std::string_view> requiredTables();

// Written into the file header (PRAGMA application_id) so Motus knows its own files: "Motu".
inline constexpr int kApplicationId = 0x4D6F7475;

// Opens path as the store does and applies `migrations` instead of Motus's own. For tests of the
// upgrade path; throws the errors of errors.hpp.
void migrateFile(const std::filesystem::path& path, std::span<const Migration> migrations);

}  // namespace motus::db
