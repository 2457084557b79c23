#pragma once
// The version of the plugin contract. The host reads a plugin's copy of these numbers from an
// exported data symbol before it calls any plugin function, and accepts the plugin when the major
// numbers are equal and the plugin's minor number is not above the host's.
//
// Bump MINOR for additions a newer host can read from an older plugin (a new vocabulary code, a
// new optional field at the end of a struct is NOT such an addition: struct layouts are ABI).
// Bump MAJOR for any change to the layout of a type that crosses the boundary.

#include <cstdint>

#define MOTUS_SDK_API_MAJOR 1
#define MOTUS_SDK_API_MINOR 0

extern "C" {
// Plain C layout so the host can read it without trusting anything else in the plugin.
struct MotusApiVersion {
  std::uint32_t major;
  std::uint32_t minor;
};
}

namespace motus::sdk {

inline constexpr MotusApiVersion kApiVersion{MOTUS_SDK_API_MAJOR, MOTUS_SDK_API_MINOR};

// The names of the two symbols every plugin exports (see MOTUS_EXPORT_PLUGIN in plugin.hpp).
inline constexpr const char* kApiVersionSymbol = "motus_plugin_api_version";
inline constexpr const char* kFactorySymbol = "motus_plugin_create";

}  // namespace motus::sdk
