#include <motus/core/plugin_validation.hpp>

#include <motus/core/svg_check.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/dosage_fields.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <vector>

namespace motus::core {
namespace {

// A field as the plugin author knows it: the member's name in words ("hold seconds").
std::string authorName(const sdk::DosageField& field) {
  std::string name(field.code);
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

// The number of one-character insertions, deletions and substitutions that turn a into b
// (Levenshtein distance).
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j < row.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The known code nearest to an unknown one, when it is near enough to be what the author meant:
// at most a third of the typed code's letters (but at least 2) off, and never all of them.
std::optional<std::string_view> nearestCode(std::span<const sdk::Term> vocabulary, std::string_view code) {
  if (code.empty() || code.size() > 64) return std::nullopt;
  const std::size_t allowed = std::min(std::max<std::size_t>(2, code.size() / 3), code.size() - 1);
  std::optional<std::string_view> nearest;
  std::size_t nearestDistance = allowed + 1;
  for (const sdk::Term& term : vocabulary) {
    const std::size_t lengths = std::max(code.size(), term.code.size()) - std::min(code.size(), term.code.size());
    if (lengths >= nearestDistance) continue;  // the distance is at least the difference in length
    if (const std::size_t distance = editDistance(code, term.code); distance < nearestDistance) {
      nearest = term.code;
      nearestDistance = distance;
    }
  }
  return nearest;
}

// "1 and 4", "1, 3 and 4".
std::string listed(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? " and " : ", ";
    text += items[i];
  }
  return text;
}

class Validator {
 public:
  Validator(std::vector<PluginProblem>& problems, std::string plugin_id)
      : problems_(problems), plugin_(std::move(plugin_id)) {}

  // Problems from now on are about the exercise with this id. When other exercises share the id,
  // `which` ("exercise 2 ('Head turn'): ") starts each message, so the author can tell them apart.
  void forExercise(std::string id, std::string which = {}) {
    exercise_ = std::move(id);
    which_ = std::move(which);
  }

  void report(std::string message) {
    message.insert(0, which_);
    problems_.push_back({plugin_, exercise_, std::move(message)});
  }

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
        report(unknownCode(field, vocabulary, code));
      } else if (!seen.insert(code).second) {
        report(std::string(field) + " code '" + code + "' is listed twice");
      }
    }
  }

  // "unknown goal code 'balanse'; did you mean 'balance'?"
  static std::string unknownCode(std::string_view field, std::span<const sdk::Term> vocabulary,
                                 const std::string& code) {
    std::string message = "unknown " + std::string(field) + " code '" + printable(code) + "'";
    if (const auto nearest = nearestCode(vocabulary, code))
      message += "; did you mean '" + std::string(*nearest) + "'?";
    return message;
  }

  // Codes, ids and names go into messages; keep a hostile one from garbling the message itself.
  static std::string printable(const std::string& value) {
    std::string shown = displayable(value);
    if (shown.size() <= 60) return shown;
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a character
    return shown.substr(0, cut) + "...";
  }

 private:
  std::vector<PluginProblem>& problems_;
  std::string plugin_;
  std::string exercise_;
  std::string which_;
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

// The most a rule's advice for the patient may hold: one or two short sentences in a "Take care"
// list, which the patient reads beside the exercise's own steps.
constexpr std::size_t kMostAdviceCharacters = 200;

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) != 0x80U; }));
}

// Advice is patient text, printed only on the handout of a patient who has the rule's condition,
// and only for a Caution: an Avoid keeps the exercise off the handout unless the therapist
// overrides it, and then the therapist, not the plugin, decides what the patient is told.
void validateAdvice(Validator& check, const std::string& name, const sdk::SafetyRule& rule) {
  const std::string& advice = rule.patient_advice;
  if (advice.empty()) return;
  if (rule.severity == sdk::Severity::avoid) {
    check.report(name +
                 ": has advice for the patient, but advice is printed only for a Caution; an Avoid is never handed "
                 "out without an override (leave the advice out, or make the rule a Caution)");
    return;
  }
  const std::string field = name + ": the advice";
  if (!isValidUtf8(advice) || hasControlCharacters(advice)) {
    check.text(field, advice, false);
  } else if (advice.find_first_not_of(' ') == std::string::npos) {
    check.report(field + " is blank (leave it out instead)");
  } else if (characters(advice) > kMostAdviceCharacters) {
    check.report(field + " has " + std::to_string(characters(advice)) + " characters, more than the " +
                 std::to_string(kMostAdviceCharacters) + " of one or two short sentences");
  } else if (advice == rule.reason) {
    check.report(field + " repeats the reason; say what the patient should do, in words for the patient");
  }
}

// Each rule is named by its position, and by its condition when that is known: "safety rule 3
// (condition 'fall-risk'): the reason is empty".
void validateSafety(Validator& check, const std::vector<sdk::SafetyRule>& rules) {
  std::map<std::string, std::vector<std::string>> rulesFor;  // condition -> the numbers of its rules
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (sdk::isKnownCode(sdk::kConditions, rules[i].condition)) {
      rulesFor[rules[i].condition].push_back(std::to_string(i + 1));
    }
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const sdk::SafetyRule& rule = rules[i];
    const std::string number = std::to_string(i + 1);
    std::string name = "safety rule " + number;
    if (!sdk::isKnownCode(sdk::kConditions, rule.condition)) {
      check.report(name + ": " + Validator::unknownCode("condition", sdk::kConditions, rule.condition));
    } else {
      name += " (condition '" + rule.condition + "')";
      // One problem per condition, at its second rule, naming all of them.
      const std::vector<std::string>& same = rulesFor.at(rule.condition);
      if (same.size() > 1 && same[1] == number) {
        check.report("safety rules " + listed(same) + (same.size() == 2 ? " are both" : " are all") +
                     " for condition '" + rule.condition + "'; keep one rule per condition");
      }
    }
    if (rule.severity != sdk::Severity::avoid && rule.severity != sdk::Severity::caution) {
      check.report(name + ": the severity is unknown (use caution or avoid)");
    }
    check.text(name + ": the reason", rule.reason, true);
    validateAdvice(check, name, rule);
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

// The exercises of one plugin: which ids exist, and which of them more than one exercise uses.
struct LocalIds {
  std::set<std::string> all;
  std::set<std::string> shared;
};

void validateLinks(Validator& check, std::string_view field, const std::vector<std::string>& ids,
                   const LocalIds& localIds, const std::string& self) {
  for (const std::string& id : ids) {
    const bool global = id.find('/') != std::string::npos;
    // While an id is shared, a link to it cannot be told apart from one to the other exercise, or
    // from one to itself: the clash is the one problem reported, and fixing it shows the rest.
    if (localIds.shared.count(id) != 0) continue;
    if (id == self) {
      check.report(std::string(field) + " lists the exercise itself");
    } else if (!global && localIds.all.count(id) == 0) {
      check.report(std::string(field) + " names '" + Validator::printable(id) +
                   "', which is not an exercise of this plugin (use 'plugin-id/exercise-id' for another plugin's)");
    }
  }
}

void validateExercise(Validator& check, const sdk::ExerciseSpec& spec, const LocalIds& localIds) {
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
  for (const sdk::DosageField& field : sdk::kDosageFields) {
    const std::optional<sdk::Range>& range = dosage.*field.member;
    if (!range) continue;
    const std::string name = authorName(field);
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

  // Exercises are named by their position in the plugin's list, counted from 1: "2 ('Head turn')".
  const auto numbered = [&](std::size_t i) {
    const std::string& name = exercises[i].name;
    const bool blank = name.find_first_not_of(" \t\r\n") == std::string::npos;
    return std::to_string(i + 1) + (blank ? " (no name)" : " ('" + Validator::printable(name) + "')");
  };

  std::map<std::string, std::vector<std::size_t>> positions;  // id -> the exercises that use it
  for (std::size_t i = 0; i < exercises.size(); ++i) positions[exercises[i].id].push_back(i);
  LocalIds localIds;
  for (const auto& [id, users] : positions) {
    localIds.all.insert(id);
    if (users.size() > 1) localIds.shared.insert(id);
  }

  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const sdk::ExerciseSpec& spec = exercises[i];
    const std::vector<std::size_t>& users = positions.at(spec.id);
    check.forExercise(Validator::printable(spec.id));
    if (users.front() == i) {  // the id's own problems, once for all the exercises that use it
      if (!isValidId(spec.id)) check.report("the id must be 1 to 64 lowercase letters, digits and inner dashes");
      if (users.size() > 1) {
        std::vector<std::string> names;
        names.reserve(users.size());
        for (const std::size_t user : users) names.push_back(numbered(user));
        check.report("exercises " + listed(names) + " share the id '" + Validator::printable(spec.id) +
                     "'; give each its own id");
      }
    }
    if (users.size() > 1) check.forExercise(Validator::printable(spec.id), "exercise " + numbered(i) + ": ");
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
