// How long each plugin takes to load: open the library, read its version, create it, copy and
// validate everything it returns. Usage: motus_bench_plugin_load [PLUGIN.so ...]
// (default: every plugin in the built-in folder).
#include "statistics.hpp"

#include <motus/core/plugin_host.hpp>

#include <filesystem>

using namespace motus;

int main(int argc, char* argv[]) {
  std::vector<std::filesystem::path> files(argv + 1, argv + argc);
  if (files.empty()) {
    for (const auto& entry : std::filesystem::directory_iterator(core::builtinPluginFolder())) {
      if (entry.path().extension() == ".so") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  constexpr int kRounds = 200;
  std::printf("Plugin load time (open + version check + create + validate), %d fresh loads each\n", kRounds);
  int failures = 0;
  for (const std::filesystem::path& file : files) {
    std::vector<double> timings;
    std::size_t exercises = 0;
    for (int round = 0; round < kRounds; ++round) {
      core::PluginHost host;  // a fresh host each time: the library is really opened and closed
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
    }
  }
  return failures == 0 ? 0 : 1;
}
