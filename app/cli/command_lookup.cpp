#include "command_lookup.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>

namespace motus::cli {
namespace {

// Levenshtein distance: how many letters to add, remove or change to turn one word into the other.
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// A typo is one or two letters; in a short word, one.
bool isClose(std::size_t distance, std::string_view typed) { return distance <= (typed.size() <= 4 ? 1U : 2U); }

}  // namespace

std::vector<std::string> wordsOf(const Command& command) {
  std::vector<std::string> words;
  std::string_view rest = command.words;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    words.emplace_back(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return words;
}

const Command* findCommand(std::span<const std::string> typed) {
  const Command* best = nullptr;
  std::size_t bestLength = 0;
  for (const Command& command : commandTable()) {
    const std::vector<std::string> words = wordsOf(command);
    if (words.size() > typed.size() || words.size() <= bestLength) continue;
    if (std::equal(words.begin(), words.end(), typed.begin())) {
      best = &command;
      bestLength = words.size();
    }
  }
  return best;
}

std::vector<const Command*> nearestCommands(std::span<const std::string> typed) {
  if (typed.empty()) return {};
  struct Candidate {
    const Command* command;
    std::size_t distance;
  };
  std::vector<Candidate> bothWords;  // both words right or misspelt: "programs add-itme", "patient list"
  std::vector<Candidate> firstWord;  // only the first: "exercise delete", "patients" alone
  for (const Command& command : commandTable()) {
    const std::vector<std::string> words = wordsOf(command);
    const std::size_t first = editDistance(typed[0], words[0]);
    if (!isClose(first, typed[0])) continue;
    firstWord.push_back({&command, first});
    if (words.size() > 1 && typed.size() > 1) {
      const std::size_t second = editDistance(typed[1], words[1]);
      if (isClose(second, typed[1])) bothWords.push_back({&command, first + second});
    }
  }
  std::vector<Candidate>& chosen = bothWords.empty() ? firstWord : bothWords;
  std::stable_sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.distance < b.distance; });
  std::vector<const Command*> nearest;
  for (const Candidate& candidate : chosen) nearest.push_back(candidate.command);
  return nearest;
}

}  // namespace motus::cli
