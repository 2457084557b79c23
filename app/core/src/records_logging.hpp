#pragma once
// What core::Records writes to the log: the database it opened, and each refusal of what a person
// typed. Kept beside records.cpp so its rules stay about records, not about logging.

#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace motus::core::detail {

// Opens the store and logs the path, the schema version and how long it took (or why it failed).
db::Store openStoreLogged(const std::filesystem::path& database, db::OpenMode mode);

// Logs that a check refused input, then returns the error to throw. The log gets only `check`, a
// fixed description chosen by the code ("patient details, 2 problems"), never `message`: a refusal
// quotes what was typed (a date of birth, an email), and the log must hold no patient data.
db::InvalidRecord refusedInput(std::string_view check, std::string message);

// "patient details, 2 problems"
std::string withProblemCount(std::string_view check, std::size_t problems);

}  // namespace motus::core::detail
