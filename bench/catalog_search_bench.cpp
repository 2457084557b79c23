// Search-as-you-type latency over a 10,000-exercise catalog: every prefix a therapist types on
// the way to a word, one- and two-word queries, with and without facet filters; and the same
// text queries through SQLite FTS5 prefix queries over the same texts, the peer, in the same run.
// Usage: motus_bench_catalog_search SYNTHETIC_PLUGIN.so
#include "fts5_peer.hpp"
#include "statistics.hpp"

#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/text_folding.hpp>

#include <chrono>

using namespace motus;

namespace {

// The queries typed while entering `words`: "k", "ka", "kav", ..., "kavo t", "kavo tr", ...
std::vector<std::string> keystrokes(const std::vector<std::string>& words) {
  std::vector<std::string> queries;
  std::string typed;
  for (const std::string& word : words) {
    if (!typed.empty()) typed += ' ';
    for (const char c : word) queries.push_back(typed += c);
  }
  return queries;
}

}  // namespace

int main(int argc, char* argv[]) {
  if (argc != 2) {
    std::fprintf(stderr, "Usage: %s SYNTHETIC_PLUGIN.so\n", argv[0]);
    return 2;
  }
  core::PluginHost host;
  const core::PluginRecord& record = host.loadFile(argv[1]);
  if (record.state != core::PluginState::loaded) {
    std::fprintf(stderr, "%s\n", record.reason.c_str());
    return 1;
  }
  const auto indexStart = std::chrono::steady_clock::now();
  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  const bench::Microseconds indexTime = std::chrono::steady_clock::now() - indexStart;
  std::printf("Catalog of %zu exercises indexed in %.1f ms\n", catalog.size(), indexTime.count() / 1000.0);

  // Type the first two name words of every 50th exercise, keystroke by keystroke.
  std::vector<core::CatalogQuery> queries;
  for (std::size_t i = 0; i < catalog.size(); i += 50) {
    std::vector<std::string> words = core::searchTokens(catalog.entries()[i].spec.name);
    words.resize(2);
    for (std::string& text : keystrokes(words)) {
      core::CatalogQuery query;
      query.text = std::move(text);
      queries.push_back(query);
      query.regions = {"shoulder", "thoracic"};
      query.equipment = {"resistance-band"};
      queries.push_back(std::move(query));
    }
  }

  std::vector<double> timings;
  timings.reserve(queries.size());
  std::size_t totalResults = 0;
  for (int warmup = 0; warmup < 2; ++warmup) {
    timings.clear();
    totalResults = 0;
    for (const core::CatalogQuery& query : queries) {
      const auto start = std::chrono::steady_clock::now();
      const auto results = catalog.search(query);
      timings.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
      totalResults += results.size();
    }
  }
  bench::printTimings("search per keystroke (text, text + facets)", timings);
  std::printf("average results per query: %.1f\n",
              static_cast<double>(totalResults) / static_cast<double>(queries.size()));

  std::vector<double> facetOnly;
  for (int i = 0; i < 200; ++i) {
    core::CatalogQuery query;
    query.regions = {"knee"};
    query.goals = {"strength"};
    const auto start = std::chrono::steady_clock::now();
    const auto results = catalog.search(query);
    facetOnly.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
  }
  bench::printTimings("facets only, no text (region + goal)", facetOnly);

  // Text alone, beside the peer: the same keystrokes, the same texts, all matches best first.
  const auto peerStart = std::chrono::steady_clock::now();
  bench::Fts5Peer peer(catalog.entries());
  const bench::Microseconds peerIndexTime = std::chrono::steady_clock::now() - peerStart;
  std::printf("FTS5 peer: same %zu exercises indexed in %.1f ms\n", catalog.size(), peerIndexTime.count() / 1000.0);
  std::vector<double> ours;
  std::vector<double> theirs;
  std::size_t ourResults = 0;
  std::size_t theirResults = 0;
  for (int warmup = 0; warmup < 2; ++warmup) {
    ours.clear();
    theirs.clear();
    ourResults = theirResults = 0;
    for (const core::CatalogQuery& query : queries) {
      if (!query.regions.empty()) continue;  // text only: FTS5 has no facets here
      const std::vector<std::string> words = core::searchTokens(query.text);
      auto start = std::chrono::steady_clock::now();
      ourResults += catalog.search(query).size();
      ours.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
      start = std::chrono::steady_clock::now();
      theirResults += peer.search(words);
      theirs.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
    }
  }
  bench::printTimings("Motus catalog, text only", ours);
  bench::printTimings("SQLite FTS5 prefix query, text only (peer)", theirs);
  std::printf("results: Motus %zu, FTS5 %zu\n", ourResults, theirResults);
  return 0;
}
