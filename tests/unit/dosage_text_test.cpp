#include <motus/core/dosage_text.hpp>

#include <catch2/catch.hpp>

#include <cctype>
#include <optional>
#include <string>
#include <vector>

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
  both.reps = sdk::Range::exactly(1);
  CHECK(core::dosageSentences(both) == Sentences{"Do this once.", "Hold for 10 seconds."});
}

TEST_CASE("In sets, the count is per set, and rest comes between the sets") {
  sdk::Dosage dosage = with(&sdk::Dosage::sets, sdk::Range::exactly(2));
  dosage.reps = sdk::Range::between(10, 15);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do 2 sets of 10 to 15."});
  dosage.sets = sdk::Range::exactly(1);
  dosage.reps = sdk::Range::exactly(10);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do 1 set of 10."});
  dosage.sets = sdk::Range::between(2, 3);
  dosage.rest_seconds = sdk::Range::exactly(30);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do 2 to 3 sets of 10.", "Rest 30 seconds between sets."});
}

TEST_CASE("Sets with no count of repetitions repeat the hold or the timed work") {
  sdk::Dosage dosage = with(&sdk::Dosage::sets, sdk::Range::exactly(3));
  dosage.hold_seconds = sdk::Range::exactly(30);
  CHECK(core::dosageSentences(dosage) == Sentences{"Hold for 30 seconds.", "Do that 3 times."});
  dosage.rest_seconds = sdk::Range::exactly(20);
  CHECK(core::dosageSentences(dosage) ==
        Sentences{"Hold for 30 seconds.", "Do that 3 times.", "Rest 20 seconds in between."});
  dosage.reps = sdk::Range::exactly(1);  // one repetition a set is no count of its own
  CHECK(core::dosageSentences(dosage) ==
        Sentences{"Hold for 30 seconds.", "Do that 3 times.", "Rest 20 seconds in between."});
  dosage = with(&sdk::Dosage::sets, sdk::Range::exactly(2));
  dosage.duration_seconds = sdk::Range::exactly(60);
  CHECK(core::dosageSentences(dosage) == Sentences{"Keep going for 1 minute.", "Do that twice."});
}

TEST_CASE("Rest without sets comes after each repetition, or before the next go") {
  sdk::Dosage dosage = with(&sdk::Dosage::reps, sdk::Range::exactly(5));
  dosage.rest_seconds = sdk::Range::exactly(60);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this 5 times.", "Rest 1 minute after each one."});
  CHECK(core::dosageSentences(with(&sdk::Dosage::rest_seconds, sdk::Range::exactly(60))) ==
        Sentences{"Rest 1 minute before you do it again."});
}

TEST_CASE("A time with a count is how long each repetition lasts, never a total to share out") {
  sdk::Dosage dosage = with(&sdk::Dosage::reps, sdk::Range::exactly(3));
  dosage.duration_seconds = sdk::Range::between(10, 30);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this 3 times, for 10 to 30 seconds each time."});
  dosage.sets = sdk::Range::exactly(2);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do 2 sets of 3, for 10 to 30 seconds each time."});
  dosage = with(&sdk::Dosage::reps, sdk::Range::exactly(1));
  dosage.duration_seconds = sdk::Range::exactly(120);
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this once, for 2 minutes."});
  // Each repetition has its time, and the hold is the pause at its end.
  dosage = with(&sdk::Dosage::reps, sdk::Range::exactly(3));
  dosage.duration_seconds = sdk::Range::exactly(60);
  dosage.hold_seconds = sdk::Range::exactly(5);
  CHECK(core::dosageSentences(dosage) ==
        Sentences{"Do this 3 times, for 1 minute each time.", "At the end of each one, hold for 5 seconds."});
}

TEST_CASE("A hold with a time and no count: hold again and again, for the time in all") {
  sdk::Dosage dosage = with(&sdk::Dosage::hold_seconds, sdk::Range::exactly(5));
  dosage.duration_seconds = sdk::Range::exactly(60);
  CHECK(core::dosageSentences(dosage) ==
        Sentences{"Hold for 5 seconds at a time.", "Keep doing that for 1 minute in all."});
  dosage.side = sdk::Side::each_side;
  CHECK(core::dosageSentences(dosage) ==
        Sentences{"Hold for 5 seconds at a time.", "Keep doing that for 1 minute on each side."});
}

TEST_CASE("A count for each side says so, in the sentence that gives the count") {
  sdk::Dosage dosage = with(&sdk::Dosage::reps, sdk::Range::between(10, 15));
  dosage.side = sdk::Side::each_side;
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this 10 to 15 times on each side."});
  dosage.sets = sdk::Range::exactly(2);
  dosage.hold_seconds = sdk::Range::exactly(5);
  CHECK(core::dosageSentences(dosage) ==
        Sentences{"Do 2 sets of 10 to 15 on each side.", "Hold each one for 5 seconds."});
  dosage = with(&sdk::Dosage::hold_seconds, sdk::Range::exactly(30));
  dosage.side = sdk::Side::each_side;
  CHECK(core::dosageSentences(dosage) == Sentences{"Hold for 30 seconds on each side."});
  dosage = with(&sdk::Dosage::duration_seconds, sdk::Range::exactly(30));
  dosage.side = sdk::Side::each_side;
  CHECK(core::dosageSentences(dosage) == Sentences{"Keep going for 30 seconds on each side."});
  dosage = with(&sdk::Dosage::reps, sdk::Range::exactly(3));
  dosage.duration_seconds = sdk::Range::between(10, 30);
  dosage.side = sdk::Side::each_side;
  CHECK(core::dosageSentences(dosage) == Sentences{"Do this 3 times on each side, for 10 to 30 seconds each time."});
}

// Every dosage a therapist can type, with every number different: each number is said exactly
// once, "on each side" at most once, and the session's length alone in the last sentence.
TEST_CASE("Every combination of fields says each number once, and the session last on its own") {
  struct Field {
    std::optional<sdk::Range> sdk::Dosage::*member;
    int value;
  };
  const std::vector<Field> fields{{&sdk::Dosage::sets, 4},          {&sdk::Dosage::reps, 11},
                                  {&sdk::Dosage::hold_seconds, 7},  {&sdk::Dosage::duration_seconds, 43},
                                  {&sdk::Dosage::rest_seconds, 37}, {&sdk::Dosage::times_per_day, 3},
                                  {&sdk::Dosage::days_per_week, 5}, {&sdk::Dosage::session_minutes, 13}};
  const auto mentions = [](const std::string& line, const std::string& number) {
    std::size_t found = 0;
    for (std::size_t at = line.find(number); at != std::string::npos; at = line.find(number, at + 1)) {
      const bool before = at == 0 || std::isdigit(static_cast<unsigned char>(line[at - 1])) == 0;
      const bool after =
          at + number.size() == line.size() || std::isdigit(static_cast<unsigned char>(line[at + number.size()])) == 0;
      if (before && after) ++found;
    }
    return found;
  };
  for (const sdk::Side side :
       {sdk::Side::unspecified, sdk::Side::left, sdk::Side::right, sdk::Side::both, sdk::Side::each_side}) {
    for (unsigned present = 0; present < (1U << fields.size()); ++present) {
      sdk::Dosage dosage;
      dosage.side = side;
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if ((present & (1U << i)) != 0) dosage.*fields[i].member = sdk::Range::exactly(fields[i].value);
      }
      const Sentences sentences = core::dosageSentences(dosage);
      const std::string line = core::dosageLine(dosage);
      INFO(line);
      for (const Field& field : fields) {
        CHECK(mentions(line, std::to_string(field.value)) == (dosage.*field.member ? 1U : 0U));
      }
      std::size_t sides = 0;
      for (std::size_t at = line.find("each side"); at != std::string::npos; at = line.find("each side", at + 1))
        ++sides;
      CHECK(sides == (side == sdk::Side::each_side ? 1U : 0U));
      if (dosage.session_minutes) {
        REQUIRE_FALSE(sentences.empty());
        CHECK(sentences.back() == "Each session takes about 13 minutes.");
      }
    }
  }
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
  CHECK(core::dosageSentences(dosage) == Sentences{"Do 2 sets of 10 to 15 on each side.",
                                                   "Hold each one for 5 seconds.", "Rest 30 seconds between sets.",
                                                   "Do this twice a day.", "Do this every day."});
  CHECK(core::dosageSentences(sdk::Dosage{}).empty());
}
