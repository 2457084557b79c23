#include "open_records.hpp"

#include <motus/core/database_path.hpp>

#include <motus/core/text_folding.hpp>

#include <charconv>
#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace motus::cli {

core::Records openRecords(const Invocation& invocation) {
  const std::optional<std::string> chosen = invocation.value("database");
  const std::filesystem::path database = chosen ? std::filesystem::path(*chosen) : core::defaultDatabasePath();
  // A path someone typed may be mistyped: a database is made there only with --create.
  const db::OpenMode mode = invocation.flag("create") ? db::OpenMode::create
                            : chosen                  ? db::OpenMode::must_exist
                                                      : core::unaskedOpenMode(database);
  std::optional<core::Records> opened;
  try {
    opened.emplace(database, mode);
  } catch (const db::DatabaseNotFound& missing) {
    throw db::DatabaseNotFound(std::string(missing.what()) +
                               " To start a new, empty database there, run the command again with --create.");
  }
  core::Records& records = *opened;
  std::string actor;
  if (const auto clinician = invocation.value("clinician")) {
    actor = *clinician;
  } else if (const char* fromEnvironment = std::getenv("MOTUS_CLINICIAN")) {
    actor = fromEnvironment;
  } else if (const char* user = std::getenv("USER")) {
    actor = user;
  }
  records.setActor(actor);
  return std::move(records);
}

std::string word(const Invocation& invocation, std::size_t index) {
  return index < invocation.words.size() ? invocation.words[index] : std::string();
}

long long parseId(const std::string& text, const std::string& what) {
  long long id = 0;
  const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (!digits || error != std::errc() || end != text.data() + text.size() || id <= 0) {
    throw std::invalid_argument("'" + core::displayable(text) + "' is not " + what +
                                " (a whole number from 1, as listed by motus-cli).");
  }
  return id;
}

}  // namespace motus::cli
