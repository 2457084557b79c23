// Start of the window, over several launches: from process start to the first idle event of the
// main window (it is up and answers input), and to the moment every plugin is in the library.
//   cold: an empty plugin index, so every plugin is scanned (in the background);
//   warm: the index a previous start wrote, so no scanner runs;
//   warm with EXTRA_FOLDER on MOTUS_PLUGIN_PATH (e.g. the test tree's misbehaving fixtures), to
//   show that plugins which crashed or hung once cost nothing at the next start.
// Usage (needs a display; the bench target runs it under Xvfb):
//   motus_bench_gui_startup MOTUS_EXE [EXTRA_FOLDER]
#include "statistics.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Launch {
  double first_idle_ms = -1;
  double plugins_ready_ms = -1;
};

bool launch(const std::string& command, Launch& result) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return false;
  char line[256] = {};
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    std::sscanf(line, "first idle after %lf ms", &result.first_idle_ms);
    std::sscanf(line, "plugins ready after %lf ms", &result.plugins_ready_ms);
  }
  return pclose(pipe) == 0 && result.first_idle_ms >= 0 && result.plugins_ready_ms >= 0;
}

bool measure(const std::string& label, const std::string& command, const fs::path& cache, bool cold) {
  std::vector<double> idle;
  std::vector<double> ready;
  for (int run = 0; run < 16; ++run) {
    if (cold || run == 0) fs::remove_all(cache);
    Launch result;
    if (!launch(command, result)) {
      std::fprintf(stderr, "motus did not report its start-up time\n");
      return false;
    }
    if (run == 0) continue;  // the first launch also creates the database (and fills the index)
    idle.push_back(result.first_idle_ms * 1000.0);
    ready.push_back(result.plugins_ready_ms * 1000.0);
  }
  motus::bench::printTimings(label + ": first idle", idle);
  motus::bench::printTimings(label + ": every plugin in the library", ready);
  return true;
}

}  // namespace

int main(int argc, char* argv[]) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "Usage: %s PATH_TO_MOTUS [EXTRA_PLUGIN_FOLDER]\n", argv[0]);
    return 2;
  }
  // A throwaway data folder (so the database is at its standard path), settings and cache: the
  // first launch creates the database like a first run would.
  const fs::path scratch = fs::temp_directory_path() / "motus-bench-startup";
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  const std::string environment = "env -u MOTUS_PLUGIN_PATH -u MOTUS_DATABASE XDG_CONFIG_HOME='" +
                                  (scratch / "config").string() + "' XDG_CACHE_HOME='" + (scratch / "cache").string() +
                                  "' XDG_DATA_HOME='" + (scratch / "data").string() + "' XDG_STATE_HOME='" +
                                  (scratch / "state").string() + "' NO_AT_BRIDGE=1 ";
  const std::string motus = "'" + std::string(argv[1]) + "' --exit-when-idle 2>/dev/null";
  const fs::path cache = scratch / "cache";
  bool ok = measure("cold, empty index (7 plugins)", environment + motus, cache, true) &&
            measure("warm, with the index (7 plugins)", environment + motus, cache, false);
  if (ok && argc == 3) {
    const std::string extra = environment + "MOTUS_PLUGIN_PATH='" + argv[2] + "' " + motus;
    ok = measure("warm, index, + " + fs::path(argv[2]).filename().string(), extra, cache, false);
  }
  fs::remove_all(scratch);
  return ok ? 0 : 1;
}
