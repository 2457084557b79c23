// motus-cli programs ... and templates ...
#include "commands.hpp"
#include "loaded_library.hpp"
#include "open_records.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/core/vocabulary_text.hpp>
#include <motus/db/fingerprint.hpp>
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
      const core::RangeInput input =
          core::readRange("--" + std::string(field.option), *text, field.minimum, field.maximum);
      if (!input.range) throw std::invalid_argument(input.problem + ".");
      dosage.*field.member = input.range;
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
  out << '\n';
  if (!program.fingerprint.empty()) {
    out << "Fingerprint " << db::shortFingerprint(program.fingerprint) << " (printed on its handouts)\n";
  }
  for (const std::string& alteration : program.alterations) {
    out << "ALTERED OUTSIDE MOTUS: " << core::displayable(alteration) << '\n';
  }
  if (!program.alterations.empty()) {
    out << "What is shown below is not what was prescribed: no handout or new version is made from it. Restore "
           "the database from a backup made before the change ('motus-cli check' lists every altered record).\n";
  }
  out << '\n';
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
  return program.alterations.empty() ? kExitOk : kExitProblem;
}

// "NUMBER" in the words at `index`, an exercise's place in the program (from 1).
std::size_t itemNumber(const Invocation& invocation, std::size_t index) {
  return static_cast<std::size_t>(parseId(word(invocation, index), "an exercise number"));
}

void printUsage(std::ostream& err, const char* usage) {
  err << "Usage: motus-cli " << usage << "  (run 'motus-cli --help' for every command)\n";
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
  const db::Store& store = records.store();
  if (action == "new") {
    const db::Patient patient = records.patientByChart(target);
    const db::Id id = records.createDraft(patient.id, invocation.value("title").value_or("Home exercise program"));
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
    const db::Id id = records.copyLastProgram(records.patientByChart(target).id);
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
    const db::Id draft = records.newVersion(id);
    out << "Created draft program #" << draft << ", the next version of #" << id << ".\n";
    // Overrides are not carried over: say so before 'issue' refuses for it.
    const db::Program made = records.store().program(draft);
    std::size_t to_confirm = 0;
    for (const std::string& reason : records.previousOverrides(made)) to_confirm += reason.empty() ? 0U : 1U;
    if (to_confirm > 0) {
      out << to_confirm << (to_confirm == 1 ? " override" : " overrides")
          << " of the last version must be recorded again for this one, after checking they still hold: "
          << "'programs override " << draft << " NUMBER --override REASON' (see 'programs show " << draft << "').\n";
    }
    return kExitOk;
  }
  if (action == "rename") {
    const auto title = invocation.value("title");
    if (!title) {
      printUsage(err, "programs rename ID --title TITLE");
      return kExitUsage;
    }
    records.renameDraft(id, *title);
    out << "Renamed program #" << id << ".\n";
    return kExitOk;
  }
  if (action == "delete-draft") {
    records.deleteDraft(id);
    out << "Deleted draft program #" << id << ".\n";
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
  if (action == "edit-item") {
    if (word(invocation, 3).empty()) {
      printUsage(err, "programs edit-item ID NUMBER [--sets --reps --hold ... --note TEXT]");
      return kExitUsage;
    }
    const std::size_t number = itemNumber(invocation, 3);
    const db::Program program = store.program(id);
    if (number > program.items.size()) {
      throw db::RecordNotFound("Program " + std::to_string(id) + " has no exercise number " + std::to_string(number) +
                               " (it has " + std::to_string(program.items.size()) + ").");
    }
    const db::ProgramItem& item = program.items[number - 1];
    const std::optional<sdk::Dosage> dosage = dosageFrom(invocation, item.dosage);
    const auto note = invocation.value("note");
    if (!dosage && !note) {
      err << "Say what to change: a dosage option (--sets, --reps, --hold, ...) or --note.\n";
      return kExitUsage;
    }
    records.editItem(id, number, dosage.value_or(item.dosage), note.value_or(item.note));
    out << "Changed exercise " << number << " (" << core::displayable(item.exercise.spec.name) << ") of program #" << id
        << ".\n";
    return kExitOk;
  }
  if (action == "move-item") {
    if (word(invocation, 4).empty()) {
      printUsage(err, "programs move-item ID FROM TO");
      return kExitUsage;
    }
    const std::size_t from = itemNumber(invocation, 3);
    const std::size_t to = itemNumber(invocation, 4);
    records.moveItem(id, from, to);
    out << "Moved exercise " << from << " of program #" << id << " to place " << to << ".\n";
    return kExitOk;
  }
  if (action == "remove-item") {
    if (word(invocation, 3).empty()) {
      printUsage(err, "programs remove-item ID NUMBER");
      return kExitUsage;
    }
    const std::size_t number = itemNumber(invocation, 3);
    records.removeItem(id, number);
    out << "Removed exercise " << number << " from program #" << id << ".\n";
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
  if (action == "list") {
    for (const db::Template& entry : records.store().templates()) {
      out << core::displayable(entry.name) << "  (" << counted(entry.items.size(), "exercise") << ")\n";
    }
    return kExitOk;
  }
  const std::string name = word(invocation, 2);
  if (action == "save" && !name.empty() && invocation.value("from-program")) {
    const db::Id program = parseId(*invocation.value("from-program"), "a program id");
    records.saveTemplate(name, program);
    out << "Saved template '" << core::displayable(name) << "' with "
        << counted(records.templateNamed(name).items.size(), "exercise") << ".\n";
    return kExitOk;
  }
  if (action == "assign" && !name.empty() && invocation.value("program")) {
    const db::Template found = records.templateNamed(name);
    const db::Id program = parseId(*invocation.value("program"), "a program id");
    records.assignTemplate(found.id, program);
    out << "Copied " << counted(found.items.size(), "exercise") << " from '" << core::displayable(name)
        << "' into program #" << program << ".\n";
    return kExitOk;
  }
  const std::string new_name = word(invocation, 3);
  if (action == "rename" && !name.empty() && !new_name.empty()) {
    records.renameTemplate(records.templateNamed(name).id, new_name);
    out << "Renamed template '" << core::displayable(name) << "' to '" << core::displayable(new_name) << "'.\n";
    return kExitOk;
  }
  if (action == "delete" && !name.empty()) {
    records.deleteTemplate(records.templateNamed(name).id);
    out << "Deleted template '" << core::displayable(name) << "'. Programs made from it keep their exercises.\n";
    return kExitOk;
  }
  err << "Usage: motus-cli templates save NAME --from-program ID | assign NAME --program ID | rename NAME NEW_NAME"
         " | delete NAME | list\n";
  return kExitUsage;
}

}  // namespace motus::cli
