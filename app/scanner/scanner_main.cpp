// motus-plugin-scan: opens one plugin file, reads its API version, asks it for its document and
// sends what it learnt to the host over a pipe. It is the only program that runs plugin code, so
// that a plugin which crashes, hangs or eats memory takes down this process and nothing else.
//
//   motus-plugin-scan [--memory-limit BYTES] FILE      (the pipe is on descriptor 3)

#include "elf_check.hpp"

#include <motus/scan/protocol.hpp>
#include <motus/sdk/api_version.hpp>

#include <boost/dll/shared_library.hpp>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <string>
#include <string_view>

namespace {

namespace scan = motus::scan;
namespace sdk = motus::sdk;

// The pipe, moved above the descriptors a scribbling plugin is likely to write on.
int g_pipe = -1;

void send(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(g_pipe, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) ::_exit(EXIT_FAILURE);  // the host is gone; nobody is left to tell
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

void sendLine(std::string_view key, std::string_view value = {}) {
  std::string line(key);
  if (!value.empty()) {
    line += ' ';
    for (const char c : value) line += (c == '\n' || c == '\r') ? ' ' : c;
  }
  line += '\n';
  send(line);
}

// Children the plugin started, its grandchildren among them: this process is their subreaper, so
// even one that left the process group (setsid) comes back here as an orphan and is killed.
void killDescendants() {
  for (int round = 0; round < 64; ++round) {
    bool found = false;
    if (DIR* processes = ::opendir("/proc")) {
      while (const dirent* entry = ::readdir(processes)) {
        const int pid = std::atoi(entry->d_name);
        if (pid <= 0) continue;
        char path[64];
        std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
        FILE* stat = std::fopen(path, "r");
        if (stat == nullptr) continue;
        int parent = 0;
        // pid (comm) state ppid: the command may hold spaces, so read past its closing ')'.
        char line[512] = {};
        const bool read = std::fgets(line, sizeof line, stat) != nullptr;
        std::fclose(stat);
        const char* after = read ? std::strrchr(line, ')') : nullptr;
        if (after == nullptr || std::sscanf(after + 1, " %*c %d", &parent) != 1 || parent != ::getpid()) continue;
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        found = true;
      }
      ::closedir(processes);
    }
    if (!found) return;
  }
}

[[noreturn]] void finish() {
  killDescendants();
  sendLine("done");
  // _exit: the plugin's static destructors never run, so a broken one cannot spoil a good scan.
  ::_exit(EXIT_SUCCESS);
}

[[noreturn]] void fail(std::string_view reason) {
  sendLine("failure", reason);
  finish();
}

// Operator new's last resort when the address-space limit is reached: say so, then stop at once.
void outOfMemory() {
  static const char kLine[] = "memory\n";
  [[maybe_unused]] const ssize_t ignored = ::write(g_pipe, kLine, sizeof(kLine) - 1);
  ::_exit(scan::kExitOutOfMemory);
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#endif
#endif
  return false;
}

void limitMemory(unsigned long long bytes) {
  // AddressSanitizer reserves terabytes of address space for itself, so there the host's watch on
  // the resident size is the only limit.
  if (bytes == 0 || sanitized()) return;
  const rlimit limit{bytes, bytes};
  ::setrlimit(RLIMIT_AS, &limit);
}

// dlerror() says "/full/path/name.so: what went wrong"; the therapist needs only the second part.
std::string dlopenProblem(const std::string& what, const std::filesystem::path& file) {
  std::string text = what;
  const std::string marker = "dlerror system message: ";
  if (const auto at = text.find(marker); at != std::string::npos) text = text.substr(at + marker.size());
  const std::string prefix = file.string() + ": ";
  if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
  // Boost adds "): <the last errno's words>", which has nothing to do with what dlopen said.
  if (const auto end = text.rfind("): "); end != std::string::npos) text = text.substr(0, end);
  if (!text.empty() && text.back() == ')') text.pop_back();
  return text;
}

std::string missingExport(const char* symbol) {
  return std::string("Not a Motus plugin: it does not export '") + symbol +
         "'. Build it with MOTUS_EXPORT_PLUGIN (plugin API " + std::to_string(MOTUS_SDK_API_MAJOR) + ".x).";
}

}  // namespace

int main(int argc, char** argv) {
  // Nothing but the pipe may be inherited: whatever else the host had open stays out of reach.
  ::close_range(scan::kPipeDescriptor + 1, ~0U, 0);
  for (const int lowest : {512, 64}) {  // as high as the descriptor limit allows
    if (g_pipe < 0) g_pipe = ::fcntl(scan::kPipeDescriptor, F_DUPFD_CLOEXEC, lowest);
  }
  if (g_pipe < 0) {
    g_pipe = scan::kPipeDescriptor;
  } else {
    ::close(scan::kPipeDescriptor);
  }

  unsigned long long memory_limit = 0;
  int arg = 1;
  if (argc >= 3 && std::string_view(argv[1]) == "--memory-limit") {
    memory_limit = std::strtoull(argv[2], nullptr, 10);
    arg = 3;
  }
  if (arg + 1 != argc) {
    fail("motus-plugin-scan was started without a plugin file.");
  }
  const std::filesystem::path file = argv[arg];

  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) fail("The file does not exist or is not a regular file.");
  if (const std::string problem = scan::checkElfLibrary(file); !problem.empty()) {
    const bool damaged = problem.rfind("Not a plugin", 0) != 0;
    fail(damaged ? problem + " Reinstall the plugin or remove the file." : problem);
  }

  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  limitMemory(memory_limit);
  std::set_new_handler(outOfMemory);

  sendLine("stage", scan::kStageOpening);
  boost::dll::shared_library library;
  try {
    // rtld_now: an unresolved symbol fails here, not later in the middle of a call.
    library.load(file.string(), boost::dll::load_mode::rtld_now);
  } catch (const std::exception& error) {
    fail("Could not open the library: " + dlopenProblem(error.what(), file) +
         ". Reinstall the plugin or remove the file.");
  }
  if (!library.has(sdk::kApiVersionSymbol)) fail(missingExport(sdk::kApiVersionSymbol));
  const MotusApiVersion version = library.get<const MotusApiVersion>(sdk::kApiVersionSymbol);
  sendLine("api", std::to_string(version.major) + " " + std::to_string(version.minor));
  // The version is read before any plugin function runs; an incompatible plugin is never called.
  if (version.major != sdk::kApiVersion.major || version.minor > sdk::kApiVersion.minor) finish();
  if (!library.has(sdk::kDescribeSymbol)) fail(missingExport(sdk::kDescribeSymbol));

  auto* describe = library.get<std::remove_pointer_t<MotusDescribeFunction>>(sdk::kDescribeSymbol);
  sendLine("stage", scan::kStageDescribing);
  std::size_t length = 0;
  const char* document = describe(&length);
  if (document == nullptr) fail("The plugin's describe function returned nothing.");
  sendLine("document", std::to_string(length));
  send(std::string_view(document, length));
  send("\n");
  finish();
}
