#include <motus/core/dosage_text.hpp>

#include <catch2/catch.hpp>

using namespace motus;
using Sentences = std::vector<std::string>;

namespace {
sdk::Dosage with(std::optional<sdk::Range> sdk::Dosage::*field, sdk::Range range) {
  sdk::Dosage dosage;
  dosage.*field = range;
  return dosage;
}
}  // namespace

TEST_CASE("Repetitions: a range, one number, once and twice") {
  CHECK(core::dosageSentences(with(&sdk::Dosage::reps, sdk::Range::between(10, 15))) ==
        Sentences{"Do this 10 to 15 times."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::reps, sdk::Range::exactly(8))) == Sentences{"Do this 8 times."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::reps, sdk::Range::exactly(1))) == Sentences{"Do this once."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::reps, sdk::Range::exactly(2))) == Sentences{"Do this twice."});
}

TEST_CASE("Holds and time-based work in seconds or whole minutes") {
  CHECK(core::dosageSentences(with(&sdk::Dosage::hold_seconds, sdk::Range::between(20, 30))) ==
        Sentences{"Hold for 20 to 30 seconds."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::hold_seconds, sdk::Range::exactly(1))) ==
        Sentences{"Hold for 1 second."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::duration_seconds, sdk::Range::between(60, 120))) ==
        Sentences{"Keep going for 1 to 2 minutes."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::duration_seconds, sdk::Range::exactly(60))) ==
        Sentences{"Keep going for 1 minute."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::duration_seconds, sdk::Range::exactly(90))) ==
        Sentences{"Keep going for 90 seconds."});
  sdk::Dosage both = with(&sdk::Dosage::reps, sdk::Range::exactly(5));
  both.hold_seconds = sdk::Range::exactly(10);
  CHECK(core::dosageSentences(both) == Sentences{"Do this 5 times.", "Hold each one for 10 seconds."});
}

TEST_CASE("Sets and rest") {
  CHECK(core::dosageSentences(with(&sdk::Dosage::sets, sdk::Range::exactly(2))) == Sentences{"Do 2 sets."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::sets, sdk::Range::exactly(1))) == Sentences{"Do 1 set."});
  sdk::Dosage dosage = with(&sdk::Dosage::sets, sdk::Range::between(2, 3));
  dosage.rest_seconds = sdk::Range::exactly(30);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do 2 to 3 sets.", "Rest 30 seconds between sets."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::rest_seconds, sdk::Range::exactly(60))) ==
        Sentences{"Rest 1 minute before you do it again."});
}

TEST_CASE("Side, load, how often and how long a session lasts") {
  sdk::Dosage dosage;
  dosage.side = sdk::Side::each_side;
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this on each side."});
  dosage.side = sdk::Side::left;
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this with your left side only."});
  dosage.side = sdk::Side::right;
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this with your right side only."});
  dosage.side = sdk::Side::both;
  CHECK(core::dosageSentences(dosage) == Sentences{"Use both sides at the same time."});
  dosage = {};
  dosage.load = "a light band";
  CHECK(core::dosageSentences(dosage) == Sentences{"Use: a light band."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::times_per_day, sdk::Range::between(1, 4))) ==
        Sentences{"Do this 1 to 4 times a day."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::times_per_day, sdk::Range::exactly(1))) ==
        Sentences{"Do this once a day."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::days_per_week, sdk::Range::exactly(5))) ==
        Sentences{"Do this 5 days a week."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::days_per_week, sdk::Range::exactly(7))) ==
        Sentences{"Do this every day."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::session_minutes, sdk::Range::between(10, 15))) ==
        Sentences{"Each session takes about 10 to 15 minutes."});
}

TEST_CASE("A full prescription reads in the order a patient needs it") {
  sdk::Dosage dosage;
  dosage.sets = sdk::Range::exactly(2);
  dosage.reps = sdk::Range::between(10, 15);
  dosage.hold_seconds = sdk::Range::exactly(5);
  dosage.rest_seconds = sdk::Range::exactly(30);
  dosage.side = sdk::Side::each_side;
  dosage.times_per_day = sdk::Range::exactly(2);
  dosage.days_per_week = sdk::Range::exactly(7);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this 10 to 15 times.", "Hold each one for 5 seconds.",
                                                   "Do 2 sets.", "Rest 30 seconds between sets.",
                                                   "Do this on each side.", "Do this twice a day.",
                                                   "Do this every day."});
  CHECK(core::dosageSentences(sdk::Dosage{}).empty());
}
