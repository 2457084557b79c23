#include "commands.hpp"
#include "loaded_library.hpp"

#include <motus/core/text_folding.hpp>

#include <ostream>

namespace motus::cli {

int listPlugins(const Invocation& invocation, std::ostream& out) {
  const LoadedLibrary library = loadLibrary(invocation);
  const auto& plugins = library.host->plugins();
  if (plugins.empty()) {
    out << "No plugins found. Looked in:\n";
    for (const auto& location : core::defaultPluginLocations()) out << "  " << location.string() << '\n';
    return kExitOk;
  }
  std::size_t loaded = 0;
  for (const core::PluginRecord& plugin : plugins) {
    const std::string state(core::toString(plugin.state));
    out << padded(state, 13);
    if (plugin.info.id.empty()) {
      out << plugin.path.filename().string() << '\n';
    } else {
      // An invalid plugin's own words may hold escapes or broken UTF-8: never send them raw.
      out << core::displayable(plugin.info.id) << ' ' << core::displayable(plugin.info.version) << " - "
          << core::displayable(plugin.info.name);
      if (plugin.state == core::PluginState::loaded) {
        ++loaded;
        out << " (" << counted(plugin.exercises.size(), "exercise") << ", "
            << counted(plugin.education.size(), "education topic") << ")";
      }
      out << '\n';
    }
    out << padded("", 13) << plugin.path.string() << '\n';
    if (!plugin.reason.empty()) out << padded("", 13) << plugin.reason << '\n';
  }
  out << loaded << " of " << counted(plugins.size(), "plugin") << " loaded, "
      << counted(library.catalog.size(), "exercise") << '\n';
  return kExitOk;
}

}  // namespace motus::cli
