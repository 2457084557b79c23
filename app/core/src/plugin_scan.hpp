#pragma once
// Runs motus-plugin-scan, one process per plugin file and several at once, and turns whatever
// happens to each (an answer, a crash, a hang, a memory blow-up, a flood of bytes) into a
// ScanAnswer. Nothing a scanner or its plugin does can block or break the caller.

#include <motus/core/plugin_host.hpp>

#include <chrono>
#include <filesystem>
#include <vector>

namespace motus::core::detail {

struct ScannerRun {
  ScanAnswer answer;
  std::chrono::microseconds elapsed{0};
  bool spawned = true;  // false when the scanner itself could not be started (nothing to remember)
};

// One result per file, in the same order.
std::vector<ScannerRun> runScanners(const std::vector<std::filesystem::path>& files,
                                    const std::filesystem::path& scanner, const ScanLimits& limits);

}  // namespace motus::core::detail
