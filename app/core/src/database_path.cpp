#include <motus/core/database_path.hpp>
#include <motus/core/xdg.hpp>

#include <cstdlib>

namespace motus::core {

std::filesystem::path defaultDatabasePath() {
  if (const char* path = std::getenv("MOTUS_DATABASE"); path != nullptr && *path != '\0') return path;
  return standardDatabasePath();
}

db::OpenMode unaskedOpenMode(const std::filesystem::path& path) {
  return path == standardDatabasePath() ? db::OpenMode::create_if_missing : db::OpenMode::must_exist;
}

std::filesystem::path standardDatabasePath() {
  std::filesystem::path data = xdg::dataHome();
  // Without a home folder there is no right answer; the current folder is what Motus has always
  // used then, so such a user still finds their records.
  if (data.empty()) data = std::filesystem::path(".") / ".local" / "share";
  return data / "motus" / "motus.sqlite";
}

}  // namespace motus::core
