#include "open_records.hpp"

#include <motus/core/database_path.hpp>

#include <cstdlib>
#include <stdexcept>

namespace motus::cli {

core::Records openRecords(const Invocation& invocation) {
  const std::filesystem::path database =
      invocation.value("database") ? std::filesystem::path(*invocation.value("database")) : core::defaultDatabasePath();
  core::Records records(database);
  std::string actor;
  if (const auto clinician = invocation.value("clinician")) {
    actor = *clinician;
  } else if (const char* fromEnvironment = std::getenv("MOTUS_CLINICIAN")) {
    actor = fromEnvironment;
  } else if (const char* user = std::getenv("USER")) {
    actor = user;
  }
  records.setActor(actor);
  return records;
}

std::string word(const Invocation& invocation, std::size_t index) {
  return index < invocation.words.size() ? invocation.words[index] : std::string();
}

long long parseId(const std::string& text, const std::string& what) {
  std::size_t used = 0;
  long long id = 0;
  try {
    id = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || id <= 0) {
    throw std::invalid_argument("'" + text + "' is not " + what + " (a whole number, as listed by motus-cli).");
  }
  return id;
}

}  // namespace motus::cli
