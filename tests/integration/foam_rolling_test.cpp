// The built-in foam-rolling plugin, loaded from its real .so, checked against what the source
// article says (shared/reference/foam-rolling-upper-back.txt, fingerprinted in tests/data/).
#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/readability.hpp>
#include <motus/core/text_folding.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

struct FoamRolling {
  core::PluginHost host;
  const core::PluginRecord* record = nullptr;
  FoamRolling() { record = &host.loadFile(std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / "foam_rolling.so"); }
  const sdk::ExerciseSpec& exercise(const std::string& id) const {
    for (const sdk::ExerciseSpec& spec : record->exercises) {
      if (spec.id == id) return spec;
    }
    FAIL("no exercise " << id);
    throw std::logic_error("unreachable");
  }
};

// Everything the plugin would put in front of a patient or a therapist.
std::vector<std::string> allText(const core::PluginRecord& record) {
  std::vector<std::string> text{record.info.name, record.info.description};
  for (const sdk::ExerciseSpec& spec : record.exercises) {
    text.push_back(spec.name);
    text.push_back(spec.purpose);
    for (const auto* list : {&spec.steps, &spec.cues, &spec.precautions})
      text.insert(text.end(), list->begin(), list->end());
    for (const sdk::SafetyRule& rule : spec.safety) text.push_back(rule.reason);
  }
  for (const sdk::EducationTopic& topic : record.education) {
    text.push_back(topic.title);
    text.insert(text.end(), topic.points.begin(), topic.points.end());
  }
  return text;
}

std::optional<sdk::Range> range(int low, int high) { return sdk::Range::between(low, high); }

}  // namespace

TEST_CASE("The plugin loads with the six exercises of the article") {
  const FoamRolling plugin;
  REQUIRE(plugin.record->state == core::PluginState::loaded);
  CHECK(plugin.record->info.id == "foam-rolling");
  std::set<std::string> ids;
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) ids.insert(spec.id);
  CHECK(ids == std::set<std::string>{"lying-breathing", "thoracic-pivot", "mid-back-roll", "chest-opener", "snow-angel",
                                     "lat-roll"});
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) {
    INFO(spec.id);
    CHECK(std::find(spec.body_regions.begin(), spec.body_regions.end(), "thoracic") != spec.body_regions.end());
    CHECK(spec.equipment == std::vector<std::string>{"foam-roller"});
    CHECK(spec.steps.size() >= 4);
    CHECK_FALSE(spec.illustrations.start_svg.empty());
    CHECK_FALSE(spec.illustrations.finish_svg.empty());
  }
}

TEST_CASE("Steps start from the starting position") {
  const FoamRolling plugin;
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) {
    INFO(spec.id << ": " << spec.steps.front());
    const std::string first = spec.steps.front();
    CHECK((first.rfind("Lie", 0) == 0 || first.rfind("Sit", 0) == 0 || first.rfind("Kneel", 0) == 0));
  }
}

TEST_CASE("Dosing follows the article") {
  const FoamRolling plugin;
  // 20 to 30 seconds while breathing deeply.
  CHECK(plugin.exercise("lying-breathing").default_dosage.duration_seconds == range(20, 30));
  // 10 to 15 times for the pivots, the back roll, snow angels and lat rolls (each side).
  for (const char* id : {"thoracic-pivot", "mid-back-roll", "snow-angel", "lat-roll"}) {
    INFO(id);
    CHECK(plugin.exercise(id).default_dosage.reps == range(10, 15));
  }
  CHECK(plugin.exercise("lat-roll").default_dosage.side == sdk::Side::each_side);
  // 10 to 15 minutes, 1 to 4 times a day.
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) {
    INFO(spec.id);
    CHECK(spec.default_dosage.times_per_day == range(1, 4));
    CHECK(spec.default_dosage.session_minutes == range(10, 15));
  }
  // The beginner's limits: one 5-minute session, no more than 30 seconds on a spot.
  const auto& precautions = plugin.exercise("thoracic-pivot").precautions;
  CHECK(std::any_of(precautions.begin(), precautions.end(), [](const std::string& p) {
    return p.find("5 minutes") != std::string::npos && p.find("30 seconds") != std::string::npos;
  }));
}

TEST_CASE("Each of the article's six contraindications is an Avoid rule on every exercise") {
  const FoamRolling plugin;
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) {
    for (const char* condition : {"osteoporosis", "trauma-not-cleared", "muscle-guarding", "cancer-at-site",
                                  "severe-neuro-symptoms", "recent-surgery"}) {
      INFO(spec.id << " / " << condition);
      const auto rule = std::find_if(spec.safety.begin(), spec.safety.end(),
                                     [&](const sdk::SafetyRule& r) { return r.condition == condition; });
      REQUIRE(rule != spec.safety.end());
      CHECK(rule->severity == sdk::Severity::avoid);
      CHECK(rule->reason.size() > 20);
    }
  }
  const auto& osteoporosis = plugin.exercise("mid-back-roll").safety.front();
  CHECK_THAT(osteoporosis.reason, Contains("break"));
}

TEST_CASE("Rolling exercises warn off the neck and low back, and every exercise says when to stop") {
  const FoamRolling plugin;
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) {
    INFO(spec.id);
    std::string all;
    for (const std::string& p : spec.precautions) all += p + " ";
    CHECK_THAT(all, Contains("sharp or shooting pain"));
    if (spec.id == "lying-breathing" || spec.id == "thoracic-pivot" || spec.id == "mid-back-roll") {
      CHECK_THAT(all, Contains("neck") && Contains("low back"));
    }
  }
}

TEST_CASE("Progressions and regressions form a consistent ladder") {
  const FoamRolling plugin;
  const core::Catalog catalog = core::Catalog::fromPlugins(plugin.host.plugins());
  for (const core::CatalogEntry& entry : catalog.entries()) {
    for (const std::string& harder : entry.progressions) {
      INFO(entry.global_id << " -> " << harder);
      const core::CatalogEntry* target = catalog.find(harder);
      REQUIRE(target != nullptr);
      CHECK(std::find(target->regressions.begin(), target->regressions.end(), entry.global_id) !=
            target->regressions.end());
    }
  }
  CHECK(catalog.find("foam-rolling/thoracic-pivot")->progressions ==
        std::vector<std::string>{"foam-rolling/mid-back-roll"});
  CHECK(catalog.find("foam-rolling/snow-angel")->regressions == std::vector<std::string>{"foam-rolling/chest-opener"});
}

TEST_CASE("The education topics of the article are there") {
  const FoamRolling plugin;
  std::set<std::string> ids;
  for (const sdk::EducationTopic& topic : plugin.record->education) ids.insert(topic.id);
  CHECK(ids == std::set<std::string>{"benefits", "when-how-often", "dos-and-donts", "choosing-a-roller",
                                     "when-not-to-roll", "why-not-low-back"});
}

namespace {

constexpr std::size_t kRun = 8;

// FNV-1a: the same 64 bits on every compiler, so the fingerprint file means the same everywhere.
std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return hash;
}

// Every run of kRun words of the text (folded as search folds them), hashed.
std::set<std::uint64_t> runHashes(const std::string& text) {
  const std::vector<std::string> words = core::searchTokens(text);
  std::set<std::uint64_t> found;
  for (std::size_t i = 0; i + kRun <= words.size(); ++i) {
    std::string run;
    for (std::size_t j = i; j < i + kRun; ++j) run += words[j] + " ";
    found.insert(fnv1a(run));
  }
  return found;
}

std::set<std::uint64_t> readFingerprint(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::set<std::uint64_t> hashes;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) hashes.insert(std::stoull(line, nullptr, 16));
  }
  return hashes;
}

void writeFingerprint(const std::filesystem::path& file, const std::set<std::uint64_t>& hashes) {
  std::ofstream out(file, std::ios::trunc);
  for (const std::uint64_t hash : hashes) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    out << hex << '\n';
  }
}

}  // namespace

// The article itself is not ours to copy into the repository, so the repository keeps only the
// hashes of its eight-word runs (tests/data/foam-rolling-article.runs): the test runs everywhere,
// and where the article sits beside the checkout the hashes are checked against it.
TEST_CASE("No run of eight words is copied from the source article") {
  const std::filesystem::path fingerprint_file =
      std::filesystem::path(MOTUS_SOURCE_DIR) / "tests" / "data" / "foam-rolling-article.runs";
  const std::filesystem::path article =
      std::filesystem::path(MOTUS_SOURCE_DIR) / ".." / "shared" / "reference" / "foam-rolling-upper-back.txt";
  if (std::filesystem::exists(article)) {
    std::ifstream in(article);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::set<std::uint64_t> from_article = runHashes(buffer.str());
    if (std::getenv("MOTUS_WRITE_FINGERPRINTS") != nullptr) writeFingerprint(fingerprint_file, from_article);
    INFO("The fingerprint is stale: run this test with MOTUS_WRITE_FINGERPRINTS=1 to write it again.");
    CHECK(readFingerprint(fingerprint_file) == from_article);
  }
  const std::set<std::uint64_t> source = readFingerprint(fingerprint_file);
  INFO("fingerprint: " << fingerprint_file);
  REQUIRE(source.size() > 500);
  const FoamRolling plugin;
  for (const std::string& text : allText(*plugin.record)) {
    for (const std::uint64_t run : runHashes(text)) {
      INFO(text);
      CHECK(source.count(run) == 0);
    }
  }
}

TEST_CASE("Patient text reads at grade 8 or below") {
  const FoamRolling plugin;
  for (const sdk::ExerciseSpec& spec : plugin.record->exercises) {
    std::vector<std::string> text{spec.name, spec.purpose};
    for (const auto* list : {&spec.steps, &spec.cues, &spec.precautions})
      text.insert(text.end(), list->begin(), list->end());
    const double grade = core::fleschKincaidGrade(text);
    INFO(spec.id << " reads at grade " << grade);
    CHECK(grade <= 8.0);
  }
  for (const sdk::EducationTopic& topic : plugin.record->education) {
    std::vector<std::string> text{topic.title};
    text.insert(text.end(), topic.points.begin(), topic.points.end());
    const double grade = core::fleschKincaidGrade(text);
    INFO(topic.id << " reads at grade " << grade);
    CHECK(grade <= 8.0);
  }
}
