#pragma once
// The one place that knows about shared libraries (Boost.DLL stays behind this header).

#include <motus/sdk/api_version.hpp>
#include <motus/sdk/plugin.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace motus::core::detail {

struct OpenedPlugin {
  // Set when the library was opened and the factory returned an object. Its deleter holds the
  // library, so the code stays mapped for as long as the object (or a copy of the pointer) lives.
  std::shared_ptr<sdk::Plugin> plugin;
  std::optional<MotusApiVersion> api_version;
  bool incompatible = false;
  std::string reason;  // why plugin is empty
};

// Opens file, reads the API version before any plugin function runs, and only then calls the
// factory. Never throws.
OpenedPlugin openPlugin(const std::filesystem::path& file);

// The folder the running executable is in.
std::filesystem::path executableFolder();

// The platform's shared-library suffix (".so" here).
std::string libraryExtension();

}  // namespace motus::core::detail
