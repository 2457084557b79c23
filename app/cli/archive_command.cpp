// motus-cli export and import: the Motus archive (docs/archive.md).
#include "commands.hpp"
#include "open_records.hpp"

#include <motus/core/archive.hpp>
#include <motus/core/text_folding.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace motus::cli {
namespace {

std::string pairs(const std::vector<std::pair<std::string, std::string>>& list) {
  std::string text;
  for (const auto& [before, now] : list)
    text += (text.empty() ? "" : ", ") + core::displayable(before) + " as " + core::displayable(now);
  return text;
}

std::string names(const std::vector<std::string>& list) {
  std::string text;
  for (const std::string& name : list) text += (text.empty() ? "" : ", ") + core::displayable(name);
  return text;
}

}  // namespace

int runExport(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string file = word(invocation, 1);
  core::ArchiveSelection selection;
  for (std::size_t i = 2; i < invocation.words.size(); ++i) selection.chart_numbers.push_back(invocation.words[i]);
  if (invocation.flag("templates")) {
    if (!selection.chart_numbers.empty()) {
      err << "Give chart numbers or --templates, not both: an archive of templates holds no patients.\n";
      return kExitUsage;
    }
    selection.contents = core::ArchiveContents::templates;
  } else if (!selection.chart_numbers.empty()) {
    selection.contents = core::ArchiveContents::patients;
  }
  core::Records records = openRecords(invocation);
  const core::ArchiveExport summary = core::exportArchive(records, selection, file);
  out << "Exported " << summary.patients << " patient(s), " << summary.programs << " program(s), " << summary.templates
      << " template(s) and " << summary.exercise_snapshots << " exercise(s) to " << file << " (" << summary.bytes
      << " bytes).\n";
  return kExitOk;
}

int runImport(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string file = word(invocation, 1);
  core::ImportOptions options;
  if (invocation.flag("skip-existing") && invocation.flag("renumber")) {
    err << "Choose --skip-existing or --renumber, not both.\n";
    return kExitUsage;
  }
  if (invocation.flag("skip-existing")) options.clash = core::ChartClash::skip_existing;
  if (invocation.flag("renumber")) options.clash = core::ChartClash::renumber;
  core::Records records = openRecords(invocation);
  core::ArchiveImport summary;
  try {
    summary = records.importArchive(file, options);
  } catch (const core::ArchiveClash& error) {
    err << "Not imported: " << error.what() << " (--skip-existing or --renumber)\nThe database was not changed.\n";
    return kExitProblem;
  } catch (const core::ArchiveError& error) {
    err << "Not imported: " << error.what() << "\nThe database was not changed.\n";
    return kExitProblem;
  }
  out << "Imported " << summary.patients << " patient(s) with " << summary.issued_programs << " issued program(s) and "
      << summary.drafts << " draft(s), and " << summary.templates << " template(s), from " << file << ".\n";
  if (!summary.skipped_patients.empty())
    out << "Skipped (chart numbers here already): " << names(summary.skipped_patients) << ".\n";
  if (!summary.renumbered.empty()) out << "Renumbered: " << pairs(summary.renumbered) << ".\n";
  if (!summary.skipped_templates.empty())
    out << "Templates skipped (names here already): " << names(summary.skipped_templates) << ".\n";
  if (!summary.renamed_templates.empty()) out << "Templates renamed: " << pairs(summary.renamed_templates) << ".\n";
  if (summary.clinic_profile_imported) out << "The clinic profile came from the archive, as this database had none.\n";
  if (summary.clinic_profile_differs) out << "This database's clinic profile was kept; the archive's differs.\n";
  return kExitOk;
}

}  // namespace motus::cli
