#include <motus/core/dosage_shorthand.hpp>

#include <vector>

namespace motus::core {
namespace {

std::string range(const sdk::Range& value) {
  return value.isSingle() ? std::to_string(value.low)
                          : std::to_string(value.low) + "\u2013" + std::to_string(value.high);
}

// "30 s", "1–2 min" (only when both ends are whole minutes), "90 s".
std::string seconds(const sdk::Range& value) {
  if (value.low >= 60 && value.low % 60 == 0 && value.high % 60 == 0)
    return range({value.low / 60, value.high / 60}) + " min";
  return range(value) + " s";
}

const char* side(sdk::Side side) {
  switch (side) {
    case sdk::Side::left:
      return "left";
    case sdk::Side::right:
      return "right";
    case sdk::Side::both:
      return "both sides";
    case sdk::Side::each_side:
      return "each side";
    case sdk::Side::unspecified:
      break;
  }
  return "";
}

std::string joined(const std::vector<std::string>& parts) {
  std::string line;
  for (const std::string& part : parts) line += (line.empty() ? "" : ", ") + part;
  return line;
}

}  // namespace

std::string dosageShorthand(const sdk::Dosage& dosage) {
  std::vector<std::string> parts;
  const std::string sets = dosage.sets ? range(*dosage.sets) + "\u00D7" : std::string();
  if (dosage.reps && sets.empty() && dosage.duration_seconds) {
    parts.push_back(range(*dosage.reps) + "\u00D7" + seconds(*dosage.duration_seconds));  // 3 times, 30 s each
  } else if (dosage.reps) {
    parts.push_back(sets.empty() ? range(*dosage.reps) + " reps" : sets + range(*dosage.reps));
  } else if (!sets.empty() && dosage.duration_seconds) {
    parts.push_back(sets + seconds(*dosage.duration_seconds));
  } else if (!sets.empty()) {
    parts.push_back(range(*dosage.sets) + (dosage.sets->isSingle() && dosage.sets->low == 1 ? " set" : " sets"));
  }
  if (dosage.hold_seconds) parts.push_back("hold " + seconds(*dosage.hold_seconds));
  if (dosage.duration_seconds && !dosage.reps && sets.empty()) parts.push_back(seconds(*dosage.duration_seconds));
  if (dosage.duration_seconds && dosage.reps && !sets.empty())
    parts.push_back(seconds(*dosage.duration_seconds) + " each");
  if (dosage.rest_seconds) parts.push_back("rest " + seconds(*dosage.rest_seconds));
  if (dosage.side != sdk::Side::unspecified) parts.emplace_back(side(dosage.side));
  if (!dosage.load.empty()) parts.push_back(dosage.load);
  if (dosage.times_per_day) parts.push_back(range(*dosage.times_per_day) + "\u00D7/day");
  if (dosage.days_per_week) parts.push_back(range(*dosage.days_per_week) + " d/wk");
  if (dosage.session_minutes) parts.push_back(range(*dosage.session_minutes) + " min session");
  return joined(parts);
}

}  // namespace motus::core
