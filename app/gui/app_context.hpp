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
  // Plugin files the index did not know at start-up: the window scans them in the background.
  std::vector<core::PendingScan> pending_scans;

  // Opens (or creates) the database and takes what the plugin index knows of these locations;
  // the plugins it does not know are left in pending_scans.
  static std::unique_ptr<AppContext> open(const std::filesystem::path& database,
                                          const std::vector<std::filesystem::path>& plugin_locations);

  db::Store& store() const { return records->store(); }
  void setClinician(std::string name);

  // Puts newly scanned plugins in place and rebuilds the catalog from them.
  void pluginsScanned(std::vector<core::ScannedPlugin> scanned);

  // One line for the plugins that did not load, or empty when all did (or are still scanning).
  std::string pluginTrouble() const;
};

}  // namespace motus::gui
