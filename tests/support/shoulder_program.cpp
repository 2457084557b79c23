#include "shoulder_program.hpp"

#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/records.hpp>

#include <stdexcept>
#include <string>

namespace motus::test {

std::vector<db::ProgramItem> shoulderProgram(const std::vector<std::filesystem::path>& plugin_locations) {
  core::PluginHost host(core::PluginHostOptions::standard());
  host.load(plugin_locations);
  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  const auto itemOf = [](const core::CatalogEntry& entry) {
    db::ProgramItem item;
    item.exercise = core::snapshotOf(entry);
    item.dosage = entry.spec.default_dosage;
    return item;
  };
  std::vector<db::ProgramItem> items;
  for (const core::CatalogEntry& entry : catalog.entries()) {
    if (entry.plugin_id == "shoulder-care") items.push_back(itemOf(entry));
  }
  const core::CatalogEntry* roll = catalog.find("foam-rolling/mid-back-roll");
  if (items.size() != 11 || roll == nullptr) {
    throw std::runtime_error("the built-in shoulder-care (11 exercises) and foam-rolling plugins were not found (" +
                             std::to_string(items.size()) + " shoulder-care exercises)");
  }
  items.push_back(itemOf(*roll));
  return items;
}

}  // namespace motus::test
