#pragma once
// Direct SQL on a database file, for tests that play another program or a tamperer: they make
// files Motus did not write, or change rows behind the store's back.

#include <filesystem>
#include <string>

namespace motus::test {

// Runs a script; throws std::runtime_error with SQLite's message on failure.
void sqlExec(const std::filesystem::path& file, const std::string& sql);

// The first column of the first row, as text ("" when there is no row).
std::string sqlText(const std::filesystem::path& file, const std::string& sql);

}  // namespace motus::test
