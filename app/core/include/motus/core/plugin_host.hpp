#pragma once
// Finds, loads and checks exercise plugins. A plugin that cannot be used is kept as a record with a
// state and a one-line reason, and never stops the other plugins or the application.

#include <motus/core/plugin_validation.hpp>
#include <motus/sdk/api_version.hpp>
#include <motus/sdk/plugin.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

enum class PluginState {
  loaded,        // in use
  incompatible,  // built for another plugin API version
  invalid,       // ran, but what it returned failed validation (see problems)
  failed,        // could not be opened, lacks the exports, or threw
};

std::string_view toString(PluginState state);

struct PluginRecord {
  std::filesystem::path path;
  PluginState state = PluginState::failed;
  std::string reason;                   // one line a therapist can read; empty when loaded
  std::vector<PluginProblem> problems;  // every validation problem, for `motus-cli plugin check`
  std::optional<MotusApiVersion> api_version;
  sdk::PluginInfo info;                      // what the plugin said about itself; empty if it never got that far
  std::vector<sdk::ExerciseSpec> exercises;  // validated; empty unless loaded
  std::vector<sdk::EducationTopic> education;
  std::chrono::microseconds load_time{0};
};

// Whether a plugin built against `plugin` can run in a host built against `host`: the majors must
// be equal and the plugin's minor may not be newer than the host's.
bool isCompatible(MotusApiVersion plugin, MotusApiVersion host);

// Where plugins are looked for, in order (the first plugin with a given id wins):
// each entry of MOTUS_PLUGIN_PATH (folders or files, ':'-separated), the user's plugin folder,
// then the built-in folder next to the executable.
std::vector<std::filesystem::path> defaultPluginLocations();
std::filesystem::path userPluginFolder();     // $XDG_DATA_HOME/motus/plugins
std::filesystem::path builtinPluginFolder();  // <exe dir>/<relative path fixed at build time>

class PluginHost {
 public:
  PluginHost();
  ~PluginHost();
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  // Loads every plugin in each location: a folder (its *.so files, by name) or a single file.
  // Missing folders are skipped; a file already loaded (by canonical path) is not loaded again.
  void load(const std::vector<std::filesystem::path>& locations);

  // Loads one plugin file. The returned record stays valid until the next load.
  const PluginRecord& loadFile(const std::filesystem::path& file);

  const std::vector<PluginRecord>& plugins() const { return records_; }

 private:
  std::vector<PluginRecord> records_;
  // Live plugin objects; each one's deleter holds its library (see plugin_loader.hpp).
  std::vector<std::shared_ptr<sdk::Plugin>> live_;
};

}  // namespace motus::core
