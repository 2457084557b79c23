#include <motus/core/plugin_validation.hpp>

#include <motus/core/svg_check.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <set>

namespace motus::core {
namespace {

// The largest value that still makes sense for each number of a dosage. A bigger one is almost
// certainly a unit mistake (minutes typed as seconds) and would read as nonsense on a handout.
struct DosageField {
  const char* name;
  std::optional<sdk::Range> sdk::Dosage::*member;
  int minimum;
  int maximum;
};

constexpr std::array kDosageFields{
    DosageField{"sets", &sdk::Dosage::sets, 1, 20},
    DosageField{"reps", &sdk::Dosage::reps, 1, 500},
    DosageField{"hold seconds", &sdk::Dosage::hold_seconds, 1, 600},
    DosageField{"duration seconds", &sdk::Dosage::duration_seconds, 1, 7200},
    DosageField{"rest seconds", &sdk::Dosage::rest_seconds, 1, 1800},
    DosageField{"times per day", &sdk::Dosage::times_per_day, 1, 12},
    DosageField{"days per week", &sdk::Dosage::days_per_week, 1, 7},
    DosageField{"session minutes", &sdk::Dosage::session_minutes, 1, 240},
};

class Validator {
 public:
  Validator(std::vector<PluginProblem>& problems, std::string plugin_id)
      : problems_(problems), plugin_(std::move(plugin_id)) {}

  void forExercise(std::string id) { exercise_ = std::move(id); }

  void report(std::string message) { problems_.push_back({plugin_, exercise_, std::move(message)}); }

  void text(std::string_view field, const std::string& value, bool required) {
    if (!isValidUtf8(value)) {
      report(std::string(field) + " is not valid UTF-8 text");
    } else if (hasControlCharacters(value)) {
      report(std::string(field) + " contains a control character (a tab, a line break or an escape)");
    } else if (required && value.find_first_not_of(" \t\r\n") == std::string::npos) {
      report(std::string(field) + " is empty");
    }
  }

  void texts(std::string_view field, const std::vector<std::string>& values, bool atLeastOne) {
    if (atLeastOne && values.empty()) report("has no " + std::string(field));
    for (std::size_t i = 0; i < values.size(); ++i) {
      text(std::string(field) + " " + std::to_string(i + 1), values[i], true);
    }
  }

  void codes(std::string_view field, std::span<const sdk::Term> vocabulary, const std::vector<std::string>& values) {
    std::set<std::string> seen;
    for (const std::string& code : values) {
      if (!sdk::isKnownCode(vocabulary, code)) {
        report("unknown " + std::string(field) + " code '" + printable(code) + "'");
      } else if (!seen.insert(code).second) {
        report(std::string(field) + " code '" + code + "' is listed twice");
      }
    }
  }

  // Codes and ids go into messages; keep a hostile one from garbling the message itself.
  static std::string printable(const std::string& value) {
    const std::string shown = displayable(value);
    return shown.size() > 60 ? shown.substr(0, 60) + "..." : shown;
  }

 private:
  std::vector<PluginProblem>& problems_;
  std::string plugin_;
  std::string exercise_;
};

void validateInfo(Validator& check, const sdk::PluginInfo& info) {
  if (!isValidId(info.id)) {
    check.report("the plugin id '" + Validator::printable(info.id) +
                 "' must be 1 to 64 lowercase letters, digits and inner dashes");
  }
  check.text("the plugin name", info.name, true);
  check.text("the plugin version", info.version, true);
  check.text("the plugin author", info.author, false);
  check.text("the plugin description", info.description, false);
}

void validateDosage(Validator& check, const sdk::Dosage& dosage) {
  for (const std::string& problem : dosageProblems(dosage)) check.report("default dosage: " + problem);
}

void validateSafety(Validator& check, const std::vector<sdk::SafetyRule>& rules) {
  std::set<std::string> seen;
  for (const sdk::SafetyRule& rule : rules) {
    if (!sdk::isKnownCode(sdk::kConditions, rule.condition)) {
      check.report("unknown condition code '" + Validator::printable(rule.condition) + "' in a safety rule");
      continue;
    }
    if (!seen.insert(rule.condition).second) check.report("two safety rules for condition '" + rule.condition + "'");
    if (rule.severity != sdk::Severity::avoid && rule.severity != sdk::Severity::caution) {
      check.report("the safety rule for '" + rule.condition + "' has an unknown severity");
    }
    check.text("the reason of the safety rule for '" + rule.condition + "'", rule.reason, true);
  }
}

void validateIllustration(Validator& check, std::string_view which, const std::string& svg) {
  if (svg.empty()) return;
  if (!isValidUtf8(svg)) {
    check.report(std::string(which) + " picture is not valid UTF-8");
    return;
  }
  if (const std::string problem = checkSvg(svg); !problem.empty()) {
    check.report(std::string(which) + " picture: " + problem);
  }
}

void validateLinks(Validator& check, std::string_view field, const std::vector<std::string>& ids,
                   const std::set<std::string>& localIds, const std::string& self) {
  for (const std::string& id : ids) {
    const bool global = id.find('/') != std::string::npos;
    if (id == self) {
      check.report(std::string(field) + " lists the exercise itself");
    } else if (!global && localIds.count(id) == 0) {
      check.report(std::string(field) + " names '" + Validator::printable(id) +
                   "', which is not an exercise of this plugin (use 'plugin-id/exercise-id' for another plugin's)");
    }
  }
}

void validateExercise(Validator& check, const sdk::ExerciseSpec& spec, const std::set<std::string>& localIds) {
  check.text("the name", spec.name, true);
  check.text("the purpose", spec.purpose, true);
  check.texts("steps", spec.steps, true);
  check.texts("cues", spec.cues, false);
  check.texts("precautions", spec.precautions, false);
  check.texts("tags", spec.tags, false);
  if (spec.body_regions.empty()) check.report("has no body region");
  check.codes("body region", sdk::kBodyRegions, spec.body_regions);
  check.codes("equipment", sdk::kEquipment, spec.equipment);
  check.codes("position", sdk::kPositions, spec.positions);
  check.codes("goal", sdk::kGoals, spec.goals);
  const auto difficulty = static_cast<int>(spec.difficulty);
  if (difficulty < 0 || difficulty > static_cast<int>(sdk::Difficulty::advanced))
    check.report("has an unknown difficulty");
  validateDosage(check, spec.default_dosage);
  validateSafety(check, spec.safety);
  validateIllustration(check, "the start", spec.illustrations.start_svg);
  validateIllustration(check, "the finish", spec.illustrations.finish_svg);
  validateLinks(check, "progressions", spec.progressions, localIds, spec.id);
  validateLinks(check, "regressions", spec.regressions, localIds, spec.id);
}

void validateEducation(Validator& check, const std::vector<sdk::EducationTopic>& topics) {
  std::set<std::string> seen;
  for (const sdk::EducationTopic& topic : topics) {
    check.forExercise({});
    const std::string where = "education topic '" + Validator::printable(topic.id) + "'";
    if (!isValidId(topic.id)) check.report(where + ": the id must be lowercase letters, digits and inner dashes");
    if (!seen.insert(topic.id).second) check.report(where + " appears twice");
    check.text(where + " title", topic.title, true);
    if (topic.points.empty()) check.report(where + " has no points");
    check.texts(where + " point", topic.points, false);
  }
}

}  // namespace

bool isValidId(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::vector<std::string> dosageProblems(const sdk::Dosage& dosage) {
  std::vector<std::string> problems;
  for (const DosageField& field : kDosageFields) {
    const std::optional<sdk::Range>& range = dosage.*field.member;
    if (!range) continue;
    const std::string name = field.name;
    const std::string span = std::to_string(range->low) + " to " + std::to_string(range->high);
    if (range->low < 0 || range->high < 0) {
      problems.push_back(name + ": " + span + " is negative");
    } else if (range->low > range->high) {
      problems.push_back(name + ": the range " + span + " is inverted (write the smaller number first)");
    } else if (range->low < field.minimum) {
      problems.push_back(name + ": " + span + " starts below " + std::to_string(field.minimum) +
                         " (leave the field out instead)");
    } else if (range->high > field.maximum) {
      problems.push_back(name + ": " + span + " is more than " + std::to_string(field.maximum));
    }
  }
  if (!dosage.reps && !dosage.hold_seconds && !dosage.duration_seconds) {
    problems.emplace_back("says neither how many times (reps), how long to hold, nor how long to keep going");
  }
  const auto side = static_cast<int>(dosage.side);
  if (side < 0 || side > static_cast<int>(sdk::Side::each_side)) problems.emplace_back("has an unknown side");
  if (!isValidUtf8(dosage.load) || hasControlCharacters(dosage.load)) {
    problems.emplace_back("load is not plain text (invalid UTF-8 or a control character)");
  }
  return problems;
}

std::vector<PluginProblem> validatePluginContent(const sdk::PluginInfo& info,
                                                 const std::vector<sdk::ExerciseSpec>& exercises,
                                                 const std::vector<sdk::EducationTopic>& education) {
  std::vector<PluginProblem> problems;
  Validator check(problems, Validator::printable(info.id));
  validateInfo(check, info);
  if (exercises.empty()) check.report("the plugin provides no exercises");

  std::set<std::string> localIds;
  for (const sdk::ExerciseSpec& spec : exercises) localIds.insert(spec.id);

  std::set<std::string> seen;
  for (const sdk::ExerciseSpec& spec : exercises) {
    check.forExercise(Validator::printable(spec.id));
    if (!isValidId(spec.id)) check.report("the id must be 1 to 64 lowercase letters, digits and inner dashes");
    if (!seen.insert(spec.id).second) check.report("the id is used by more than one exercise of this plugin");
    validateExercise(check, spec, localIds);
  }
  validateEducation(check, education);
  return problems;
}

std::string describe(const PluginProblem& problem) {
  std::string where = "plugin '" + problem.plugin_id + "'";
  if (!problem.exercise_id.empty()) where += ", exercise '" + problem.exercise_id + "'";
  return where + ": " + problem.message;
}

}  // namespace motus::core
