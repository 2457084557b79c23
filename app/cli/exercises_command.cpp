#include "commands.hpp"
#include "loaded_library.hpp"
#include "open_records.hpp"

#include <motus/core/screening.hpp>

#include <motus/core/vocabulary_text.hpp>

#include <algorithm>
#include <ostream>

namespace motus::cli {

int listExercises(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  // Words after the command are search text too: `motus-cli exercises snow angel`.
  core::CatalogQuery query = invocation.query;
  for (std::size_t i = 1; i < invocation.words.size(); ++i) {
    query.text += (query.text.empty() ? "" : " ") + invocation.words[i];
  }
  std::vector<std::string> conditions;
  if (const auto chart = invocation.value("patient")) {
    const core::Records records = openRecords(invocation);
    for (const db::PatientCondition& condition : records.store().conditions(records.patientByChart(*chart).id)) {
      conditions.push_back(condition.code);
    }
    query.suitable_for = conditions;
  }
  const LoadedLibrary library = loadLibrary(invocation);
  if (library.catalog.size() == 0) {
    err << "No exercises are loaded. Run 'motus-cli plugins' to see which plugins were found and why.\n";
    return kExitProblem;
  }
  const std::vector<const core::CatalogEntry*> results = library.catalog.search(query);

  std::size_t idWidth = 2;
  std::size_t nameWidth = 4;
  for (const core::CatalogEntry* entry : results) {
    idWidth = std::max(idWidth, displayWidth(entry->global_id));
    nameWidth = std::max(nameWidth, displayWidth(entry->spec.name));
  }
  if (!results.empty()) {
    out << padded("ID", idWidth + 2) << padded("NAME", nameWidth + 2) << "REGIONS\n";
    for (const core::CatalogEntry* entry : results) {
      const bool caution = core::suitability(entry->spec, conditions) == core::Suitability::caution;
      out << padded(entry->global_id, idWidth + 2) << padded(entry->spec.name, nameWidth + 2)
          << core::labelsOf(sdk::kBodyRegions, entry->spec.body_regions) << (caution ? "  [Caution]" : "") << '\n';
    }
  }
  out << counted(results.size(), "exercise") << " of " << library.catalog.size() << '\n';
  return kExitOk;
}

}  // namespace motus::cli
