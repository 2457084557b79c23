#include <motus/core/xdg.hpp>

#include <cstdlib>

namespace motus::core::xdg {
namespace {

namespace fs = std::filesystem;

// The variable's value when it is an absolute path; empty otherwise (unset, empty or relative).
fs::path absoluteFrom(const char* variable) {
  const char* value = std::getenv(variable);
  if (value == nullptr) return {};
  fs::path path(value);
  return path.is_absolute() ? path : fs::path();
}

fs::path baseDirectory(const char* variable, const fs::path& under_home) {
  if (fs::path path = absoluteFrom(variable); !path.empty()) return path;
  if (fs::path home = absoluteFrom("HOME"); !home.empty()) return home / under_home;
  return {};
}

}  // namespace

fs::path dataHome() { return baseDirectory("XDG_DATA_HOME", fs::path(".local") / "share"); }
fs::path configHome() { return baseDirectory("XDG_CONFIG_HOME", ".config"); }
fs::path cacheHome() { return baseDirectory("XDG_CACHE_HOME", ".cache"); }
fs::path stateHome() { return baseDirectory("XDG_STATE_HOME", fs::path(".local") / "state"); }

}  // namespace motus::core::xdg
