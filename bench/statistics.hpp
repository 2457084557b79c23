#pragma once
// Median and 95th percentile of a set of timings, printed the same way by every benchmark.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace motus::bench {

using Microseconds = std::chrono::duration<double, std::micro>;

inline double percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

inline void printTimings(const std::string& what, const std::vector<double>& microseconds) {
  std::printf("%-48s n=%-6zu median %9.1f us   p95 %9.1f us   max %9.1f us\n", what.c_str(), microseconds.size(),
              percentile(microseconds, 0.5), percentile(microseconds, 0.95), percentile(microseconds, 1.0));
}

}  // namespace motus::bench
