// Visits: a patient's programs as a history, and the next visit made from the current one.
#include <motus/core/records.hpp>

#include <algorithm>

namespace motus::core {

std::optional<db::Id> currentProgram(const std::vector<db::ProgramSummary>& programs) {
  const db::ProgramSummary* current = nullptr;
  for (const db::ProgramSummary& program : programs) {
    if (program.status != db::ProgramStatus::issued) continue;
    if (current == nullptr || program.issued_at > current->issued_at ||
        (program.issued_at == current->issued_at && program.id > current->id)) {
      current = &program;
    }
  }
  return current ? std::optional(current->id) : std::nullopt;
}

Records::NextVisit Records::nextVisit(db::Id patient) {
  const std::vector<db::ProgramSummary> programs = store_.programs(patient);
  const std::optional<db::Id> current = currentProgram(programs);
  if (!current) {
    store_.patient(patient);  // names a patient who does not exist
    throw db::RecordNotFound(
        "This patient has no issued program yet, so there is no visit to follow: start one "
        "with New program and issue it.");
  }
  for (const db::ProgramSummary& program : programs) {  // newest first
    if (program.status == db::ProgramStatus::draft && program.previous_id == current) return {program.id, false};
  }
  return {newVersion(*current), true};
}

std::vector<std::string> Records::previousOverrides(const db::Program& draft) const {
  std::vector<std::string> reasons(draft.items.size());
  if (!draft.previous_id) return reasons;
  const db::Program previous = store_.program(*draft.previous_id);
  if (!previous.alterations.empty()) return reasons;  // changed outside Motus: nothing to offer from it
  // The Avoid conditions each item has now: last visit's reason is offered only where it answered
  // every one of them. One written for osteoporosis says nothing about a new hip replacement.
  std::vector<std::vector<std::string>> avoid_now(draft.items.size());
  for (const Finding& finding : screenProgram(store_.conditions(draft.patient_id), draft.items)) {
    if (finding.severity == sdk::Severity::avoid) avoid_now[finding.item].push_back(finding.condition);
  }
  for (std::size_t i = 0; i < draft.items.size(); ++i) {
    if (avoid_now[i].empty()) continue;
    for (const db::ProgramItem& item : previous.items) {
      if (item.exercise.global_id != draft.items[i].exercise.global_id || item.override_reason.empty()) continue;
      const auto answered = [&](const std::string& condition) {
        return std::find(item.override_conditions.begin(), item.override_conditions.end(), condition) !=
               item.override_conditions.end();
      };
      if (std::all_of(avoid_now[i].begin(), avoid_now[i].end(), answered)) reasons[i] = item.override_reason;
      break;
    }
  }
  return reasons;
}

}  // namespace motus::core
