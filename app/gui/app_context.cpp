#include "app_context.hpp"

namespace motus::gui {

std::unique_ptr<AppContext> AppContext::open(const std::filesystem::path& database, db::OpenMode mode,
                                             const std::vector<std::filesystem::path>& plugin_locations) {
  auto context = std::make_unique<AppContext>();
  context->records = std::make_unique<core::Records>(database, mode);
  context->records->setDateStyle(core::dateStyleOfEnvironment());
  context->plugins = std::make_unique<core::PluginHost>(core::PluginHostOptions::standard());
  // Only the file list here: even reading the plugin index happens off the window's thread.
  context->pending_scans = context->plugins->discover(plugin_locations, false, true);
  context->catalog = core::Catalog::fromPlugins(context->plugins->plugins());
  return context;
}

void AppContext::pluginsScanned(std::vector<core::ScannedPlugin> scanned) {
  plugins->complete(std::move(scanned));
  catalog = core::Catalog::fromPlugins(plugins->plugins());
}

void AppContext::setClinician(std::string name) {
  clinician = std::move(name);
  records->setActor(clinician);
}

std::string AppContext::pluginTrouble() const {
  int failed = 0;
  std::string first;
  for (const core::PluginRecord& plugin : plugins->plugins()) {
    if (plugin.state == core::PluginState::loaded || plugin.state == core::PluginState::scanning) continue;
    if (failed++ == 0) first = plugin.path.filename().string();
  }
  if (failed == 0) return {};
  return std::to_string(failed) + (failed == 1 ? " plugin" : " plugins") + " could not be loaded (" + first +
         (failed > 1 ? ", ..." : "") + "). See View > Plugins for the reasons.";
}

}  // namespace motus::gui
