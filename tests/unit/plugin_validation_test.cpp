#include "spec_builders.hpp"

#include <motus/core/plugin_validation.hpp>
#include <motus/core/text_folding.hpp>

#include <catch2/catch.hpp>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

std::vector<core::PluginProblem> problemsWith(const sdk::ExerciseSpec& spec) {
  return core::validatePluginContent(test::validInfo(), {spec}, {});
}

// The one problem a single defect should cause, described as the host would show it.
std::string onlyProblem(const sdk::ExerciseSpec& spec) {
  const auto problems = problemsWith(spec);
  REQUIRE(problems.size() == 1);
  return core::describe(problems.front());
}

}  // namespace

TEST_CASE("A complete plugin has no problems") { CHECK(problemsWith(test::validSpec()).empty()); }

TEST_CASE("Each problem names the exercise and says what to fix") {
  sdk::ExerciseSpec spec = test::validSpec();
  SECTION("no name") {
    spec.name = "  ";
    CHECK(onlyProblem(spec) == "plugin 'neck-care', exercise 'chin-tuck': the name is empty");
  }
  SECTION("no steps") {
    spec.steps.clear();
    CHECK(onlyProblem(spec) == "plugin 'neck-care', exercise 'chin-tuck': has no steps");
  }
  SECTION("an id with capitals or a slash") {
    spec.id = "Chin/Tuck";
    CHECK_THAT(onlyProblem(spec), Contains("the id must be"));
  }
  SECTION("an unknown condition code") {
    spec.safety.push_back({"osteoporsis", sdk::Severity::avoid, "typo"});
    CHECK(onlyProblem(spec) ==
          "plugin 'neck-care', exercise 'chin-tuck': safety rule 2: unknown condition code 'osteoporsis'; did you "
          "mean 'osteoporosis'?");
  }
  SECTION("an unknown region, equipment, position or goal code") {
    spec.body_regions.emplace_back("elbows");
    spec.equipment.emplace_back("kettlebell");
    spec.positions.emplace_back("upside-down");
    spec.goals.emplace_back("fame");
    const auto problems = problemsWith(spec);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].message == "unknown body region code 'elbows'; did you mean 'elbow'?");
    CHECK(problems[1].message == "unknown equipment code 'kettlebell'");
    CHECK(problems[2].message == "unknown position code 'upside-down'");
    CHECK(problems[3].message == "unknown goal code 'fame'");
  }
  SECTION("a safety rule without a reason") {
    spec.safety[0].reason = "";
    CHECK(onlyProblem(spec) ==
          "plugin 'neck-care', exercise 'chin-tuck': safety rule 1 (condition 'dizziness'): the reason is empty");
  }
  SECTION("invalid UTF-8 in a step") {
    spec.steps[1] = "Slide your chin \xC3\x28 back.";
    CHECK(onlyProblem(spec) == "plugin 'neck-care', exercise 'chin-tuck': steps 2 is not valid UTF-8 text");
  }
  SECTION("a terminal escape in a cue") {
    spec.cues = {"Breathe \x1B[2J out"};
    CHECK(onlyProblem(spec) ==
          "plugin 'neck-care', exercise 'chin-tuck': cues 1 contains a control character (a tab, a line break or an "
          "escape)");
  }
  SECTION("an id that is not even valid UTF-8 is shown harmlessly") {
    spec.id = "bad\xFF";
    CHECK(core::describe(problemsWith(spec).at(0)) ==
          "plugin 'neck-care', exercise 'bad\xEF\xBF\xBD': the id must be 1 to 64 lowercase letters, digits and inner "
          "dashes");
  }
  SECTION("an illustration that is not SVG") {
    spec.illustrations.finish_svg = "<svg><g></svg>";
    CHECK_THAT(onlyProblem(spec), Contains("the finish picture: the SVG is not well-formed"));
  }
  SECTION("a progression that does not exist") {
    spec.progressions = {"chin-tuck-advanced"};
    CHECK_THAT(onlyProblem(spec), Contains("progressions names 'chin-tuck-advanced'"));
  }
  SECTION("a regression to itself") {
    spec.regressions = {"chin-tuck"};
    CHECK_THAT(onlyProblem(spec), Contains("regressions lists the exercise itself"));
  }
  SECTION("a link into another plugin is allowed: it may be installed later") {
    spec.progressions = {"other-plugin/neck-strength"};
    CHECK(problemsWith(spec).empty());
  }
}

TEST_CASE("Dosage must be something a patient can do") {
  sdk::Dosage dosage;
  dosage.reps = sdk::Range::between(10, 15);
  CHECK(core::dosageProblems(dosage).empty());

  SECTION("inverted range") {
    dosage.reps = sdk::Range::between(15, 10);
    CHECK(core::dosageProblems(dosage) ==
          std::vector<std::string>{"reps: the range 15 to 10 is inverted (write the smaller number first)"});
  }
  SECTION("negative") {
    dosage.sets = sdk::Range::between(-1, 2);
    CHECK(core::dosageProblems(dosage) == std::vector<std::string>{"sets: -1 to 2 is negative"});
  }
  SECTION("zero") {
    dosage.reps = sdk::Range::exactly(0);
    CHECK_THAT(core::dosageProblems(dosage).at(0), Contains("starts below 1"));
  }
  SECTION("more days than a week has") {
    dosage.days_per_week = sdk::Range::between(3, 8);
    CHECK(core::dosageProblems(dosage) == std::vector<std::string>{"days per week: 3 to 8 is more than 7"});
  }
  SECTION("minutes typed as seconds") {
    dosage.hold_seconds = sdk::Range::exactly(1800);
    CHECK_THAT(core::dosageProblems(dosage).at(0), Contains("hold seconds: 1800 to 1800 is more than 600"));
  }
  SECTION("nothing to count or time") {
    dosage.reps.reset();
    dosage.sets = sdk::Range::exactly(2);
    CHECK_THAT(core::dosageProblems(dosage).at(0), Contains("neither how many times"));
  }
  SECTION("a time-based exercise needs no reps") {
    dosage.reps.reset();
    dosage.duration_seconds = sdk::Range::between(30, 60);
    CHECK(core::dosageProblems(dosage).empty());
  }
}

TEST_CASE("A safety rule with a problem is named by its position and its condition") {
  sdk::ExerciseSpec spec = test::validSpec();
  spec.safety.push_back({"pregnancy", sdk::Severity::avoid, "Lying on the back late in pregnancy."});
  spec.safety.push_back({"fall-risk", sdk::Severity::caution, "Standing on one leg."});
  REQUIRE(problemsWith(spec).empty());

  SECTION("a rule without a reason") {
    spec.safety[2].reason = " ";
    CHECK(onlyProblem(spec) ==
          "plugin 'neck-care', exercise 'chin-tuck': safety rule 3 (condition 'fall-risk'): the reason is empty");
  }
  SECTION("a reason that is not plain text") {
    spec.safety[1].reason = "Lying\nflat";
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 2 (condition 'pregnancy'): the reason contains a control character (a tab, a line break or "
          "an escape)");
  }
  SECTION("a rule with an unknown severity") {
    spec.safety[2].severity = static_cast<sdk::Severity>(7);
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 3 (condition 'fall-risk'): the severity is unknown (use caution or avoid)");
  }
  SECTION("a rule with an unknown condition is still checked, by its number") {
    spec.safety[1].condition = "pregnant";
    spec.safety[1].reason = "";
    const auto problems = problemsWith(spec);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message == "safety rule 2: unknown condition code 'pregnant'; did you mean 'pregnancy'?");
    CHECK(problems[1].message == "safety rule 2: the reason is empty");
  }
  SECTION("two rules for one condition: one problem, naming both") {
    spec.safety.push_back({"dizziness", sdk::Severity::avoid, "Again."});
    CHECK(onlyProblem(spec) ==
          "plugin 'neck-care', exercise 'chin-tuck': safety rules 1 and 4 are both for condition 'dizziness'; keep "
          "one rule per condition");
  }
  SECTION("three rules for one condition: still one problem") {
    spec.safety[1].condition = "dizziness";
    spec.safety.push_back({"dizziness", sdk::Severity::avoid, "Again."});
    CHECK(problemsWith(spec) ==
          std::vector<core::PluginProblem>{{"neck-care", "chin-tuck",
                                            "safety rules 1, 2 and 4 are all for condition 'dizziness'; keep one "
                                            "rule per condition"}});
  }
}

TEST_CASE("Advice for the patient belongs to a Caution, and is patient text like the rest") {
  sdk::ExerciseSpec spec = test::validSpec();
  spec.safety.push_back({"pregnancy", sdk::Severity::avoid, "Lying on the back late in pregnancy."});
  spec.safety[0].patient_advice = "Do this sitting down. Stop and rest if you feel dizzy.";
  REQUIRE(problemsWith(spec).empty());

  SECTION("advice on an Avoid is never printed, so it is a mistake") {
    spec.safety[1].patient_advice = "Use a pillow under your right side.";
    CHECK(onlyProblem(spec) ==
          "plugin 'neck-care', exercise 'chin-tuck': safety rule 2 (condition 'pregnancy'): has advice for the "
          "patient, but advice is printed only for a Caution; an Avoid is never handed out without an override "
          "(leave the advice out, or make the rule a Caution)");
  }
  SECTION("a control character or invalid UTF-8") {
    spec.safety[0].patient_advice = "Sit down.\nStop if dizzy.";
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 1 (condition 'dizziness'): the advice contains a control character (a tab, a line break or "
          "an escape)");
    spec.safety[0].patient_advice = "Sit \xC3\x28 down.";
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 1 (condition 'dizziness'): the advice is not valid UTF-8 text");
  }
  SECTION("blank advice") {
    spec.safety[0].patient_advice = "   ";
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 1 (condition 'dizziness'): the advice is blank (leave it out instead)");
  }
  SECTION("more than one or two short sentences") {
    spec.safety[0].patient_advice =
        std::string(190, 'a') + " \xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9.";
    REQUIRE(problemsWith(spec).empty());  // 200 characters, however many bytes
    spec.safety[0].patient_advice += "!";
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 1 (condition 'dizziness'): the advice has 201 characters, more than the 200 of one or two "
          "short sentences");
  }
  SECTION("the therapist's reason copied as advice") {
    spec.safety[0].patient_advice = spec.safety[0].reason;
    CHECK(problemsWith(spec).at(0).message ==
          "safety rule 1 (condition 'dizziness'): the advice repeats the reason; say what the patient should do, in "
          "words for the patient");
  }
}

TEST_CASE("An unknown code suggests the nearest known one, and only when it is near") {
  sdk::ExerciseSpec spec = test::validSpec();
  SECTION("each vocabulary") {
    spec.safety[0].condition = "fall_risk";
    spec.body_regions.emplace_back("shoulders");
    spec.equipment.emplace_back("foamroller");
    spec.positions.emplace_back("siting");
    spec.goals.emplace_back("strenght");
    const auto problems = problemsWith(spec);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].message == "unknown body region code 'shoulders'; did you mean 'shoulder'?");
    CHECK(problems[1].message == "unknown equipment code 'foamroller'; did you mean 'foam-roller'?");
    CHECK(problems[2].message == "unknown position code 'siting'; did you mean 'sitting'?");
    CHECK(problems[3].message == "unknown goal code 'strenght'; did you mean 'strength'?");
    CHECK(problems[4].message == "safety rule 1: unknown condition code 'fall_risk'; did you mean 'fall-risk'?");
  }
  SECTION("a code in capitals") {
    spec.goals = {"Posture"};
    CHECK(problemsWith(spec).at(0).message == "unknown goal code 'Posture'; did you mean 'posture'?");
  }
  SECTION("nothing near: no guess") {
    spec.safety[0].condition = "broken-heart";
    spec.body_regions = {"x"};
    spec.goals = {"stretch"};
    const auto problems = problemsWith(spec);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].message == "unknown body region code 'x'");
    CHECK(problems[1].message == "unknown goal code 'stretch'");
    CHECK(problems[2].message == "safety rule 1: unknown condition code 'broken-heart'");
  }
  SECTION("a long code is cut short between characters, never inside one") {
    spec.goals = {std::string(59, 'a') + "\xC3\xA9" + "bbb"};
    const std::string message = problemsWith(spec).at(0).message;
    CHECK(message == "unknown goal code '" + std::string(59, 'a') + "...'");
    CHECK(core::isValidUtf8(message));
  }
}

TEST_CASE("Exercises that share an id: one problem names each, and nothing that follows from it") {
  SECTION("two exercises") {
    const auto problems = core::validatePluginContent(
        test::validInfo(), {test::validSpec("a", "Chin tuck"), test::validSpec("a", "Chin tuck with hold")}, {});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].exercise_id == "a");
    CHECK(core::describe(problems[0]) ==
          "plugin 'neck-care', exercise 'a': exercises 1 ('Chin tuck') and 2 ('Chin tuck with hold') share the id "
          "'a'; give each its own id");
  }
  SECTION("three exercises, among others") {
    const auto problems = core::validatePluginContent(test::validInfo(),
                                                      {test::validSpec("a", "One"), test::validSpec("b", "Two"),
                                                       test::validSpec("a", "Three"), test::validSpec("a", "Four")},
                                                      {});
    CHECK(problems == std::vector<core::PluginProblem>{
                          {"neck-care", "a",
                           "exercises 1 ('One'), 3 ('Three') and 4 ('Four') share the id 'a'; give each its own id"}});
  }
  SECTION("links to the shared id are not reported as well") {
    sdk::ExerciseSpec first = test::validSpec("a", "Chin tuck");
    sdk::ExerciseSpec second = test::validSpec("a", "Chin tuck with hold");
    sdk::ExerciseSpec other = test::validSpec("b", "Neck turn");
    first.progressions = {"a"};  // meant the second, reads as itself
    second.regressions = {"a"};
    other.progressions = {"a", "c"};  // which 'a'? And 'c' is wrong whatever the clash
    const auto problems = core::validatePluginContent(test::validInfo(), {first, second, other}, {});
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0].message, Contains("share the id 'a'"));
    CHECK(core::describe(problems[1]) ==
          "plugin 'neck-care', exercise 'b': progressions names 'c', which is not an exercise of this plugin (use "
          "'plugin-id/exercise-id' for another plugin's)");
  }
  SECTION("a shared id that is also malformed is reported once") {
    const auto problems =
        core::validatePluginContent(test::validInfo(), {test::validSpec("A", "One"), test::validSpec("A", "Two")}, {});
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0].message, Contains("the id must be"));
    CHECK(problems[1].message == "exercises 1 ('One') and 2 ('Two') share the id 'A'; give each its own id");
  }
  SECTION("the other problems of each say which exercise they are about") {
    sdk::ExerciseSpec second = test::validSpec("a", "  ");
    second.steps.clear();
    const auto problems = core::validatePluginContent(test::validInfo(), {test::validSpec("a", "One"), second}, {});
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].message == "exercises 1 ('One') and 2 (no name) share the id 'a'; give each its own id");
    CHECK(core::describe(problems[1]) == "plugin 'neck-care', exercise 'a': exercise 2 (no name): the name is empty");
    CHECK(problems[2].message == "exercise 2 (no name): has no steps");
  }
}

TEST_CASE("The plugin itself must say who it is and bring something") {
  sdk::PluginInfo info = test::validInfo("Neck Care!");
  info.version = "";
  const auto problems = core::validatePluginContent(info, {}, {});
  REQUIRE(problems.size() == 3);
  CHECK_THAT(problems[0].message, Contains("the plugin id 'Neck Care!'"));
  CHECK(problems[1].message == "the plugin version is empty");
  CHECK(problems[2].message == "the plugin provides no exercises");
}

TEST_CASE("Education topics need an id, a title and points") {
  const std::vector<sdk::EducationTopic> topics{{"posture", "", {}}, {"posture", "Again", {"x"}}};
  const auto problems = core::validatePluginContent(test::validInfo(), {test::validSpec()}, topics);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].message == "education topic 'posture' title is empty");
  CHECK(problems[1].message == "education topic 'posture' has no points");
  CHECK(problems[2].message == "education topic 'posture' appears twice");
}
