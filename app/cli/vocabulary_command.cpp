#include "commands.hpp"
#include "loaded_library.hpp"

#include <motus/sdk/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <ostream>
#include <span>
#include <string_view>

namespace motus::cli {
namespace {

struct Vocabulary {
  std::string_view title;      // "Conditions"
  std::string_view name;       // what the user may type to see only this one
  std::string_view constants;  // where a plugin finds the constants
  std::span<const sdk::Term> terms;
};

const std::array kVocabularies{
    Vocabulary{"Conditions", "conditions", "motus::sdk::condition", sdk::kConditions},
    Vocabulary{"Body regions", "regions", "motus::sdk::region", sdk::kBodyRegions},
    Vocabulary{"Equipment", "equipment", "motus::sdk::equipment", sdk::kEquipment},
    Vocabulary{"Positions", "positions", "motus::sdk::position", sdk::kPositions},
    Vocabulary{"Goals", "goals", "motus::sdk::goal", sdk::kGoals},
};

void print(const Vocabulary& vocabulary, std::ostream& out) {
  std::size_t width = 0;
  for (const sdk::Term& term : vocabulary.terms) width = std::max(width, displayWidth(term.code));
  out << vocabulary.title << " (" << counted(vocabulary.terms.size(), "code") << ", in C++ " << vocabulary.constants
      << "):\n";
  for (const sdk::Term& term : vocabulary.terms) out << "  " << padded(term.code, width + 2) << term.label << '\n';
}

}  // namespace

int listVocabulary(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::vector<std::string>& words = invocation.words;
  bool first = true;
  for (const Vocabulary& vocabulary : kVocabularies) {
    if (words.size() == 2 && words[1] != vocabulary.name) continue;
    if (!first) out << '\n';
    print(vocabulary, out);
    first = false;
  }
  if (first) {
    err << "Unknown vocabulary '" << words[1] << "'. Use conditions, regions, equipment, positions or goals.\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace motus::cli
