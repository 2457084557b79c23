#include "plugin_loader.hpp"

#include "elf_check.hpp"

#include <motus/core/plugin_host.hpp>
#include <motus/core/text_folding.hpp>

#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

namespace motus::core::detail {
namespace {

using Library = boost::dll::shared_library;

std::string versionText(MotusApiVersion version) {
  return std::to_string(version.major) + "." + std::to_string(version.minor);
}

// dlerror() says "/full/path/name.so: what went wrong"; the therapist needs only the second part.
std::string dlopenProblem(const std::string& what, const std::filesystem::path& file) {
  std::string text = what;
  const std::string marker = "dlerror system message: ";
  if (const auto at = text.find(marker); at != std::string::npos) {
    text = text.substr(at + marker.size());
    if (!text.empty() && text.back() == ')') text.pop_back();
  }
  const std::string prefix = file.string() + ": ";
  if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
  return text;
}

std::string incompatibleReason(MotusApiVersion plugin) {
  const MotusApiVersion host = sdk::kApiVersion;
  if (plugin.major != host.major) {
    return "Built for plugin API " + versionText(plugin) + "; this Motus uses API " + versionText(host) +
           ". Install a version of the plugin made for API " + std::to_string(host.major) + ".x.";
  }
  return "Built for plugin API " + versionText(plugin) + ", newer than this Motus (API " + versionText(host) +
         "). Update Motus, or install an older version of the plugin.";
}

}  // namespace

OpenedPlugin openPlugin(const std::filesystem::path& file) {
  OpenedPlugin opened;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    opened.reason = "The file does not exist or is not a regular file.";
    return opened;
  }
  if (std::string problem = checkElfLibrary(file); !problem.empty()) {
    const bool damaged = problem.rfind("Not a plugin", 0) != 0;
    opened.reason = damaged ? problem + " Reinstall the plugin or remove the file." : problem;
    return opened;
  }

  std::shared_ptr<Library> library;
  try {
    // rtld_now: an unresolved symbol fails here, not later in the middle of a call.
    library = std::make_shared<Library>(file.string(), boost::dll::load_mode::rtld_now);
  } catch (const std::exception& error) {
    opened.reason = "Could not open the library: " + dlopenProblem(error.what(), file) +
                    ". Reinstall the plugin or remove the file.";
    return opened;
  }

  if (!library->has(sdk::kApiVersionSymbol)) {
    opened.reason = std::string("Not a Motus plugin: it does not export '") + sdk::kApiVersionSymbol +
                    "'. Build it with MOTUS_EXPORT_PLUGIN.";
    return opened;
  }
  const MotusApiVersion version = library->get<const MotusApiVersion>(sdk::kApiVersionSymbol);
  opened.api_version = version;
  if (!isCompatible(version, sdk::kApiVersion)) {
    opened.incompatible = true;
    opened.reason = incompatibleReason(version);
    return opened;
  }
  if (!library->has(sdk::kFactorySymbol)) {
    opened.reason = std::string("Not a Motus plugin: it does not export '") + sdk::kFactorySymbol +
                    "'. Build it with MOTUS_EXPORT_PLUGIN.";
    return opened;
  }

  auto& factory = library->get<sdk::Plugin*()>(sdk::kFactorySymbol);
  sdk::Plugin* raw = nullptr;
  try {
    raw = factory();
  } catch (const std::exception& error) {
    opened.reason = "The plugin failed while starting: " + displayable(error.what());
    return opened;
  } catch (...) {
    opened.reason = "The plugin failed while starting (it threw something that is not an exception).";
    return opened;
  }
  if (raw == nullptr) {
    opened.reason = "The plugin's factory returned nothing.";
    return opened;
  }
  // The deleter runs the plugin's destructor first and releases the library after it.
  opened.plugin = std::shared_ptr<sdk::Plugin>(raw, [library](sdk::Plugin* plugin) { delete plugin; });
  return opened;
}

std::filesystem::path executableFolder() {
  return std::filesystem::path(boost::dll::program_location().string()).parent_path();
}

std::string libraryExtension() { return Library::suffix().string(); }

}  // namespace motus::core::detail
