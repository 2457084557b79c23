#include <motus/core/plugin_host.hpp>

#include "plugin_loader.hpp"

#include <motus/core/text_folding.hpp>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <functional>
#include <set>

#ifndef MOTUS_PLUGIN_DIR_FROM_BIN
#error "MOTUS_PLUGIN_DIR_FROM_BIN must name the built-in plugin folder relative to the executable"
#endif

namespace motus::core {
namespace {

namespace fs = std::filesystem;

// Runs one call into plugin code. Exceptions are turned into text here, while the library that
// threw them is certainly still loaded.
template <typename Result>
std::optional<Result> guarded(const std::function<Result()>& call, std::string_view what, std::string& reason) {
  try {
    return call();
  } catch (const std::exception& error) {
    reason = "The plugin failed while " + std::string(what) + ": " + displayable(error.what());
  } catch (...) {
    reason = "The plugin failed while " + std::string(what) + " (it threw something that is not an exception).";
  }
  return std::nullopt;
}

std::string invalidReason(const std::vector<PluginProblem>& problems, const fs::path& file) {
  std::string reason = describe(problems.front());
  if (problems.size() > 1) {
    reason +=
        " (and " + std::to_string(problems.size() - 1) + " more; run 'motus-cli plugin check " + file.string() + "')";
  }
  return reason;
}

std::vector<fs::path> pluginFilesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  const std::string extension = detail::libraryExtension();
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == extension && it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> splitPathList(std::string_view list) {
  std::vector<fs::path> paths;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t end = std::min(list.find(':', start), list.size());
    if (end > start) paths.emplace_back(std::string(list.substr(start, end - start)));
    start = end + 1;
  }
  return paths;
}

}  // namespace

std::string_view toString(PluginState state) {
  switch (state) {
    case PluginState::loaded:
      return "loaded";
    case PluginState::incompatible:
      return "incompatible";
    case PluginState::invalid:
      return "invalid";
    case PluginState::failed:
      return "failed";
  }
  return "failed";
}

bool isCompatible(MotusApiVersion plugin, MotusApiVersion host) {
  return plugin.major == host.major && plugin.minor <= host.minor;
}

fs::path userPluginFolder() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg != nullptr && fs::path(xdg).is_absolute()) return fs::path(xdg) / "motus" / "plugins";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return fs::path(home) / ".local" / "share" / "motus" / "plugins";
  return {};
}

fs::path builtinPluginFolder() { return (detail::executableFolder() / MOTUS_PLUGIN_DIR_FROM_BIN).lexically_normal(); }

std::vector<fs::path> defaultPluginLocations() {
  std::vector<fs::path> locations;
  if (const char* list = std::getenv("MOTUS_PLUGIN_PATH"); list != nullptr) locations = splitPathList(list);
  if (fs::path user = userPluginFolder(); !user.empty()) locations.push_back(std::move(user));
  locations.push_back(builtinPluginFolder());
  return locations;
}

PluginHost::PluginHost() = default;

PluginHost::~PluginHost() {
  // Plugin data was copied into the records; drop those copies before the libraries go away so
  // that nothing of a plugin outlives its code, whatever the plugin put in them.
  records_.clear();
  live_.clear();
}

void PluginHost::load(const std::vector<fs::path>& locations) {
  std::set<fs::path> seen;
  std::error_code ec;
  for (const PluginRecord& record : records_) seen.insert(fs::weakly_canonical(record.path, ec));
  for (const fs::path& location : locations) {
    const std::vector<fs::path> files =
        fs::is_directory(location, ec) ? pluginFilesIn(location) : std::vector<fs::path>{location};
    for (const fs::path& file : files) {
      if (!fs::exists(file, ec)) continue;
      if (!seen.insert(fs::weakly_canonical(file, ec)).second) continue;
      loadFile(file);
    }
  }
}

const PluginRecord& PluginHost::loadFile(const fs::path& file) {
  const auto started = std::chrono::steady_clock::now();
  PluginRecord& record = records_.emplace_back();
  record.path = file;
  const auto finish = [&]() -> const PluginRecord& {
    record.load_time =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    return record;
  };

  detail::OpenedPlugin opened = detail::openPlugin(file);
  record.api_version = opened.api_version;
  if (!opened.plugin) {
    record.state = opened.incompatible ? PluginState::incompatible : PluginState::failed;
    record.reason = std::move(opened.reason);
    return finish();
  }

  const sdk::Plugin& plugin = *opened.plugin;
  std::string reason;
  auto info = guarded<sdk::PluginInfo>([&] { return plugin.info(); }, "describing itself", reason);
  auto exercises = info ? guarded<std::vector<sdk::ExerciseSpec>>([&] { return plugin.exercises(); },
                                                                  "listing its exercises", reason)
                        : std::nullopt;
  auto education = exercises ? guarded<std::vector<sdk::EducationTopic>>([&] { return plugin.education(); },
                                                                         "listing its education topics", reason)
                             : std::nullopt;
  if (info) record.info = std::move(*info);
  if (!education) {
    record.state = PluginState::failed;
    record.reason = std::move(reason);
    return finish();
  }

  record.problems = validatePluginContent(record.info, *exercises, *education);
  if (!record.problems.empty()) {
    record.state = PluginState::invalid;
    record.reason = invalidReason(record.problems, file);
    return finish();
  }

  // Global ids are "plugin-id/exercise-id", so two plugins can only clash through their ids.
  const auto first = std::find_if(records_.begin(), records_.end() - 1, [&](const PluginRecord& other) {
    return other.state == PluginState::loaded && other.info.id == record.info.id;
  });
  if (first != records_.end() - 1) {
    record.state = PluginState::invalid;
    record.reason = "Another plugin with the id '" + record.info.id + "' (version " + first->info.version +
                    ") was loaded first from " + first->path.string() + "; this copy is not used.";
    record.problems.push_back({record.info.id, {}, record.reason});
    return finish();
  }

  record.state = PluginState::loaded;
  record.exercises = std::move(*exercises);
  record.education = std::move(*education);
  live_.push_back(std::move(opened.plugin));
  return finish();
}

}  // namespace motus::core
