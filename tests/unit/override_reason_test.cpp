#include <motus/core/override_reason.hpp>

#include <catch2/catch.hpp>

using namespace motus;
using Catch::Matchers::Contains;

TEST_CASE("An override reason has to say why the exercise is safe, not only that someone agreed") {
  for (const char* untold : {"ok", "OK", "okay", "fine", "Fine.", "yes", "safe", "ok per MD", "as discussed",
                             "It is fine", "just because", "approved by dr", "n/a", "asdf", "override"}) {
    INFO(untold);
    const std::optional<std::string> problem = core::overrideReasonProblem(untold);
    REQUIRE(problem);
    CHECK_THAT(*problem, Contains(std::string("'") + untold + "' does not say why the exercise is safe"));
    CHECK_THAT(*problem, Contains("Write who or what cleared it and any limit"));
  }
  // Too short to say it, even without stock words.
  CHECK(core::overrideReasonProblem("MD said"));
  CHECK(core::overrideReasonProblem("cleared"));
  CHECK_THAT(*core::overrideReasonProblem("  ...  "), Contains("An override needs a reason"));

  for (const char* told : {"Surgeon cleared rolling on 2026-11-01", "DEXA normal since 2024; light pressure only",
                           "DEXA repeated: normal", "Seated version only, she has done it at home for a year",
                           "Cleared by Dr Lee on 2026-11-20", "Densitometría normal en 2025"}) {
    INFO(told);
    CHECK_FALSE(core::overrideReasonProblem(told));
  }
}

TEST_CASE("A refused override reason is quoted on one line and cut short, never raw") {
  const std::string longReason = "ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok";
  const std::optional<std::string> problem = core::overrideReasonProblem(longReason);
  REQUIRE(problem);
  CHECK_THAT(*problem, Contains("'ok ok ok ok ok ok ok ok ok ok ok ok ok...' does not say why"));
  const std::optional<std::string> lines = core::overrideReasonProblem("ok\nfine");
  REQUIRE(lines);
  CHECK_THAT(*lines, Contains("'ok fine'"));
}
