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

}  // namespace motus::core
