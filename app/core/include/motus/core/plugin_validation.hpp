#pragma once
// Checks everything a plugin returns before any of it reaches a therapist or a patient.

#include <motus/sdk/exercise.hpp>
#include <motus/sdk/plugin.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

struct PluginProblem {
  std::string plugin_id;    // as the plugin gave it (made safe to print)
  std::string exercise_id;  // empty when the problem is with the plugin as a whole
  std::string message;      // what is wrong, in words a plugin author can act on

  friend bool operator==(const PluginProblem&, const PluginProblem&) = default;
};

// Every problem found, in the order of the plugin's data; empty when the plugin is sound.
std::vector<PluginProblem> validatePluginContent(const sdk::PluginInfo& info,
                                                 const std::vector<sdk::ExerciseSpec>& exercises,
                                                 const std::vector<sdk::EducationTopic>& education);

// Problems in one dosage ("reps: the range 15 to 10 is inverted"): a plugin's defaults and every
// dosage a therapist types (core::Records checks it before saving).
std::vector<std::string> dosageProblems(const sdk::Dosage& dosage);

// "plugin 'foam-rolling', exercise 'snow-angel': safety rule 2: unknown condition code 'osteoporsis'; did you
// mean 'osteoporosis'?".
std::string describe(const PluginProblem& problem);

// True for ids made of lowercase ASCII letters, digits and inner '-', 1 to 64 characters.
bool isValidId(std::string_view id);

}  // namespace motus::core
