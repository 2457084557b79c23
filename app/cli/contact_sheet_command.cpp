// motus-cli contact-sheet --html FILE [filters]: every exercise's pictures on one page, for review.
#include "commands.hpp"
#include "loaded_library.hpp"

#include <motus/core/contact_sheet.hpp>

#include <algorithm>
#include <fstream>
#include <ostream>

namespace motus::cli {

int writeContactSheet(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const auto file = invocation.value("html");
  if (!file) {
    err << "Usage: motus-cli contact-sheet --html FILE [--plugin ID] [--region CODE] [...]\n"
           "Writes every exercise's start and finish pictures, with names, to one HTML page.\n";
    return kExitUsage;
  }
  const LoadedLibrary library = loadLibrary(invocation);
  std::vector<const core::CatalogEntry*> exercises = library.catalog.search(invocation.query);
  // By plugin, then in the plugin's own order, so related exercises sit together.
  std::stable_sort(exercises.begin(), exercises.end(),
                   [](const auto* a, const auto* b) { return a->plugin_id < b->plugin_id; });
  std::ofstream sheet(*file, std::ios::binary | std::ios::trunc);
  sheet << core::contactSheetHtml(exercises);
  sheet.close();
  if (!sheet) {
    err << "Could not write " << *file << ". Check the folder exists and you may write to it.\n";
    return kExitProblem;
  }
  const auto pictured = std::count_if(exercises.begin(), exercises.end(), [](const auto* entry) {
    return !entry->spec.illustrations.start_svg.empty() && !entry->spec.illustrations.finish_svg.empty();
  });
  out << "Wrote " << *file << ": " << counted(exercises.size(), "exercise") << ", " << pictured
      << " with both pictures.\n";
  return kExitOk;
}

}  // namespace motus::cli
