#pragma once
// Headless Chromium for tests and benchmarks, started so that nothing leaves the machine: every
// host name but the loopback address resolves to "not found", and background services are off.

#include <string>

namespace motus::test {

// The command line that runs Chromium on `arguments` (a fresh profile each time).
std::string chromiumCommand(const std::string& arguments);

}  // namespace motus::test
