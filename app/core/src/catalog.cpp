#include <motus/core/catalog.hpp>

#include <motus/core/text_folding.hpp>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace motus::core {
namespace {

// How much a word counts, by where it stands. A whole-word match counts double.
enum Weight : std::uint8_t { kInSteps = 1, kInPurpose = 2, kInTags = 4, kInName = 8 };

struct Posting {
  std::uint32_t entry;
  std::uint8_t weight;
};

bool anyOf(const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
  if (wanted.empty()) return true;
  return std::any_of(wanted.begin(), wanted.end(),
                     [&](const std::string& code) { return std::find(have.begin(), have.end(), code) != have.end(); });
}

bool passesFacets(const CatalogEntry& entry, const CatalogQuery& query) {
  const sdk::ExerciseSpec& spec = entry.spec;
  return anyOf(query.regions, spec.body_regions) && anyOf(query.equipment, spec.equipment) &&
         anyOf(query.positions, spec.positions) && anyOf(query.goals, spec.goals) &&
         (query.plugins.empty() ||
          std::find(query.plugins.begin(), query.plugins.end(), entry.plugin_id) != query.plugins.end()) &&
         (!query.difficulty || *query.difficulty == spec.difficulty);
}

bool avoidFor(const sdk::ExerciseSpec& spec, const std::string& condition) {
  return std::any_of(spec.safety.begin(), spec.safety.end(), [&](const sdk::SafetyRule& rule) {
    return rule.severity == sdk::Severity::avoid && rule.condition == condition;
  });
}

bool avoidForAny(const sdk::ExerciseSpec& spec, const std::vector<std::string>& conditions) {
  return std::any_of(conditions.begin(), conditions.end(),
                     [&](const std::string& condition) { return avoidFor(spec, condition); });
}

// Counts an exercise that "Suitable for this patient" hides, under each condition that hides it.
void countHidden(const sdk::ExerciseSpec& spec, const std::vector<std::string>& conditions, HiddenAsAvoid& hidden) {
  ++hidden.count;
  if (hidden.by_condition.empty()) {
    for (const std::string& condition : conditions) hidden.by_condition.emplace_back(condition, 0);
  }
  for (auto& [condition, count] : hidden.by_condition) count += avoidFor(spec, condition) ? 1U : 0U;
}

}  // namespace

// An inverted index from folded words to the entries that contain them. Words are kept sorted so
// that every word starting with a typed prefix is one contiguous run.
class Catalog::Index {
 public:
  explicit Index(const std::vector<CatalogEntry>& entries) : nameRank_(entries.size()) {
    // Words get ids in order of first sight; they are sorted once at the end.
    std::unordered_map<std::string, std::uint32_t> wordIds;
    std::vector<std::string> words;
    std::vector<std::vector<Posting>> postings;
    std::unordered_map<std::uint32_t, std::uint8_t> weights;  // word id -> best weight, for one entry
    for (std::uint32_t e = 0; e < entries.size(); ++e) {
      weights.clear();
      const auto add = [&](const std::string& text, Weight weight) {
        for (std::string& token : searchTokens(text)) {
          const auto [it, inserted] = wordIds.try_emplace(std::move(token), static_cast<std::uint32_t>(words.size()));
          if (inserted) {
            words.push_back(it->first);
            postings.emplace_back();
          }
          std::uint8_t& best = weights[it->second];
          best = std::max<std::uint8_t>(best, weight);
        }
      };
      const sdk::ExerciseSpec& spec = entries[e].spec;
      add(spec.name, kInName);
      for (const std::string& tag : spec.tags) add(tag, kInTags);
      add(spec.purpose, kInPurpose);
      for (const std::string& step : spec.steps) add(step, kInSteps);
      for (const auto& [word, weight] : weights) postings[word].push_back({e, weight});
    }
    std::vector<std::uint32_t> byWord(words.size());
    std::iota(byWord.begin(), byWord.end(), 0U);
    std::sort(byWord.begin(), byWord.end(), [&](std::uint32_t a, std::uint32_t b) { return words[a] < words[b]; });
    words_.reserve(words.size());
    postings_.reserve(words.size());
    for (const std::uint32_t id : byWord) {
      words_.push_back(std::move(words[id]));
      postings_.push_back(std::move(postings[id]));
    }

    std::vector<std::string> foldedNames(entries.size());
    for (std::size_t e = 0; e < entries.size(); ++e) foldedNames[e] = foldForSearch(entries[e].spec.name);
    std::vector<std::uint32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (foldedNames[a] != foldedNames[b]) return foldedNames[a] < foldedNames[b];
      return entries[a].global_id < entries[b].global_id;
    });
    for (std::uint32_t rank = 0; rank < order.size(); ++rank) nameRank_[order[rank]] = rank;
  }

  // Entries that contain every word as a prefix, with their scores.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> match(const std::vector<std::string>& words) const {
    const std::size_t count = nameRank_.size();
    std::vector<std::uint8_t> matchedWords(count, 0);
    std::vector<std::uint8_t> bestForWord(count, 0);
    std::vector<std::uint32_t> score(count, 0);
    std::vector<std::uint32_t> touched;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string& prefix = words[k];
      touched.clear();
      auto it = std::lower_bound(words_.begin(), words_.end(), prefix);
      for (; it != words_.end() && it->compare(0, prefix.size(), prefix) == 0; ++it) {
        const std::uint8_t factor = it->size() == prefix.size() ? 2 : 1;
        for (const Posting& posting : postings_[static_cast<std::size_t>(it - words_.begin())]) {
          const std::uint32_t e = posting.entry;
          const auto weight = static_cast<std::uint8_t>(posting.weight * factor);
          if (matchedWords[e] == k) {  // matched every earlier word, first hit for this one
            matchedWords[e] = static_cast<std::uint8_t>(k + 1);
            bestForWord[e] = weight;
            touched.push_back(e);
          } else if (matchedWords[e] == k + 1) {
            bestForWord[e] = std::max(bestForWord[e], weight);
          }
        }
      }
      for (const std::uint32_t e : touched) score[e] += bestForWord[e];
      if (touched.empty()) return {};
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> hits;
    hits.reserve(touched.size());
    for (const std::uint32_t e : touched) hits.emplace_back(e, score[e]);
    return hits;
  }

  std::uint32_t nameRank(std::uint32_t entry) const { return nameRank_[entry]; }

 private:
  std::vector<std::string> words_;
  std::vector<std::vector<Posting>> postings_;
  std::vector<std::uint32_t> nameRank_;
};

Catalog::Catalog() : Catalog(std::vector<CatalogEntry>{}) {}

Catalog::Catalog(std::vector<CatalogEntry> entries)
    : entries_(std::move(entries)), index_(std::make_unique<Index>(entries_)) {}

Catalog::~Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;

std::string globalExerciseId(std::string_view plugin_id, std::string_view link) {
  if (link.find('/') != std::string_view::npos) return std::string(link);
  return std::string(plugin_id) + "/" + std::string(link);
}

Catalog Catalog::fromPlugins(const std::vector<PluginRecord>& plugins) {
  std::vector<CatalogEntry> entries;
  for (const PluginRecord& plugin : plugins) {
    if (plugin.state != PluginState::loaded) continue;
    for (const sdk::ExerciseSpec& spec : plugin.exercises) {
      CatalogEntry& entry = entries.emplace_back();
      entry.global_id = globalExerciseId(plugin.info.id, spec.id);
      entry.plugin_id = plugin.info.id;
      entry.plugin_name = plugin.info.name;
      entry.plugin_version = plugin.info.version;
      entry.spec = spec;
      for (const std::string& link : spec.progressions)
        entry.progressions.push_back(globalExerciseId(plugin.info.id, link));
      for (const std::string& link : spec.regressions)
        entry.regressions.push_back(globalExerciseId(plugin.info.id, link));
    }
  }
  return Catalog(std::move(entries));
}

std::vector<const CatalogEntry*> Catalog::search(const CatalogQuery& query, HiddenAsAvoid* hidden) const {
  std::vector<std::string> words = searchTokens(query.text);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  // A shorter word that is a prefix of another typed word adds nothing ("fo foam").
  words.erase(std::remove_if(words.begin(), words.end(),
                             [&](const std::string& w) {
                               return std::any_of(words.begin(), words.end(), [&](const std::string& other) {
                                 return other.size() > w.size() && other.compare(0, w.size(), w) == 0;
                               });
                             }),
              words.end());
  constexpr std::size_t kMostWords = 16;  // a pasted paragraph is not a query
  if (words.size() > kMostWords) words.resize(kMostWords);

  std::vector<std::pair<std::uint32_t, std::uint32_t>> hits;  // entry, score
  if (words.empty()) {
    hits.reserve(entries_.size());
    for (std::uint32_t e = 0; e < entries_.size(); ++e) hits.emplace_back(e, 0);
  } else {
    hits = index_->match(words);
  }
  if (hidden != nullptr) *hidden = {};
  std::erase_if(hits, [&](const auto& hit) {
    const CatalogEntry& entry = entries_[hit.first];
    if (!passesFacets(entry, query)) return true;
    if (!avoidForAny(entry.spec, query.suitable_for)) return false;
    if (hidden != nullptr) countHidden(entry.spec, query.suitable_for, *hidden);
    return true;
  });
  if (hidden != nullptr) {
    std::erase_if(hidden->by_condition, [](const auto& pair) { return pair.second == 0; });
  }
  std::sort(hits.begin(), hits.end(), [&](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return index_->nameRank(a.first) < index_->nameRank(b.first);
  });

  std::vector<const CatalogEntry*> results;
  results.reserve(hits.size());
  for (const auto& hit : hits) results.push_back(&entries_[hit.first]);
  return results;
}

const CatalogEntry* Catalog::find(std::string_view global_id) const {
  const auto it = std::find_if(entries_.begin(), entries_.end(),
                               [&](const CatalogEntry& entry) { return entry.global_id == global_id; });
  return it == entries_.end() ? nullptr : &*it;
}

}  // namespace motus::core
