#include "commands.hpp"
#include "loaded_library.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/vocabulary_text.hpp>

#include <ostream>

namespace motus::cli {
namespace {

void printList(std::ostream& out, std::string_view title, const std::vector<std::string>& lines, bool numbered) {
  if (lines.empty()) return;
  out << '\n' << title << ":\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out << "  " << (numbered ? std::to_string(i + 1) + ". " : "- ") << lines[i] << '\n';
  }
}

void printLinks(std::ostream& out, std::string_view title, const std::vector<std::string>& ids,
                const core::Catalog& catalog) {
  if (ids.empty()) return;
  out << title << ": ";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const core::CatalogEntry* target = catalog.find(ids[i]);
    out << (i ? "; " : "") << (target ? target->spec.name + " (" + ids[i] + ")" : ids[i] + " (not installed)");
  }
  out << '\n';
}

void printField(std::ostream& out, std::string_view label, const std::string& value) {
  if (!value.empty()) out << padded(std::string(label) + ":", 14) << value << '\n';
}

void printExercise(std::ostream& out, const core::CatalogEntry& entry, const core::Catalog& catalog) {
  const sdk::ExerciseSpec& spec = entry.spec;
  out << spec.name << '\n' << std::string(displayWidth(spec.name), '=') << '\n';
  printField(out, "Id", entry.global_id);
  printField(out, "Plugin", entry.plugin_name + " " + entry.plugin_version);
  printField(out, "Purpose", spec.purpose);
  printField(out, "Body regions", core::labelsOf(sdk::kBodyRegions, spec.body_regions));
  printField(out, "Equipment", spec.equipment.empty() ? "none" : core::labelsOf(sdk::kEquipment, spec.equipment));
  printField(out, "Position", core::labelsOf(sdk::kPositions, spec.positions));
  printField(out, "Goals", core::labelsOf(sdk::kGoals, spec.goals));
  printField(out, "Difficulty", std::string(core::toString(spec.difficulty)));
  printField(out, "Dosage", core::dosageLine(spec.default_dosage));
  printField(out, "Pictures", spec.illustrations.start_svg.empty() ? "none yet" : "start and finish");
  printList(out, "Steps", spec.steps, true);
  printList(out, "Cues", spec.cues, false);
  printList(out, "Precautions", spec.precautions, false);
  if (!spec.safety.empty()) {
    out << "\nScreening:\n";
    for (const sdk::SafetyRule& rule : spec.safety) {
      out << "  " << padded(core::toString(rule.severity), 8) << sdk::labelOf(sdk::kConditions, rule.condition) << ": "
          << rule.reason << '\n';
    }
  }
  if (!entry.progressions.empty() || !entry.regressions.empty()) out << '\n';
  printLinks(out, "Harder", entry.progressions, catalog);
  printLinks(out, "Easier", entry.regressions, catalog);
}

}  // namespace

int showExercise(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string& id = invocation.words[2];
  const LoadedLibrary library = loadLibrary(invocation);
  const core::CatalogEntry* entry = library.catalog.find(id);
  if (entry == nullptr) {
    err << "No exercise has the id '" << id << "'. Run 'motus-cli exercises' to list the ids.\n";
    return kExitProblem;
  }
  printExercise(out, *entry, library.catalog);
  return kExitOk;
}

}  // namespace motus::cli
