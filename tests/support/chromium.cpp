#include "chromium.hpp"

#include <unistd.h>
#include <atomic>
#include <filesystem>

namespace motus::test {

std::string chromiumCommand(const std::string& arguments) {
  static std::atomic<int> counter{0};
  const std::filesystem::path profile =
      std::filesystem::temp_directory_path() /
      ("motus-chromium-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  return "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
         "--disable-background-networking --disable-component-update --disable-sync --disable-default-apps "
         "--disable-domain-reliability --disable-client-side-phishing-detection --no-pings "
         "--host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' --user-data-dir=" +
         profile.string() + " " + arguments + " 2>/dev/null; rm -rf " + profile.string();
}

}  // namespace motus::test
