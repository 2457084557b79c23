#pragma once
// The plugin contract: a plugin describes exercises; it is never handed the host.
//
//   class MyPlugin final : public motus::sdk::Plugin { ... };
//   MOTUS_EXPORT_PLUGIN(MyPlugin)
//
// The C++ classes below are for writing a plugin; they never cross the boundary. The macro exports
// two C symbols: the API version and a function that returns the whole description as a JSON
// document, with every exception caught inside the plugin. Any compiler and standard library can
// build a plugin (clang with libc++ included), and Motus reads it in a separate process.

#include <motus/sdk/api_version.hpp>
#include <motus/sdk/exercise.hpp>
#include <motus/sdk/plugin_document.hpp>

#include <cstddef>
#include <string>
#include <vector>

#if defined(_WIN32)
#define MOTUS_SDK_EXPORT __declspec(dllexport)
#else
#define MOTUS_SDK_EXPORT __attribute__((visibility("default")))
#endif

namespace motus::sdk {

class Plugin {
 public:
  Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;
  virtual ~Plugin() = default;

  virtual PluginInfo info() const = 0;
  virtual std::vector<ExerciseSpec> exercises() const = 0;
  // Patient education a therapist may add to a handout; a plugin need not have any.
  virtual std::vector<EducationTopic> education() const { return {}; }
};

namespace detail {

// Builds the plugin, asks it everything and writes the document. Whatever goes wrong (the
// constructor throws, a call throws, a text is not UTF-8, memory runs out) becomes an error
// document naming the step, so nothing but a document ever leaves the plugin.
template <typename PluginClass>
std::string describeSafely() {
  const char* stage = "starting";
  try {
    const PluginClass plugin;
    stage = "describing itself";
    const PluginInfo info = plugin.info();
    stage = "listing its exercises";
    const std::vector<ExerciseSpec> exercises = plugin.exercises();
    stage = "listing its education topics";
    const std::vector<EducationTopic> education = plugin.education();
    stage = "writing its description";
    return writePluginDocument(info, exercises, education);
  } catch (const std::bad_alloc&) {
    return writeErrorDocument(stage, "out of memory", ErrorKind::out_of_memory);
  } catch (const InvalidText& error) {
    return writeErrorDocument(stage, error.what(), ErrorKind::invalid_text);
  } catch (const std::exception& error) {
    return writeErrorDocument(stage, error.what(), ErrorKind::exception);
  } catch (...) {
    return writeErrorDocument(stage, "it threw something that is not an exception", ErrorKind::exception);
  }
}

template <typename PluginClass>
const char* describeInto(std::size_t* length) noexcept {
  static std::string document;  // kept until the next call, as the contract says
  try {
    document = describeSafely<PluginClass>();
  } catch (...) {  // not even the error document could be built: memory is gone
    static const char kNoMemory[] = R"({"format":"motus-plugin","error":{"kind":"out-of-memory"}})";
    *length = sizeof(kNoMemory) - 1;
    return kNoMemory;
  }
  *length = document.size();
  return document.data();
}

}  // namespace detail
}  // namespace motus::sdk

// Exports the version the plugin was built against and the describe function for PluginClass.
// Use it once, in one source file, at namespace scope.
#define MOTUS_EXPORT_PLUGIN(PluginClass)                                                           \
  extern "C" MOTUS_SDK_EXPORT const MotusApiVersion motus_plugin_api_version{MOTUS_SDK_API_MAJOR,  \
                                                                             MOTUS_SDK_API_MINOR}; \
  extern "C" MOTUS_SDK_EXPORT const char* motus_plugin_describe(std::size_t* length) noexcept {    \
    return ::motus::sdk::detail::describeInto<PluginClass>(length);                                \
  }
