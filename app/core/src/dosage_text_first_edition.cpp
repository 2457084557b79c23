// The dosage sentences of the handout's first edition, kept word for word: a handout printed
// with edition 1 is reprinted from the stored dosage with these, so it stays the same file.
// Never edit; new wording goes into dosage_text.cpp.
#include "dosage_text_first_edition.hpp"

#include <motus/core/dosage_text.hpp>

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

std::vector<std::string> firstEditionDosageSentences(const sdk::Dosage& dosage) {
  std::vector<std::string> sentences;
  if (dosage.reps) sentences.push_back("Do this " + times(*dosage.reps) + ".");
  if (dosage.hold_seconds) {
    const bool repeated = dosage.reps && !isOne(*dosage.reps);
    sentences.push_back(std::string(repeated ? "Hold each one for " : "Hold for ") +
                        spokenSeconds(*dosage.hold_seconds) + ".");
  }
  if (dosage.duration_seconds) sentences.push_back("Keep going for " + spokenSeconds(*dosage.duration_seconds) + ".");
  if (dosage.sets) sentences.push_back("Do " + spokenRange(*dosage.sets) + (isOne(*dosage.sets) ? " set." : " sets."));
  if (dosage.rest_seconds) {
    const bool betweenSets = dosage.sets && !isOne(*dosage.sets);
    sentences.push_back("Rest " + spokenSeconds(*dosage.rest_seconds) +
                        (betweenSets ? " between sets." : " before you do it again."));
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
      sentences.emplace_back("Do this on each side.");
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
  if (dosage.session_minutes) {
    sentences.push_back("Each session takes about " + spokenRange(*dosage.session_minutes) +
                        (isOne(*dosage.session_minutes) ? " minute." : " minutes."));
  }
  return sentences;
}

}  // namespace motus::core
