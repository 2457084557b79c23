#include "spec_builders.hpp"

#include <motus/core/plugin_validation.hpp>

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
          "plugin 'neck-care', exercise 'chin-tuck': unknown condition code 'osteoporsis' in a safety rule");
  }
  SECTION("an unknown region, equipment, position or goal code") {
    spec.body_regions.emplace_back("elbows");
    spec.equipment.emplace_back("kettlebell");
    spec.positions.emplace_back("upside-down");
    spec.goals.emplace_back("fame");
    const auto problems = problemsWith(spec);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].message == "unknown body region code 'elbows'");
    CHECK(problems[1].message == "unknown equipment code 'kettlebell'");
    CHECK(problems[2].message == "unknown position code 'upside-down'");
    CHECK(problems[3].message == "unknown goal code 'fame'");
  }
  SECTION("a safety rule without a reason") {
    spec.safety[0].reason = "";
    CHECK_THAT(onlyProblem(spec), Contains("reason of the safety rule for 'dizziness'"));
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

TEST_CASE("Duplicate ids inside one plugin are reported for each repeat") {
  const auto problems =
      core::validatePluginContent(test::validInfo(), {test::validSpec("a"), test::validSpec("a")}, {});
  REQUIRE(problems.size() == 1);
  CHECK(core::describe(problems[0]) ==
        "plugin 'neck-care', exercise 'a': the id is used by more than one exercise of this plugin");
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
