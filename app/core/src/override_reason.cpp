#include <motus/core/override_reason.hpp>
#include <motus/core/text_folding.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>
#include <vector>

namespace motus::core {
namespace {

// Words that say yes, or that someone agreed, but not why: a reason made of these alone is refused.
// Lower case; a word is a run of letters and digits.
constexpr std::string_view kStockWords[] = {
    "ok",        "okay",    "okey",     "oki",     "k",       "fine",     "good",       "yes",     "y",      "sure",
    "safe",      "alright", "approved", "agreed",  "allowed", "override", "overridden", "overide", "needed", "required",
    "necessary", "because", "just",     "it",      "is",      "its",      "was",        "be",      "a",      "an",
    "the",       "to",      "for",      "as",      "per",     "by",       "of",         "and",     "or",     "on",
    "with",      "md",      "dr",       "pt",      "doc",     "doctor",   "discussed",  "noted",   "see",    "notes",
    "na",        "n",       "none",     "nothing", "test",    "asdf",     "x",          "xx"};

bool isStock(const std::string& word) {
  return std::find(std::begin(kStockWords), std::end(kStockWords), word) != std::end(kStockWords);
}

// Letters and digits, lower case; any byte of a multi-byte character counts as a letter, so a
// reason in Spanish or Greek is read the same way.
bool isWordByte(unsigned char byte) { return byte >= 0x80 || std::isalnum(byte) != 0; }

std::vector<std::string> wordsOf(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (isWordByte(byte)) {
      word += static_cast<char>(std::tolower(byte));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The reason as it is quoted back: on one line, with no control characters, and cut at a word
// when it is too long to read in a message.
std::string quoted(const std::string& reason) {
  std::string line = reason;
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  std::string shown = displayable(line);
  constexpr std::size_t kShown = 40;
  if (shown.size() > kShown) {
    std::size_t cut = shown.rfind(' ', kShown);
    if (cut == std::string::npos || cut == 0) {
      cut = kShown;
      while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    }
    shown = shown.substr(0, cut) + "...";
  }
  return "'" + shown + "'";
}

}  // namespace

std::optional<std::string> overrideReasonProblem(const std::string& reason) {
  const std::vector<std::string> words = wordsOf(reason);
  std::size_t letters = 0;
  std::size_t telling = 0;
  for (const std::string& word : words) {
    letters += word.size();
    if (!isStock(word)) ++telling;
  }
  if (words.empty()) return "An override needs a reason: say why it is safe for this patient.";
  constexpr std::size_t kLetters = 10;
  constexpr std::size_t kTellingWords = 2;
  if (letters >= kLetters && telling >= kTellingWords) return std::nullopt;
  return quoted(reason) +
         " does not say why the exercise is safe for this patient. Write who or what cleared it and any limit, "
         "for example: Surgeon cleared rolling on 2026-11-01; light pressure only.";
}

}  // namespace motus::core
