#include <motus/core/readability.hpp>

#include <cctype>

namespace motus::core {
namespace {

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool isLetterOrDigit(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool endsWith(std::string_view text, std::string_view ending) {
  return text.size() >= ending.size() && text.substr(text.size() - ending.size()) == ending;
}

}  // namespace

int countSyllables(std::string_view word_text) {
  std::string word;
  for (const char c : word_text) {
    if (std::isalpha(static_cast<unsigned char>(c)) != 0)
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (word.empty()) return 1;  // a number such as "10" reads as one short word
  int groups = 0;
  bool inVowels = false;
  for (const char c : word) {
    const bool vowel = isVowel(c);
    if (vowel && !inVowels) ++groups;
    inVowels = vowel;
  }
  const std::size_t n = word.size();
  // A final "e" is silent ("make"), except in "-le" after a consonant ("ta-ble") and "-ee" ("knee").
  const bool consonantLe = n >= 3 && endsWith(word, "le") && !isVowel(word[n - 3]);
  if (n > 2 && word.back() == 'e' && !consonantLe && !endsWith(word, "ee") && !isVowel(word[n - 2])) --groups;
  // "-ed" and "-es" are silent after most consonants ("moved", "makes"), not after t/d ("wanted")
  // or s/x/z/ch/sh ("boxes").
  if (n > 3 && endsWith(word, "ed") && word[n - 3] != 't' && word[n - 3] != 'd' && !isVowel(word[n - 3])) --groups;
  if (n > 3 && endsWith(word, "es") && !isVowel(word[n - 3]) &&
      std::string_view("sxzhgc").find(word[n - 3]) == std::string_view::npos) {
    --groups;
  }
  return groups < 1 ? 1 : groups;
}

TextStatistics measureText(const std::vector<std::string>& pieces) {
  TextStatistics statistics;
  for (const std::string& piece : pieces) {
    bool sentenceOpen = false;
    std::string word;
    const auto endWord = [&] {
      if (!word.empty()) {
        ++statistics.words;
        statistics.syllables += countSyllables(word);
        sentenceOpen = true;
        word.clear();
      }
    };
    for (std::size_t i = 0; i < piece.size(); ++i) {
      const char c = piece[i];
      const bool decimalPoint = c == '.' && !word.empty() && i + 1 < piece.size() &&
                                std::isdigit(static_cast<unsigned char>(piece[i + 1])) != 0;
      if (isLetterOrDigit(c) || c == '\'' || (c == '-' && !word.empty()) || decimalPoint ||
          static_cast<unsigned char>(c) >= 0x80) {
        word += c;
        continue;
      }
      endWord();
      const bool stop = c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
      // "6.5" and "e.g." are not sentence ends: a stop counts only before a space or the end.
      const bool atBoundary = i + 1 == piece.size() || piece[i + 1] == ' ';
      if (stop && atBoundary && sentenceOpen) {
        ++statistics.sentences;
        sentenceOpen = false;
      }
    }
    endWord();
    if (sentenceOpen) ++statistics.sentences;
  }
  return statistics;
}

double fleschKincaidGrade(const TextStatistics& statistics) {
  if (statistics.words == 0 || statistics.sentences == 0) return 0.0;
  const double wordsPerSentence = static_cast<double>(statistics.words) / statistics.sentences;
  const double syllablesPerWord = static_cast<double>(statistics.syllables) / statistics.words;
  return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
}

double fleschKincaidGrade(const std::vector<std::string>& pieces) { return fleschKincaidGrade(measureText(pieces)); }

}  // namespace motus::core
