#pragma once
// The plugin contract: a plugin describes exercises; it is never handed the host.
//
//   class MyPlugin final : public motus::sdk::Plugin { ... };
//   MOTUS_EXPORT_PLUGIN(MyPlugin)
//
// ABI rule: build the plugin with the same compiler and C++ standard library as the host, since
// std::string and std::vector cross the boundary.

#include <motus/sdk/api_version.hpp>
#include <motus/sdk/exercise.hpp>

#include <string>
#include <vector>

#if defined(_WIN32)
#define MOTUS_SDK_EXPORT __declspec(dllexport)
#define MOTUS_SDK_VISIBLE
#else
#define MOTUS_SDK_EXPORT __attribute__((visibility("default")))
// The host and every plugin must agree on this class's type information.
#define MOTUS_SDK_VISIBLE __attribute__((visibility("default")))
#endif

namespace motus::sdk {

struct PluginInfo {
  std::string id;       // unique among plugins: lowercase letters, digits, '-'; prefixes global ids
  std::string name;     // shown to therapists: "Foam rolling for the upper back"
  std::string version;  // the plugin's own version, e.g. "1.2.0"; recorded with every prescription
  std::string author;
  std::string description;

  friend bool operator==(const PluginInfo&, const PluginInfo&) = default;
};

class MOTUS_SDK_VISIBLE Plugin {
 public:
  virtual ~Plugin() = default;
  virtual PluginInfo info() const = 0;
  virtual std::vector<ExerciseSpec> exercises() const = 0;
  virtual std::vector<EducationTopic> education() const = 0;
};

}  // namespace motus::sdk

// Exports the version the plugin was built against and a factory for PluginClass. Use it once, in
// one source file, at namespace scope.
#define MOTUS_EXPORT_PLUGIN(PluginClass)                                                           \
  extern "C" MOTUS_SDK_EXPORT const MotusApiVersion motus_plugin_api_version{MOTUS_SDK_API_MAJOR,  \
                                                                             MOTUS_SDK_API_MINOR}; \
  extern "C" MOTUS_SDK_EXPORT ::motus::sdk::Plugin* motus_plugin_create() { return new PluginClass(); }
