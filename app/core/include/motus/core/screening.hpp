#pragma once
// Safety screening: a patient's conditions against the safety rules of each exercise in a
// program. A pure function of both, so callers recompute it whenever either changes.

#include <motus/core/catalog.hpp>
#include <motus/db/records.hpp>
#include <motus/sdk/exercise.hpp>

#include <string>
#include <vector>

namespace motus::core {

struct Finding {
  std::size_t item = 0;  // position in the program, from 0
  std::string exercise_id;
  std::string exercise_name;
  std::string condition;  // the condition code
  sdk::Severity severity = sdk::Severity::caution;
  std::string reason;           // the plugin's words
  std::string override_reason;  // the therapist's, when it answers this Avoid's condition; else empty
  // A Caution's words for the patient (sdk::SafetyRule::patient_advice), printed on the handout
  // unless the therapist left them out; empty when the rule has none.
  std::string patient_advice;
  bool advice_left_out = false;

  // An Avoid nobody has answered: the program cannot be issued while one remains.
  bool blocksIssue() const { return severity == sdk::Severity::avoid && override_reason.empty(); }
};

// Every finding, by program order, Avoid before Caution within an exercise.
std::vector<Finding> screenProgram(const std::vector<db::PatientCondition>& conditions,
                                   const std::vector<db::ProgramItem>& items);

bool anyBlocking(const std::vector<Finding>& findings);

// The findings in the order a therapist must act on them: each unanswered Avoid, then the answered
// ones, then the Cautions; by program order within each. A new Avoid is never below the Cautions.
std::vector<Finding> mostUrgentFirst(std::vector<Finding> findings);

// What the handout tells this patient in each item's "Take care": the advice of every Caution
// finding the therapist did not leave out, by program order (one list per item).
std::vector<std::vector<std::string>> patientAdvice(const std::vector<Finding>& findings, std::size_t items);

enum class Suitability { suitable, caution, avoid };

// How one exercise suits a patient with these condition codes: the worst of its matching rules.
Suitability suitability(const sdk::ExerciseSpec& exercise, const std::vector<std::string>& condition_codes);

// "Osteoporosis or low bone density: Avoid. The roller presses hard on the spine..."
std::string describe(const Finding& finding);

}  // namespace motus::core
