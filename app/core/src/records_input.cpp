#include "records_input.hpp"
#include "records_logging.hpp"

#include <motus/core/text_folding.hpp>

namespace motus::core::input {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void refuseIfAny(std::string_view check, const std::vector<std::string>& problems) {
  if (problems.empty()) return;
  std::string message = "Not saved: ";
  for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
  throw detail::refusedInput(detail::withProblemCount(check, problems.size()), message + ".");
}

void checkText(std::vector<std::string>& problems, const std::string& what, const std::string& text) {
  if (!isValidUtf8(text)) problems.push_back("the " + what + " has characters that are not text");
}

std::string requiredName(const std::string& what, const std::string& text, std::size_t limit) {
  std::vector<std::string> problems;
  checkText(problems, what, text);
  const std::string name = trimmed(text);
  if (problems.empty() && hasControlCharacters(name))
    problems.push_back("the " + what + " has a line break or a control character; write it on one line");
  if (problems.empty() && name.empty()) problems.push_back("the " + what + " is missing");
  std::size_t letters = 0;
  for (const char byte : name) letters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  if (letters > limit) {
    problems.push_back("the " + what + " is longer than " + std::to_string(limit) + " characters");
  }
  refuseIfAny(what, problems);
  return name;
}

}  // namespace motus::core::input
