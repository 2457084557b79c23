// foldForSearch on its own: what indexing a catalog and every keystroke pay per name. ASCII names
// (most plugin text), names with accents, and other scripts, timed per batch of 1,000.
#include "statistics.hpp"

#include <motus/core/text_folding.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace motus;

int main() {
  const std::vector<std::pair<std::string, std::vector<std::string>>> kinds = {
      {"ASCII (\"Shoulder external rotation ...\")",
       {"Shoulder external rotation with a band", "Snow angels on a long roller", "Sit to stand, slowly"}},
      {"Latin with accents (\"Épaule, Müller, Łódź\")",
       {"Rotation externe de l'épaule", "Müller Straße Übung", "Łódź Ørsted Æsir Dvořák"}},
      {"other scripts (Greek, Cyrillic, Hebrew)", {"ΚΑΛΗ ΑΣΚΗΣΗ ΩΜΟΥ", "Упражнение для плеча", "תרגיל כתף"}},
  };
  std::size_t sink = 0;
  for (const auto& [what, names] : kinds) {
    std::vector<double> timings;
    for (int round = 0; round < 300; ++round) {
      const auto start = std::chrono::steady_clock::now();
      for (int i = 0; i < 1000; ++i)
        sink += core::foldForSearch(names[static_cast<std::size_t>(i) % names.size()]).size();
      timings.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
    }
    bench::printTimings("fold 1,000 names: " + what, timings);
  }
  return sink == 0 ? 1 : 0;
}
