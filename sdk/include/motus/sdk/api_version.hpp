#pragma once
// The version of the plugin contract. The host reads a plugin's copy of these numbers from an
// exported data symbol before any plugin function runs, and accepts the plugin when the major
// numbers are equal and the plugin's minor number is not above the host's.
//
// What crosses the boundary is plain C: this struct and one function that returns the plugin's
// whole description as a JSON document (see plugin_document.hpp). So:
//   - bump MINOR for additions: a new field or vocabulary code. A field a newer host knows is simply
//     absent from an older plugin's document and takes its default;
//   - bump MAJOR only when a field changes meaning or is removed.
// API 1.x passed C++ objects across the boundary and is no longer loaded.

#include <cstddef>
#include <cstdint>

#define MOTUS_SDK_API_MAJOR 2
#define MOTUS_SDK_API_MINOR 1

extern "C" {
// Plain C layout so the host can read it without trusting anything else in the plugin.
struct MotusApiVersion {
  std::uint32_t major;
  std::uint32_t minor;
};

// The describe function: returns the plugin's document (UTF-8 JSON, not NUL-terminated) and sets
// *length to its size in bytes. The memory belongs to the plugin and stays valid until the next
// call or until the library is unloaded. It never throws and never returns null.
using MotusDescribeFunction = const char* (*)(std::size_t* length);
}

namespace motus::sdk {

inline constexpr MotusApiVersion kApiVersion{MOTUS_SDK_API_MAJOR, MOTUS_SDK_API_MINOR};

// The names of the two symbols every plugin exports (see MOTUS_EXPORT_PLUGIN in plugin.hpp).
inline constexpr const char* kApiVersionSymbol = "motus_plugin_api_version";
inline constexpr const char* kDescribeSymbol = "motus_plugin_describe";

// The "format" member of every plugin document.
inline constexpr const char* kDocumentFormat = "motus-plugin";

}  // namespace motus::sdk
