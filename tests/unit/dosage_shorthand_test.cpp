// The program list's dosage: every number of it, in the therapist's shorthand, short enough to
// read whole in the list's column.
#include <motus/core/dosage_shorthand.hpp>

#include <catch2/catch.hpp>

using motus::core::dosageShorthand;
using motus::sdk::Dosage;
using motus::sdk::Range;
using motus::sdk::Side;

TEST_CASE("Sets and repetitions read as therapists write them, with every other number after") {
  Dosage dosage;
  dosage.sets = Range::between(2, 3);
  dosage.reps = Range::between(10, 15);
  dosage.hold_seconds = Range::exactly(5);
  dosage.rest_seconds = Range::exactly(30);
  dosage.side = Side::each_side;
  dosage.load = "light band";
  dosage.times_per_day = Range::exactly(2);
  dosage.days_per_week = Range::between(3, 5);
  dosage.session_minutes = Range::between(10, 15);
  CHECK(dosageShorthand(dosage) ==
        "2\u20133\u00D710\u201315, hold 5 s, rest 30 s, each side, light band, 2\u00D7/day, 3\u20135 d/wk, "
        "10\u201315 min session");
}

TEST_CASE("Time-based work: sets of a time, a time alone, or a time for each repetition") {
  Dosage timed;
  timed.sets = Range::exactly(3);
  timed.duration_seconds = Range::between(20, 30);
  CHECK(dosageShorthand(timed) == "3\u00D720\u201330 s");
  timed.sets.reset();
  timed.duration_seconds = Range::between(60, 120);
  CHECK(dosageShorthand(timed) == "1\u20132 min");
  timed.duration_seconds = Range::exactly(90);
  CHECK(dosageShorthand(timed) == "90 s");
  timed.reps = Range::exactly(3);
  timed.duration_seconds = Range::between(10, 30);
  CHECK(dosageShorthand(timed) == "3\u00D710\u201330 s");  // three times, 10 to 30 seconds each
  timed.sets = Range::exactly(2);
  CHECK(dosageShorthand(timed) == "2\u00D73, 10\u201330 s each");
}

TEST_CASE("A lone count or side is said with its unit") {
  Dosage dosage;
  dosage.sets = Range::exactly(1);
  CHECK(dosageShorthand(dosage) == "1 set");
  dosage.sets = Range::exactly(2);
  dosage.side = Side::left;
  CHECK(dosageShorthand(dosage) == "2 sets, left");
  CHECK(dosageShorthand(Dosage{}).empty());
}
