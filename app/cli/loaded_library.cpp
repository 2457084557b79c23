#include "loaded_library.hpp"

namespace motus::cli {

LoadedLibrary loadLibrary(const Invocation& invocation) {
  LoadedLibrary library;
  std::vector<std::filesystem::path> locations = invocation.plugin_paths;
  for (std::filesystem::path& location : core::defaultPluginLocations()) locations.push_back(std::move(location));
  library.host->load(locations, invocation.values.count("rescan") != 0);
  library.catalog = core::Catalog::fromPlugins(library.host->plugins());
  return library;
}

std::string counted(std::size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

std::size_t displayWidth(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++width;  // count lead bytes only
  }
  return width;
}

std::string padded(std::string_view text, std::size_t width) {
  std::string result(text);
  const std::size_t have = displayWidth(text);
  if (have < width) result.append(width - have, ' ');
  return result;
}

}  // namespace motus::cli
