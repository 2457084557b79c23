#include <motus/core/vocabulary_text.hpp>

namespace motus::core {

std::string labelsOf(std::span<const sdk::Term> vocabulary, const std::vector<std::string>& codes) {
  std::string text;
  for (const std::string& code : codes) {
    if (!text.empty()) text += ", ";
    const std::string_view label = sdk::labelOf(vocabulary, code);
    text += label.empty() ? std::string_view(code) : label;
  }
  return text;
}

std::string_view toString(sdk::Difficulty difficulty) {
  switch (difficulty) {
    case sdk::Difficulty::beginner:
      return "beginner";
    case sdk::Difficulty::intermediate:
      return "intermediate";
    case sdk::Difficulty::advanced:
      return "advanced";
  }
  return "unknown";
}

std::string_view toString(sdk::Severity severity) {
  switch (severity) {
    case sdk::Severity::avoid:
      return "Avoid";
    case sdk::Severity::caution:
      return "Caution";
  }
  return "unknown";
}

std::string_view toString(sdk::Side side) {
  switch (side) {
    case sdk::Side::unspecified:
      return "";
    case sdk::Side::left:
      return "left side";
    case sdk::Side::right:
      return "right side";
    case sdk::Side::both:
      return "both sides together";
    case sdk::Side::each_side:
      return "each side";
  }
  return "";
}

std::string rangeText(const sdk::Range& range) {
  if (range.isSingle()) return std::to_string(range.low);
  return std::to_string(range.low) + "-" + std::to_string(range.high);
}

std::string dosageSummary(const sdk::Dosage& dosage) {
  std::vector<std::string> parts;
  const auto add = [&](const std::optional<sdk::Range>& range, std::string_view before, std::string_view after) {
    if (range) parts.push_back(std::string(before) + rangeText(*range) + std::string(after));
  };
  add(dosage.sets, "", " sets");
  add(dosage.reps, "", " reps");
  add(dosage.hold_seconds, "hold ", " s");
  add(dosage.duration_seconds, "for ", " s");
  add(dosage.rest_seconds, "rest ", " s");
  if (const std::string_view side = toString(dosage.side); !side.empty()) parts.emplace_back(side);
  if (!dosage.load.empty()) parts.push_back(dosage.load);
  add(dosage.times_per_day, "", " times a day");
  add(dosage.days_per_week, "", " days a week");
  add(dosage.session_minutes, "sessions of ", " min");
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

}  // namespace motus::core
