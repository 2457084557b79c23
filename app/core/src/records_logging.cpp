#include "records_logging.hpp"

#include <motus/core/log.hpp>

#include <chrono>

namespace motus::core::detail {

db::Store openStoreLogged(const std::filesystem::path& database, db::OpenMode mode) {
  const auto started = std::chrono::steady_clock::now();
  const auto took = [&] {
    const auto elapsed = std::chrono::steady_clock::now() - started;
    return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()) + " ms";
  };
  try {
    db::Store store(database, mode);
    log::info(log::Source::records, "Opened the database " + database.string() + " (schema version " +
                                        std::to_string(store.schemaVersion()) +
                                        (store.readOnly() ? ", read-only" : "") + ") in " + took());
    return store;
  } catch (const std::exception& failure) {
    // The kind (corrupt, newer, busy, ...) says what went wrong; messages stay out of the log.
    log::error(log::Source::records, "Could not open the database " + database.string() + " (" +
                                         std::string(log::kindOf(failure)) + ") after " + took());
    throw;
  }
}

db::InvalidRecord refusedInput(std::string_view check, std::string message) {
  log::warning(log::Source::records, "Refused input (invalid record): " + std::string(check) + "; nothing saved");
  return db::InvalidRecord(std::move(message));
}

std::string withProblemCount(std::string_view check, std::size_t problems) {
  return std::string(check) + ", " + std::to_string(problems) + (problems == 1 ? " problem" : " problems");
}

}  // namespace motus::core::detail
