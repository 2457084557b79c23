// motus-cli programs ... and templates ...
#include "commands.hpp"
#include "loaded_library.hpp"
#include "open_records.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/core/vocabulary_text.hpp>
#include <motus/sdk/dosage_fields.hpp>

#include <ostream>
#include <stdexcept>

namespace motus::cli {
namespace {

sdk::Side parseSide(const std::string& text) {
  if (text == "left") return sdk::Side::left;
  if (text == "right") return sdk::Side::right;
  if (text == "both") return sdk::Side::both;
  if (text == "each-side") return sdk::Side::each_side;
  throw std::invalid_argument("Unknown side '" + text + "'. Use left, right, both or each-side.");
}

// The exercise's default dosage with what the therapist typed on top; nullopt when nothing was.
std::optional<sdk::Dosage> dosageFrom(const Invocation& invocation, const sdk::Dosage& defaults) {
  sdk::Dosage dosage = defaults;
  bool changed = false;
  for (const sdk::DosageField& field : sdk::kDosageFields) {
    if (const auto text = invocation.value(std::string(field.option))) {
      const std::optional<sdk::Range> range = core::parseRange(*text);
      if (!range) {
        throw std::invalid_argument("--" + std::string(field.option) +
                                    " takes a number or a range such as 10-15, not '" + *text + "'.");
      }
      dosage.*field.member = range;
      changed = true;
    }
  }
  if (const auto side = invocation.value("side")) dosage.side = parseSide(*side), changed = true;
  if (const auto load = invocation.value("load")) dosage.load = *load, changed = true;
  if (!changed) return std::nullopt;
  return dosage;
}

std::string statusText(db::ProgramStatus status) { return status == db::ProgramStatus::issued ? "issued" : "draft"; }

void printFindings(std::ostream& out, const std::vector<core::Finding>& findings, std::size_t only_item,
                   bool all_items) {
  for (const core::Finding& finding : findings) {
    if (!all_items && finding.item != only_item) continue;
    out << "   "
        << (finding.blocksIssue()                      ? "AVOID   "
            : finding.severity == sdk::Severity::avoid ? "avoid   "
                                                       : "caution ")
        << core::describe(finding) << '\n';
  }
}

int showProgram(const core::Records& records, db::Id id, std::ostream& out) {
  const db::Store& store = records.store();
  const db::Program program = store.program(id);
  const std::vector<core::Finding> findings = records.findings(id);
  const db::Patient patient = store.patient(program.patient_id);
  out << core::displayable(program.title) << "  (program #" << program.id << ", version " << program.version << ", "
      << statusText(program.status) << ")\n";
  out << "Patient: " << core::displayable(patient.details.family_name) << ", "
      << core::displayable(patient.details.given_name) << " (" << core::displayable(patient.details.chart_number)
      << ")\n";
  out << "Created " << program.created_at << " by " << core::displayable(program.clinician);
  if (!program.issued_at.empty()) out << "; issued " << program.issued_at;
  if (program.previous_id) out << "; replaces program #" << *program.previous_id;
  out << "\n\n";
  int number = 1;
  for (const db::ProgramItem& item : program.items) {
    out << number++ << ". " << core::displayable(item.exercise.spec.name) << "  [" << item.exercise.global_id << " "
        << item.exercise.plugin_version << "]\n";
    out << "   " << core::displayable(core::dosageLine(item.dosage)) << '\n';
    if (!item.note.empty()) out << "   Note: " << core::displayable(item.note) << '\n';
    if (!item.override_reason.empty()) out << "   Override: " << core::displayable(item.override_reason) << '\n';
    printFindings(out, findings, static_cast<std::size_t>(number - 2), false);
  }
  if (core::anyBlocking(findings)) {
    out << "\nThis program cannot be issued until each AVOID above is removed or overridden with a reason:\n"
           "  motus-cli programs override "
        << program.id << " NUMBER --override \"why it is safe for this patient\"\n";
  }
  if (program.items.empty()) out << "No exercises yet: motus-cli programs add-item " << program.id << " EXERCISE\n";
  return kExitOk;
}

}  // namespace

int runPrograms(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  const std::string target = word(invocation, 2);
  if (target.empty()) {
    err << "Usage: motus-cli programs " << (action.empty() ? "ACTION" : action) << " "
        << (action == "new" || action == "list" || action == "copy-last" ? "CHART" : "ID")
        << " (run 'motus-cli --help' for the actions)\n";
    return kExitUsage;
  }
  core::Records records = openRecords(invocation);
  db::Store& store = records.store();
  if (action == "new") {
    const db::Patient patient = records.patientByChart(target);
    const db::Id id = store.createDraft(patient.id, invocation.value("title").value_or("Home exercise program"));
    out << "Created draft program #" << id << " for " << core::displayable(target) << ".\n";
    return kExitOk;
  }
  if (action == "list") {
    const db::Patient patient = records.patientByChart(target);
    for (const db::ProgramSummary& p : store.programs(patient.id)) {
      out << "#" << p.id << "  " << core::displayable(p.title) << "  v" << p.version << "  " << statusText(p.status)
          << "  " << counted(static_cast<std::size_t>(p.item_count), "exercise") << '\n';
    }
    return kExitOk;
  }
  if (action == "copy-last") {
    const db::Id id = store.copyLastProgram(records.patientByChart(target).id);
    out << "Created draft program #" << id << " from the last issued program.\n";
    return kExitOk;
  }
  const db::Id id = parseId(target, "a program id");
  if (action == "show") return showProgram(records, id, out);
  if (action == "issue") {
    records.issue(id);
    out << "Issued program #" << id << ". It can no longer change; 'programs new-version " << id
        << "' starts the next version.\n";
    return kExitOk;
  }
  if (action == "new-version") {
    out << "Created draft program #" << store.newVersion(id) << ", the next version of #" << id << ".\n";
    return kExitOk;
  }
  if (action == "add-item") {
    const std::string exerciseId = word(invocation, 3);
    const LoadedLibrary library = loadLibrary(invocation);
    const core::CatalogEntry* exercise = library.catalog.find(exerciseId);
    if (exercise == nullptr) {
      err << "No exercise has the id '" << exerciseId << "'. Run 'motus-cli exercises' to list the ids.\n";
      return kExitProblem;
    }
    records.prescribe(id, *exercise, dosageFrom(invocation, exercise->spec.default_dosage),
                      invocation.value("note").value_or(""), invocation.value("override").value_or(""));
    out << "Added " << exercise->spec.name << " to program #" << id << ".\n";
    const std::vector<core::Finding> findings = records.findings(id);
    const std::size_t added = store.program(id).items.size() - 1;
    printFindings(out, findings, added, false);
    return kExitOk;
  }
  if (action == "override") {
    const std::string position = word(invocation, 3);
    const auto reason = invocation.value("override");
    if (position.empty() || !reason) {
      err << "Usage: motus-cli programs override ID NUMBER --override \"why it is safe for this patient\"\n";
      return kExitUsage;
    }
    records.overrideAvoid(id, static_cast<std::size_t>(parseId(position, "an exercise number")), *reason);
    out << "Recorded the override on exercise " << position << " of program #" << id << ".\n";
    return kExitOk;
  }
  err << "Unknown programs command '" << action << "'. Run 'motus-cli --help'.\n";
  return kExitUsage;
}

int runTemplates(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  core::Records records = openRecords(invocation);
  db::Store& store = records.store();
  if (action == "list") {
    for (const db::Template& entry : store.templates()) {
      out << core::displayable(entry.name) << "  (" << counted(entry.items.size(), "exercise") << ")\n";
    }
    return kExitOk;
  }
  const std::string name = word(invocation, 2);
  if (action == "save" && !name.empty() && invocation.value("from-program")) {
    const db::Program program = store.program(parseId(*invocation.value("from-program"), "a program id"));
    std::vector<db::TemplateItem> items;
    for (const db::ProgramItem& item : program.items) items.push_back({item.exercise, item.dosage, item.note});
    store.saveTemplate(name, items);
    out << "Saved template '" << core::displayable(name) << "' with " << counted(items.size(), "exercise") << ".\n";
    return kExitOk;
  }
  if (action == "assign" && !name.empty() && invocation.value("program")) {
    const std::optional<db::Template> found = store.findTemplate(name);
    if (!found) {
      err << "No template is named '" << name << "'. Run 'motus-cli templates list'.\n";
      return kExitProblem;
    }
    const db::Id program = parseId(*invocation.value("program"), "a program id");
    store.assignTemplate(found->id, program);
    out << "Copied " << counted(found->items.size(), "exercise") << " from '" << core::displayable(name)
        << "' into program #" << program << ".\n";
    return kExitOk;
  }
  err << "Usage: motus-cli templates save NAME --from-program ID | assign NAME --program ID | list\n";
  return kExitUsage;
}

}  // namespace motus::cli
