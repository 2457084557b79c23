#pragma once
// What the window works on: the records, the plugins and their catalog, and who is at the desk.
// Built once at start-up; nothing here knows about wx.

#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/records.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace motus::gui {

struct AppContext {
  std::unique_ptr<core::Records> records;
  std::unique_ptr<core::PluginHost> plugins;
  core::Catalog catalog;
  std::string clinician;
  // Plugin files found at start-up, not read yet: the window reads them in the background.
  std::vector<core::PendingScan> pending_scans;

  // Opens the database (creating it only as `mode` allows, see db::OpenMode) and lists the plugin
  // files in these locations; they are left in pending_scans, for the window to read from the
  // plugin index or scan in the background.
  static std::unique_ptr<AppContext> open(const std::filesystem::path& database, db::OpenMode mode,
                                          const std::vector<std::filesystem::path>& plugin_locations);

  // For reading; every change goes through `records`.
  const db::Store& store() const { return records->store(); }
  void setClinician(std::string name);

  // Puts newly scanned plugins in place and rebuilds the catalog from them.
  void pluginsScanned(std::vector<core::ScannedPlugin> scanned);

  // One line for the plugins that did not load, or empty when all did (or are still scanning).
  std::string pluginTrouble() const;
};

}  // namespace motus::gui
