// Cold start of the window: from process start to the first idle event of the main window with
// every built-in plugin loaded (the window is up and answers input), over several launches.
// Usage (needs a display; the bench target runs it under Xvfb): motus_bench_gui_startup MOTUS_EXE
#include "statistics.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char* argv[]) {
  if (argc != 2) {
    std::fprintf(stderr, "Usage: %s PATH_TO_MOTUS\n", argv[0]);
    return 2;
  }
  // A throwaway database and settings, created by the first launch like a first run would.
  const std::filesystem::path scratch = std::filesystem::temp_directory_path() / "motus-bench-startup";
  std::filesystem::remove_all(scratch);
  std::filesystem::create_directories(scratch);
  const std::string environment = "MOTUS_DATABASE='" + (scratch / "clinic.sqlite").string() + "' XDG_CONFIG_HOME='" +
                                  (scratch / "config").string() + "' NO_AT_BRIDGE=1 ";
  std::vector<double> first_idle;
  for (int run = 0; run < 21; ++run) {
    FILE* pipe = popen((environment + "'" + argv[1] + "' --exit-when-idle 2>/dev/null").c_str(), "r");
    if (pipe == nullptr) return 1;
    char line[256] = {};
    double ms = -1;
    while (std::fgets(line, sizeof line, pipe) != nullptr) std::sscanf(line, "first idle after %lf ms", &ms);
    if (pclose(pipe) != 0 || ms < 0) {
      std::fprintf(stderr, "motus did not report its start-up time\n");
      return 1;
    }
    if (run > 0) first_idle.push_back(ms * 1000.0);  // the first launch also creates the database
  }
  motus::bench::printTimings("window start to first idle (7 plugins)", first_idle);
  std::filesystem::remove_all(scratch);
  return 0;
}
