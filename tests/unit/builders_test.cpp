// The SDK's builders and its short code form, as a third-party plugin writes them.
#include <motus/sdk/sdk.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace motus::sdk;

TEST_CASE("Vocabulary codes become std::string and std::string_view without wrapping") {
  ExerciseSpec spec;
  spec.body_regions = {region::neck};
  spec.goals = {goal::posture, goal::mobility};
  spec.safety = {SafetyRule{condition::dizziness, Severity::caution, "Moving the neck can bring on dizziness."}};
  CHECK(spec.body_regions == std::vector<std::string>{"neck"});
  CHECK(spec.goals == std::vector<std::string>{"posture", "mobility"});
  CHECK(spec.safety.front().condition == "dizziness");

  const std::string_view view = position::sitting;
  CHECK(view == "sitting");
  CHECK(std::string(equipment::foam_roller) == "foam-roller");
  CHECK(labelOf(kBodyRegions, region::neck) == "Neck");
  static_assert(isKnownCode(kConditions, condition::dizziness));
  static_assert(labelOf(kGoals, goal::posture) == "Posture");
  static_assert(kConditions.front().code == condition::osteoporosis);
}

TEST_CASE("The builders fill the plain structs") {
  const ExerciseSpec spec = exercise("chin-tuck", "Chin tuck", "Ease the neck.", Difficulty::intermediate);
  CHECK(spec.id == "chin-tuck");
  CHECK(spec.name == "Chin tuck");
  CHECK(spec.purpose == "Ease the neck.");
  CHECK(spec.difficulty == Difficulty::intermediate);
  CHECK(codes({region::neck, std::string_view("thoracic")}) == std::vector<std::string>{"neck", "thoracic"});

  const Dosage dosage = dose().sets(2, 3).reps(10).hold(5).perDay(2).side(Side::each_side).load("light band");
  CHECK(dosage.sets == Range::between(2, 3));
  CHECK(dosage.reps == Range::exactly(10));
  CHECK(dosage.hold_seconds == Range::exactly(5));
  CHECK(dosage.times_per_day == Range::exactly(2));
  CHECK_FALSE(dosage.days_per_week.has_value());
  CHECK(dosage.side == Side::each_side);
  CHECK(dosage.load == "light band");

  CHECK(avoid(condition::osteoporosis, "Weak bone.") ==
        SafetyRule{condition::osteoporosis, Severity::avoid, "Weak bone."});
  CHECK(caution(condition::pregnancy, "Lying flat.").severity == Severity::caution);
}

TEST_CASE("rules() lets an exercise's own rule replace the group's, so a condition never has two") {
  const std::vector<SafetyRule> group = {caution(condition::osteoporosis, "Group."),
                                         caution(condition::dizziness, "Group.")};
  const std::vector<SafetyRule> combined =
      rules(group, {avoid(condition::osteoporosis, "Harder."), caution(condition::pregnancy, "Own.")});
  REQUIRE(combined.size() == 3);
  CHECK(combined[0] == avoid(condition::osteoporosis, "Harder."));  // in the group's place
  CHECK(combined[1] == group[1]);
  CHECK(combined[2] == caution(condition::pregnancy, "Own."));
  CHECK(rules(group) == group);
}
