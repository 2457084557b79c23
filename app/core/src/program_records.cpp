// Drafts and what a therapist does to them, issuing, and the versions that follow.
#include <motus/core/override_reason.hpp>
#include <motus/core/plugin_validation.hpp>
#include <motus/core/records.hpp>

#include <algorithm>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include "records_input.hpp"
#include "records_logging.hpp"

namespace motus::core {
namespace {

using input::trimmed;

std::vector<std::string> itemProblems(const sdk::Dosage& dosage, const std::string& note) {
  std::vector<std::string> problems;
  for (const std::string& problem : dosageProblems(dosage)) problems.push_back("dosage " + problem);
  input::checkText(problems, "note", note);
  return problems;
}

// The conditions of the patient's that mark this item Avoid.
std::vector<std::string> avoidConditions(const std::vector<db::PatientCondition>& conditions,
                                         const db::ProgramItem& item) {
  std::vector<std::string> codes;
  for (const Finding& finding : screenProgram(conditions, {item})) {
    if (finding.severity == sdk::Severity::avoid) codes.push_back(finding.condition);
  }
  return codes;
}

// Checked once it is known there is an Avoid to answer (that refusal says more), and only for a
// reason given now: one carried into a new version, or imported, is the record of its day.
void refuseUntoldReason(const std::string& reason) {
  if (const std::optional<std::string> problem = overrideReasonProblem(reason))
    throw detail::refusedInput("override reason that says nothing", *problem);
}

// The item at `position` (from 1). When the caller says which item it saw there, a draft changed
// meanwhile (by motus-cli, another window, another therapist) is refused rather than edited at
// the wrong exercise: an override reason must never land on an exercise it was not written for.
db::ProgramItem& itemAt(db::Program& draft, std::size_t position, const std::optional<db::ProgramItem>& expected) {
  if (position < 1 || position > draft.items.size()) {
    throw db::RecordNotFound("Program " + std::to_string(draft.id) + " has no exercise number " +
                             std::to_string(position) + " (it has " + std::to_string(draft.items.size()) + ").");
  }
  db::ProgramItem& item = draft.items[position - 1];
  if (expected && !(item == *expected)) {
    throw detail::refusedInput("edit of a draft changed meanwhile",
                               "Program " + std::to_string(draft.id) + " changed since it was shown: exercise " +
                                   std::to_string(position) + " is now " + item.exercise.spec.name +
                                   ". Nothing was changed; look at the program again and redo the change.");
  }
  return item;
}

}  // namespace

void Records::editDraft(db::Id draft, const std::string& summary,
                        const std::function<std::string(db::Program&)>& edit) {
  DraftStep step{{}, summary, 0, {}, {}, {}};
  store_.editDraft(draft, summary, [&](db::Program& program) {
    step.patient = program.patient_id;
    step.created_at = program.created_at;
    step.before = {program.title, program.items};
    step.label = edit(program);
    step.after = {program.title, program.items};
  });
  if (!(step.before == step.after)) history_.recorded(draft, std::move(step));
}

std::optional<std::string> Records::undoable(db::Id draft) const {
  const DraftStep* step = history_.nextUndo(draft);
  return step == nullptr ? std::nullopt : std::optional<std::string>(step->label);
}

std::optional<std::string> Records::redoable(db::Id draft) const {
  const DraftStep* step = history_.nextRedo(draft);
  return step == nullptr ? std::nullopt : std::optional<std::string>(step->label);
}

void Records::undo(db::Id draft) { stepDraft(draft, true); }
void Records::redo(db::Id draft) { stepDraft(draft, false); }

void Records::stepDraft(db::Id draft, bool back) {
  const char* verb = back ? "undo" : "redo";
  const DraftStep* step = back ? history_.nextUndo(draft) : history_.nextRedo(draft);
  if (step == nullptr) {
    throw detail::refusedInput(
        std::string(verb) + " with nothing to " + verb,
        "There is nothing to " + std::string(verb) + " in program " + std::to_string(draft) + ".");
  }
  const DraftContent& expected = back ? step->after : step->before;
  const DraftContent& wanted = back ? step->before : step->after;
  try {
    store_.editDraft(draft, std::string(back ? "undone: " : "redone: ") + step->audit, [&](db::Program& program) {
      // Compared inside the transaction: a change saved elsewhere since is never overwritten.
      if (program.patient_id != step->patient || program.created_at != step->created_at ||
          !(DraftContent{program.title, program.items} == expected)) {
        throw detail::refusedInput(std::string(verb) + " of a draft changed meanwhile",
                                   "Program " + std::to_string(draft) +
                                       " was changed somewhere else since (another window, motus-cli or another "
                                       "therapist), so " +
                                       verb + " cannot " + (back ? "take back " : "make again ") + step->label +
                                       " without losing that change. Nothing was changed; look at the "
                                       "program and make the change by hand.");
      }
      program.title = wanted.title;
      program.items = wanted.items;
    });
  } catch (const db::InvalidRecord&) {
    history_.forget(draft);  // the steps no longer describe the draft
    throw;
  } catch (const db::ImmutableRecord&) {
    history_.forget(draft);  // issued meanwhile: part of the record for good
    throw;
  } catch (const db::RecordNotFound&) {
    history_.forget(draft);
    throw;
  }
  if (back) {
    history_.undone(draft);
  } else {
    history_.redone(draft);
  }
}

db::Id Records::createDraft(db::Id patient, const std::string& title) {
  return store_.createDraft(patient, input::requiredName("program title", title));
}

void Records::renameDraft(db::Id draft, const std::string& title) {
  const std::string name = input::requiredName("program title", title);
  editDraft(draft, "draft renamed", [&](db::Program& program) {
    program.title = name;
    return std::string("renaming the draft");
  });
}

void Records::deleteDraft(db::Id draft) {
  store_.deleteDraft(draft);
  history_.forget(draft);
}

void Records::prescribe(db::Id draft, const CatalogEntry& exercise, const std::optional<sdk::Dosage>& dosage,
                        const std::string& note, const std::string& override_reason, std::optional<std::size_t> at) {
  db::ProgramItem item{
      snapshotOf(exercise), dosage.value_or(exercise.spec.default_dosage), note, trimmed(override_reason), {}};
  std::vector<std::string> problems = itemProblems(item.dosage, note);
  input::checkText(problems, "override reason", override_reason);
  input::refuseIfAny("exercise dosage or note", problems);
  if (!item.override_reason.empty()) {
    item.override_conditions = avoidConditions(store_.conditions(store_.program(draft).patient_id), item);
    if (item.override_conditions.empty()) {
      throw detail::refusedInput("override without an Avoid finding",
                                 exercise.spec.name +
                                     " has no Avoid finding for this patient: there is nothing to "
                                     "override. Leave --override out.");
    }
    refuseUntoldReason(item.override_reason);
  }
  // As one step of the draft's history, so Undo takes it back.
  editDraft(draft, "exercise added: " + item.exercise.global_id, [&](db::Program& program) {
    if (at && (*at < 1 || *at > program.items.size() + 1)) {
      throw db::RecordNotFound("Program " + std::to_string(draft) + " has no place number " + std::to_string(*at) +
                               " (it has " + std::to_string(program.items.size()) + " exercises).");
    }
    program.items.insert(at ? program.items.begin() + static_cast<std::ptrdiff_t>(*at - 1) : program.items.end(), item);
    return "adding " + item.exercise.spec.name;
  });
}

void Records::editItem(db::Id draft, std::size_t position, const sdk::Dosage& dosage, const std::string& note,
                       const std::optional<db::ProgramItem>& expected) {
  input::refuseIfAny("exercise dosage or note", itemProblems(dosage, note));
  editDraft(draft, "exercise " + std::to_string(position) + " changed", [&](db::Program& program) {
    db::ProgramItem& item = itemAt(program, position, expected);
    item.dosage = dosage;
    item.note = note;
    return "changing the dosage of " + item.exercise.spec.name;
  });
}

void Records::moveItem(db::Id draft, std::size_t from, std::size_t to, const std::optional<db::ProgramItem>& expected) {
  editDraft(draft, "exercise " + std::to_string(from) + " moved to " + std::to_string(to), [&](db::Program& program) {
    db::ProgramItem moved = itemAt(program, from, expected);
    itemAt(program, to, std::nullopt);  // must exist too
    program.items.erase(program.items.begin() + static_cast<std::ptrdiff_t>(from - 1));
    const std::string label = "moving " + moved.exercise.spec.name;
    program.items.insert(program.items.begin() + static_cast<std::ptrdiff_t>(to - 1), std::move(moved));
    return label;
  });
}

void Records::removeItem(db::Id draft, std::size_t position, const std::optional<db::ProgramItem>& expected) {
  editDraft(draft, "exercise " + std::to_string(position) + " removed", [&](db::Program& program) {
    const std::string label = "removing " + itemAt(program, position, expected).exercise.spec.name;
    program.items.erase(program.items.begin() + static_cast<std::ptrdiff_t>(position - 1));
    return label;
  });
}

void Records::replaceExercise(db::Id draft, std::size_t position, const CatalogEntry& replacement,
                              const std::optional<db::ProgramItem>& expected) {
  editDraft(draft, "exercise " + std::to_string(position) + " swapped for " + replacement.global_id,
            [&](db::Program& program) {
              db::ProgramItem& item = itemAt(program, position, expected);
              const std::string label = "swapping " + item.exercise.spec.name + " for " + replacement.spec.name;
              item = {snapshotOf(replacement), item.dosage, item.note, {}, {}};
              return label;
            });
}

std::vector<Finding> Records::findings(db::Id program) const {
  const db::Program loaded = store_.program(program);
  return screenProgram(store_.conditions(loaded.patient_id), loaded.items);
}

void Records::overrideAvoid(db::Id draft, std::size_t position, const std::string& reason,
                            const std::optional<db::ProgramItem>& expected) {
  if (trimmed(reason).empty())
    throw detail::refusedInput("override without a reason",
                               "An override needs a reason: say why it is safe for this patient.");
  if (!isValidUtf8(reason))
    throw detail::refusedInput("override reason not text", "The override reason has characters that are not text.");
  editDraft(draft, "override recorded on exercise " + std::to_string(position), [&](db::Program& program) {
    db::ProgramItem& item = itemAt(program, position, expected);
    item.override_reason = trimmed(reason);
    item.override_conditions = avoidConditions(store_.conditions(program.patient_id), item);
    if (item.override_conditions.empty()) {
      throw detail::refusedInput("override without an Avoid finding",
                                 "Exercise " + std::to_string(position) + " of program " + std::to_string(draft) +
                                     " has no Avoid finding for this patient: there is nothing to override.");
    }
    refuseUntoldReason(item.override_reason);
    return "the override of " + item.exercise.spec.name;
  });
}

void Records::setAdviceLeftOut(db::Id draft, std::size_t position, const std::string& condition, bool left_out,
                               const std::optional<db::ProgramItem>& expected) {
  const std::string summary = std::string(left_out ? "advice left out" : "advice put back") + " on exercise " +
                              std::to_string(position) + " for " + condition;
  editDraft(draft, summary, [&](db::Program& program) {
    db::ProgramItem& item = itemAt(program, position, expected);
    const auto& rules = item.exercise.spec.safety;
    const bool hasAdvice = std::any_of(rules.begin(), rules.end(), [&](const sdk::SafetyRule& rule) {
      return rule.condition == condition && rule.severity == sdk::Severity::caution && !rule.patient_advice.empty();
    });
    if (!hasAdvice) {
      throw detail::refusedInput(
          "advice for a rule without any",
          "Exercise " + std::to_string(position) + " has no advice for the patient about " + condition + ".");
    }
    std::vector<std::string>& out = item.advice_left_out;
    out.erase(std::remove(out.begin(), out.end(), condition), out.end());
    if (left_out) out.push_back(condition);
    return std::string(left_out ? "leaving out the advice for " : "putting back the advice for ") +
           item.exercise.spec.name;
  });
}

void Records::issue(db::Id program) {
  // Screened inside the issuing transaction: an exercise or a condition added meanwhile by
  // someone else is screened too, never issued unanswered.
  store_.issueProgram(program, [&](db::Program& draft) {
    const std::string note = issueCheck(draft);
    // The advice printed for this patient is settled now, from the conditions as they are when the
    // program is issued: a reprint years later tells the patient what they were told.
    const std::vector<std::vector<std::string>> advice =
        patientAdvice(screenProgram(store_.conditions(draft.patient_id), draft.items), draft.items.size());
    for (std::size_t i = 0; i < draft.items.size(); ++i) draft.items[i].patient_advice = advice[i];
    return note;
  });
  history_.forget(program);  // issued: nothing in it is taken back any more
}

std::string Records::issueCheck(const db::Program& draft) const {
  const std::vector<Finding> found = screenProgram(store_.conditions(draft.patient_id), draft.items);
  std::string blocked;
  std::string overrides;
  for (const Finding& finding : found) {
    const std::string where = "#" + std::to_string(finding.item + 1) + " " + finding.exercise_name + " (" +
                              std::string(sdk::labelOf(sdk::kConditions, finding.condition)) + ")";
    if (finding.blocksIssue()) blocked += (blocked.empty() ? "" : "; ") + where + ": " + finding.reason;
    if (finding.severity == sdk::Severity::avoid && !finding.override_reason.empty()) {
      overrides += (overrides.empty() ? "overrides: " : "; ") + finding.exercise_id + " for " + finding.condition +
                   ": " + finding.override_reason;
    }
  }
  if (!blocked.empty()) {
    throw detail::refusedInput("issue with unanswered Avoid findings",
                               "Not issued: these exercises are marked Avoid for this patient: " + blocked +
                                   ". Remove them, or record why each is safe for this patient (an override).");
  }
  return overrides;
}

db::Id Records::newVersion(db::Id issued_program) { return store_.newVersion(issued_program); }

db::Id Records::copyLastProgram(db::Id patient) { return store_.copyLastProgram(patient); }

}  // namespace motus::core
