#pragma once
// How hard English text is to read, as a school grade (Flesch-Kincaid). Patient text should score
// 8 or below. The syllable count is the usual vowel-group rule with the common silent endings, so
// a grade is an estimate: good for catching long sentences and long words, not for fine ranking.

#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

struct TextStatistics {
  int sentences = 0;
  int words = 0;
  int syllables = 0;
};

// Syllables in one English word (at least 1 for any word with a letter or digit).
int countSyllables(std::string_view word_text);

// Counts over several pieces of text; each piece ends a sentence even without a full stop, since
// steps and bullet points are written that way.
TextStatistics measureText(const std::vector<std::string>& pieces);

// 0.39 * words per sentence + 11.8 * syllables per word - 15.59; 0 for text with no words.
double fleschKincaidGrade(const TextStatistics& statistics);
double fleschKincaidGrade(const std::vector<std::string>& pieces);

}  // namespace motus::core
