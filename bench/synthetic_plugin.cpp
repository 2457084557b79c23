// A plugin with 10,000 made-up exercises, for measuring the catalog at the size of a large clinic
// library. Deterministic: the same words every run, so figures compare across commits.
#include <motus/sdk/sdk.hpp>

#include <cstdint>
#include <string>

namespace {

using namespace motus::sdk;

constexpr int kExerciseCount = 10000;
constexpr int kVocabularySize = 4000;

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33U);
  }
  std::size_t below(std::size_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

// Pronounceable made-up words ("kavo", "tremilu"), so prefixes spread like real language.
std::vector<std::string> makeVocabulary() {
  static const char* const syllables[] = {"ka", "vo",   "tre", "mi",  "lu",  "sa",  "ron", "pe",
                                          "di", "gan",  "to",  "fe",  "bri", "shu", "ne",  "ol",
                                          "an", "ques", "ti",  "mar", "po",  "le",  "cu",  "zin"};
  Random random(42);
  std::vector<std::string> words;
  words.reserve(kVocabularySize);
  for (int i = 0; i < kVocabularySize; ++i) {
    std::string word;
    const std::size_t length = 2 + random.below(3);
    for (std::size_t s = 0; s < length; ++s) word += syllables[random.below(std::size(syllables))];
    words.push_back(word);
  }
  return words;
}

template <std::size_t N>
std::string pick(Random& random, const std::array<Term, N>& vocabulary) {
  return std::string(vocabulary[random.below(N)].code);
}

std::string sentence(Random& random, const std::vector<std::string>& words, std::size_t length) {
  std::string text;
  for (std::size_t i = 0; i < length; ++i) text += (i ? " " : "") + words[random.below(words.size())];
  return text + ".";
}

class SyntheticPlugin final : public Plugin {
 public:
  PluginInfo info() const override {
    return {"synthetic", "Synthetic library for benchmarks", "1.0.0", "Motus benchmarks", ""};
  }

  std::vector<ExerciseSpec> exercises() const override {
    const std::vector<std::string> words = makeVocabulary();
    Random random(7);
    std::vector<ExerciseSpec> list;
    list.reserve(kExerciseCount);
    for (int i = 0; i < kExerciseCount; ++i) {
      ExerciseSpec spec;
      spec.id = "exercise-" + std::to_string(i);
      spec.name = words[random.below(words.size())] + " " + words[random.below(words.size())] + " " + std::to_string(i);
      spec.purpose = sentence(random, words, 8);
      spec.body_regions = {pick(random, kBodyRegions)};
      spec.equipment = {pick(random, kEquipment)};
      spec.positions = {pick(random, kPositions)};
      spec.goals = {pick(random, kGoals)};
      spec.difficulty = static_cast<Difficulty>(random.below(3));
      for (int s = 0; s < 5; ++s) spec.steps.push_back(sentence(random, words, 10));
      spec.cues = {sentence(random, words, 6)};
      spec.tags = {words[random.below(words.size())], words[random.below(words.size())]};
      spec.default_dosage.reps = Range::between(8, 12);
      spec.safety = {{pick(random, kConditions), Severity::caution, sentence(random, words, 8)}};
      list.push_back(std::move(spec));
    }
    return list;
  }

  std::vector<EducationTopic> education() const override { return {}; }
};

}  // namespace

MOTUS_EXPORT_PLUGIN(SyntheticPlugin)
