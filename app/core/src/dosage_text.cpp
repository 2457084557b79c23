#include <motus/core/dosage_text.hpp>

#include <optional>

namespace motus::core {
namespace {

bool isOne(const sdk::Range& range) { return range.isSingle() && range.low == 1; }

// "1 time" reads oddly to a patient; "once" does not.
std::string times(const sdk::Range& range) {
  if (isOne(range)) return "once";
  if (range.isSingle() && range.low == 2) return "twice";
  return spokenRange(range) + " times";
}

}  // namespace

std::string spokenRange(const sdk::Range& range) {
  if (range.isSingle()) return std::to_string(range.low);
  return std::to_string(range.low) + " to " + std::to_string(range.high);
}

std::string spokenSeconds(const sdk::Range& seconds) {
  const bool wholeMinutes = seconds.low % 60 == 0 && seconds.high % 60 == 0 && seconds.low > 0;
  if (!wholeMinutes) return spokenRange(seconds) + (isOne(seconds) ? " second" : " seconds");
  const sdk::Range minutes{seconds.low / 60, seconds.high / 60};
  return spokenRange(minutes) + (isOne(minutes) ? " minute" : " minutes");
}

std::vector<std::string> dosageSentences(const sdk::Dosage& dosage) {
  std::vector<std::string> sentences;
  // One repetition in sets is no count ("Do 2 sets of 1"): the sets are then the repetitions.
  const std::optional<sdk::Range> count =
      dosage.reps && !(isOne(*dosage.reps) && dosage.sets) ? dosage.reps : std::nullopt;
  const bool repeated = count && !isOne(*count);  // there is an "each one"
  // The side goes with the amount it applies to ("10 times on each side"), so no patient wonders
  // whether the count is for both sides together.
  const bool eachSide = dosage.side == sdk::Side::each_side;
  bool sideSaid = false;
  const auto onEachSide = [&] {
    if (!eachSide || sideSaid) return std::string();
    sideSaid = true;
    return std::string(" on each side");
  };

  // How many. In sets, the count is per set; with a time, the time is how long each repetition
  // lasts, never a total to share out ("Do this 3 times, for 10 to 30 seconds each time.").
  if (count) {
    std::string amount = dosage.sets ? "Do " + spokenRange(*dosage.sets) +
                                           (isOne(*dosage.sets) ? " set of " : " sets of ") + spokenRange(*count)
                                     : "Do this " + times(*count);
    amount += onEachSide();
    if (dosage.duration_seconds)
      amount += ", for " + spokenSeconds(*dosage.duration_seconds) + (repeated ? " each time" : "");
    sentences.push_back(amount + ".");
  }
  if (dosage.hold_seconds) {
    const std::string hold = spokenSeconds(*dosage.hold_seconds);
    if (repeated) {
      // Each repetition has a time of its own: the hold is the pause at its end.
      sentences.push_back(dosage.duration_seconds ? "At the end of each one, hold for " + hold + "."
                                                  : "Hold each one for " + hold + ".");
    } else if (!count && dosage.duration_seconds) {
      sentences.push_back("Hold for " + hold + " at a time.");
    } else {
      sentences.push_back("Hold for " + hold + onEachSide() + ".");
    }
  }
  if (dosage.duration_seconds && !count) {
    const std::string time = spokenSeconds(*dosage.duration_seconds);
    if (dosage.hold_seconds) {  // hold, let go and hold again, for this long
      const std::string side = onEachSide();
      sentences.push_back("Keep doing that for " + time + (side.empty() ? " in all." : side + "."));
    } else {
      sentences.push_back("Keep going for " + time + onEachSide() + ".");
    }
  }
  // Sets without a count of repetitions repeat the hold or the timed work.
  if (dosage.sets && !count) sentences.push_back("Do that " + times(*dosage.sets) + ".");
  if (dosage.rest_seconds) {
    const std::string rest = "Rest " + spokenSeconds(*dosage.rest_seconds);
    const bool severalSets = dosage.sets && !isOne(*dosage.sets);
    if (severalSets) {
      sentences.push_back(rest + (count ? " between sets." : " in between."));
    } else if (repeated) {
      sentences.push_back(rest + " after each one.");
    } else {
      sentences.push_back(rest + " before you do it again.");
    }
  }
  switch (dosage.side) {
    case sdk::Side::unspecified:
      break;
    case sdk::Side::left:
      sentences.emplace_back("Do this with your left side only.");
      break;
    case sdk::Side::right:
      sentences.emplace_back("Do this with your right side only.");
      break;
    case sdk::Side::both:
      sentences.emplace_back("Use both sides at the same time.");
      break;
    case sdk::Side::each_side:
      if (!sideSaid) sentences.emplace_back("Do this on each side.");
      break;
  }
  if (!dosage.load.empty()) sentences.push_back("Use: " + dosage.load + ".");
  if (dosage.times_per_day) sentences.push_back("Do this " + times(*dosage.times_per_day) + " a day.");
  if (dosage.days_per_week) {
    const sdk::Range& days = *dosage.days_per_week;
    sentences.push_back(days.isSingle() && days.low == 7
                            ? "Do this every day."
                            : "Do this " + spokenRange(days) + (isOne(days) ? " day a week." : " days a week."));
  }
  // Always a sentence of its own: the handout says it once for the whole program.
  // Always a sentence of its own: a handout may say it once for the whole program.
  if (dosage.session_minutes) {
    sentences.push_back("Each session takes about " + spokenRange(*dosage.session_minutes) +
                        (isOne(*dosage.session_minutes) ? " minute." : " minutes."));
  }
  return sentences;
}

std::string dosageLine(const sdk::Dosage& dosage) {
  std::string line;
  for (const std::string& sentence : dosageSentences(dosage)) line += (line.empty() ? "" : " ") + sentence;
  return line;
}

}  // namespace motus::core
