#pragma once
// Runs motus-plugin-scan, one process per plugin file and several at once, and turns whatever
// happens to each (an answer, a crash, a hang, a memory blow-up, a flood of bytes) into a
// ScanAnswer. Nothing a scanner or its plugin does can block or break the caller.

#include <motus/core/plugin_host.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <vector>

namespace motus::core::detail {

struct ScannerRun {
  ScanAnswer answer;
  std::chrono::microseconds elapsed{0};
  bool spawned = true;     // false when the scanner itself could not be started (nothing to remember)
  bool transient = false;  // killed by someone else (the system's out-of-memory killer): not the plugin's word
};

// Calls on_done(index into files, result) for each file as its scanner finishes. When cancelled
// turns true, every scanner still running is killed and the files not yet done are reported as
// not scanned (with spawned false, so nothing is remembered of them).
void runScanners(const std::vector<std::filesystem::path>& files, const std::filesystem::path& scanner,
                 const ScanLimits& limits, const std::function<void(std::size_t, ScannerRun)>& on_done,
                 const std::atomic<bool>* cancelled = nullptr);

}  // namespace motus::core::detail
