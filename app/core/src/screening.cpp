#include <motus/core/screening.hpp>

#include <motus/core/vocabulary_text.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <algorithm>

namespace motus::core {
namespace {

bool hasCondition(const std::vector<db::PatientCondition>& conditions, const std::string& code) {
  return std::any_of(conditions.begin(), conditions.end(),
                     [&](const db::PatientCondition& condition) { return condition.code == code; });
}

}  // namespace

std::vector<Finding> screenProgram(const std::vector<db::PatientCondition>& conditions,
                                   const std::vector<db::ProgramItem>& items) {
  std::vector<Finding> findings;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const db::ProgramItem& item = items[i];
    const std::size_t first = findings.size();
    for (const sdk::SafetyRule& rule : item.exercise.spec.safety) {
      if (!hasCondition(conditions, rule.condition)) continue;
      const bool answered = rule.severity == sdk::Severity::avoid &&
                            std::find(item.override_conditions.begin(), item.override_conditions.end(),
                                      rule.condition) != item.override_conditions.end();
      const bool caution = rule.severity == sdk::Severity::caution;
      findings.push_back({i, item.exercise.global_id, item.exercise.spec.name, rule.condition, rule.severity,
                          rule.reason, answered ? item.override_reason : std::string(),
                          caution ? rule.patient_advice : std::string(),
                          caution && std::find(item.advice_left_out.begin(), item.advice_left_out.end(),
                                               rule.condition) != item.advice_left_out.end()});
    }
    std::stable_sort(findings.begin() + static_cast<std::ptrdiff_t>(first), findings.end(),
                     [](const Finding& a, const Finding& b) {
                       return a.severity == sdk::Severity::avoid && b.severity != sdk::Severity::avoid;
                     });
  }
  return findings;
}

std::vector<std::vector<std::string>> patientAdvice(const std::vector<Finding>& findings, std::size_t items) {
  std::vector<std::vector<std::string>> advice(items);
  for (const Finding& finding : findings) {
    if (finding.item >= items || finding.patient_advice.empty() || finding.advice_left_out) continue;
    std::vector<std::string>& said = advice[finding.item];
    // Two conditions may share a sentence (the plugin's shared rules): the patient reads it once.
    if (std::find(said.begin(), said.end(), finding.patient_advice) == said.end())
      said.push_back(finding.patient_advice);
  }
  return advice;
}

std::vector<Finding> mostUrgentFirst(std::vector<Finding> findings) {
  const auto urgency = [](const Finding& finding) {
    if (finding.blocksIssue()) return 0;
    return finding.severity == sdk::Severity::avoid ? 1 : 2;
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return urgency(a) < urgency(b); });
  return findings;
}

bool anyBlocking(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& finding) { return finding.blocksIssue(); });
}

Suitability suitability(const sdk::ExerciseSpec& exercise, const std::vector<std::string>& condition_codes) {
  Suitability worst = Suitability::suitable;
  for (const sdk::SafetyRule& rule : exercise.safety) {
    if (std::find(condition_codes.begin(), condition_codes.end(), rule.condition) == condition_codes.end()) continue;
    if (rule.severity == sdk::Severity::avoid) return Suitability::avoid;
    worst = Suitability::caution;
  }
  return worst;
}

std::string describe(const Finding& finding) {
  std::string text = std::string(sdk::labelOf(sdk::kConditions, finding.condition)) + ": " +
                     std::string(toString(finding.severity)) + ". " + finding.reason;
  if (!finding.override_reason.empty()) text += " Overridden: " + finding.override_reason;
  return text;
}

}  // namespace motus::core
