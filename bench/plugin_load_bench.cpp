// How long describing each plugin takes: start motus-plugin-scan, open the library, read its
// version, call it, send the document over the pipe, then parse and validate it here. Then what a
// start with a plugin index costs instead: reading the index, checking each file and rebuilding
// every record from its document, with the index's size.
// Usage: motus_bench_plugin_load [PLUGIN.so ...]   (default: every plugin in the built-in folder)
#include "statistics.hpp"

#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>

using namespace motus;
namespace fs = std::filesystem;

int main(int argc, char* argv[]) {
  std::vector<fs::path> files(argv + 1, argv + argc);
  if (files.empty()) {
    for (const auto& entry : fs::directory_iterator(core::builtinPluginFolder())) {
      if (entry.path().extension() == ".so") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  constexpr int kRounds = 40;
  std::printf("Plugin scan time (scanner process + open + version + describe + pipe + parse + validate), %d scans each\n",
              kRounds);
  int failures = 0;
  std::vector<double> all;
  for (const fs::path& file : files) {
    std::vector<double> timings;
    std::size_t exercises = 0;
    for (int round = 0; round < kRounds; ++round) {
      core::PluginHost host;  // no index: a real scan every time
      const core::PluginRecord& record = host.loadFile(file);
      if (record.state != core::PluginState::loaded) {
        std::printf("%s: %s\n", file.filename().c_str(), record.reason.c_str());
        ++failures;
        break;
      }
      exercises = record.exercises.size();
      timings.push_back(bench::Microseconds(record.load_time).count());
    }
    if (!timings.empty()) {
      bench::printTimings(file.filename().string() + " (" + std::to_string(exercises) + " exercises)", timings);
      all.insert(all.end(), timings.begin(), timings.end());
    }
  }
  bench::printTimings("every scan above", all);

  // The same files through the index: one scan to fill it, then starts that read it.
  const fs::path index = fs::temp_directory_path() / ("motus-bench-index-" + std::to_string(::getpid())) / "index.json";
  core::PluginHostOptions options = core::PluginHostOptions::standard();
  options.index_file = index;
  std::vector<fs::path> locations(files.begin(), files.end());
  {
    core::PluginHost filling(options);
    const auto started = std::chrono::steady_clock::now();
    filling.load(locations);
    std::printf("all %zu files scanned in parallel, index written: %.1f ms\n", files.size(),
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
  }
  std::vector<double> from_index;
  std::vector<double> with_catalog;
  std::size_t exercises = 0;
  for (int round = 0; round < kRounds; ++round) {
    const auto started = std::chrono::steady_clock::now();
    core::PluginHost host(options);
    if (!host.discover(locations).empty()) {
      std::printf("the index did not know every file\n");
      return 1;
    }
    const auto read = std::chrono::steady_clock::now();
    const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
    exercises = catalog.size();
    from_index.push_back(bench::Microseconds(read - started).count());
    with_catalog.push_back(bench::Microseconds(std::chrono::steady_clock::now() - started).count());
  }
  bench::printTimings("records from the index (" + std::to_string(files.size()) + " files)", from_index);
  bench::printTimings("...and the catalog built (" + std::to_string(exercises) + " exercises)", with_catalog);
  std::printf("index size: %.1f kB for %zu plugin files\n", static_cast<double>(fs::file_size(index)) / 1024.0,
              files.size());
  fs::remove_all(index.parent_path());
  return failures == 0 ? 0 : 1;
}
