#include "plugin_scan.hpp"

#include <motus/scan/protocol.hpp>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace motus::core::detail {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// How often a running scanner's memory is looked at.
constexpr std::chrono::milliseconds kWatchInterval{20};

std::string durationText(std::chrono::milliseconds time) {
  const auto ms = time.count();
  if (ms < 1000) return std::to_string(ms) + " ms";
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
  return std::to_string(ms / 1000) + "." + std::to_string((ms % 1000) / 100) + " s";
}

std::string memoryText(std::uint64_t bytes) {
  if (bytes >= (std::uint64_t{1} << 30) && bytes % (std::uint64_t{1} << 30) == 0)
    return std::to_string(bytes >> 30) + " GiB";
  return std::to_string(bytes >> 20) + " MiB";
}

std::string signalText(int signal) {
  switch (signal) {
    case SIGSEGV:
      return "segmentation fault";
    case SIGABRT:
      return "it aborted";
    case SIGBUS:
      return "bus error";
    case SIGFPE:
      return "arithmetic error";
    case SIGILL:
      return "illegal instruction";
    case SIGKILL:
      return "killed";
    default:
      return "signal " + std::to_string(signal);
  }
}

// Where the plugin was when something went wrong, in a therapist's words.
std::string whereText(const std::string& stage) {
  if (stage == scan::kStageDescribing) return "while describing its exercises";
  if (stage == scan::kStageOpening) return "as it was opened, in its start-up code";
  return "before it was opened";
}

// A process group with a pipe: one running scanner.
class Scanner {
 public:
  Scanner(const fs::path& scanner, const fs::path& file, const ScanLimits& limits) : limits_(limits) {
    started_ = Clock::now();
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
      run_.spawned = false;
      fail(std::string("Motus could not start its plugin scanner: ") + std::strerror(errno) + ".");
      return;
    }
    // Started with stdin, stdout or stderr closed, the pipe may land on 0 to 2, where the child's
    // /dev/null would replace it: keep both ends above.
    for (int& end : fds) {
      if (end <= 2) {
        const int moved = ::fcntl(end, F_DUPFD_CLOEXEC, 3);
        ::close(end);
        end = moved;
      }
    }
    if (fds[0] < 0 || fds[1] < 0) {
      run_.spawned = false;
      fail("Motus could not start its plugin scanner: no file descriptor was free.");
      return;
    }
    read_fd_ = fds[0];
    ::fcntl(read_fd_, F_SETFL, O_NONBLOCK);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // The scanner's stdin, stdout and stderr lead nowhere: plugin code may write anything there.
    const bool show_errors = std::getenv("MOTUS_PLUGIN_SCAN_STDERR") != nullptr;  // for plugin authors
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (!show_errors) posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], scan::kPipeDescriptor);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigset_t all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attributes, 0);  // its own group, so it is killed with its children
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);

    const std::string program = scanner.string();
    const std::string memory = std::to_string(limits.memory_bytes);
    const std::string path = file.string();
    std::string arg_limit = "--memory-limit";
    std::vector<char*> argv{const_cast<char*>(program.c_str()), arg_limit.data(), const_cast<char*>(memory.c_str()),
                            const_cast<char*>(path.c_str()), nullptr};
    const int spawned = ::posix_spawn(&pid_, program.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(fds[1]);
    if (spawned != 0) {
      pid_ = -1;
      run_.spawned = false;
      fail("Motus could not start its plugin scanner (" + program + "): " + std::strerror(spawned) +
           ". Reinstall Motus.");
      return;
    }
    // A descriptor that becomes readable when the scanner exits (Linux 5.3); without it, the
    // watch interval is the fallback.
    pid_fd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
  }

  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;
  ~Scanner() {
    stop();
    if (read_fd_ >= 0) ::close(read_fd_);
    if (pid_fd_ >= 0) ::close(pid_fd_);
  }

  bool finished() const { return finished_; }

  // The descriptors to wait on: the pipe while it is open, and the exit of the process.
  void addPollEntries(std::vector<pollfd>& entries) const {
    if (finished_) return;
    if (read_fd_ >= 0 && !eof_) entries.push_back({read_fd_, POLLIN, 0});
    if (pid_fd_ >= 0) entries.push_back({pid_fd_, POLLIN, 0});
  }

  Clock::time_point deadline() const { return started_ + limits_.timeout; }

  // Reads what is there, notices an exit, and enforces the limits.
  void service() {
    if (finished_) return;
    readAvailable();
    if (!exited_) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exited_ = true;
        status_ = status;
      }
    }
    if (exited_) {
      readAvailable();  // what it wrote before it exited is all in the pipe
      conclude();
      return;
    }
    if (buffer_.size() > limits_.document_bytes + 4096) {
      kill("The plugin sent a description larger than " + memoryText(limits_.document_bytes) +
           "; Motus does not read it. Ask the plugin's author for a fixed version.");
      return;
    }
    if (memoryDue() && residentBytes() > limits_.memory_bytes) {
      kill(memoryReason());
      return;
    }
    if (Clock::now() >= deadline()) {
      kill("The plugin did not answer within " + durationText(limits_.timeout) + "; it hung " + whereText(stage()) +
           ". Remove it or ask its author for a fixed version.");
    }
  }

  ScannerRun result() {
    run_.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_);
    return std::move(run_);
  }

 private:
  void fail(std::string reason) {
    run_.answer.failure = std::move(reason);
    finished_ = true;
  }

  std::string memoryReason() {
    return "The plugin used more than " + memoryText(limits_.memory_bytes) + " of memory " + whereText(stage()) +
           ". Remove it or ask its author for a fixed version.";
  }

  void readAvailable() {
    if (read_fd_ < 0 || eof_) return;
    char chunk[65536];
    for (;;) {
      const ssize_t got = ::read(read_fd_, chunk, sizeof chunk);
      if (got > 0) {
        buffer_.append(chunk, static_cast<std::size_t>(got));
        if (buffer_.size() > limits_.document_bytes + 4096) return;
        continue;
      }
      if (got == 0) eof_ = true;
      if (got < 0 && errno == EINTR) continue;
      return;
    }
  }

  // The resident size is read at most once per watch interval, not at every chunk of a document.
  bool memoryDue() {
    const auto now = Clock::now();
    if (now < next_memory_check_) return false;
    next_memory_check_ = now + kWatchInterval;
    return true;
  }

  std::uint64_t residentBytes() const {
    std::ifstream statm("/proc/" + std::to_string(pid_) + "/statm");
    std::uint64_t size = 0;
    std::uint64_t resident = 0;
    statm >> size >> resident;
    return resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
  }

  // The last "stage" line the scanner sent.
  std::string stage() const {
    std::string last;
    std::string_view rest = header();
    while (!rest.empty()) {
      const std::size_t end = std::min(rest.find('\n'), rest.size());
      const std::string_view line = rest.substr(0, end);
      if (line.rfind("stage ", 0) == 0) last = std::string(line.substr(6));
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return last;
  }

  // The lines before the document.
  std::string_view header() const {
    const std::string_view all(buffer_);
    const std::size_t at = all.find("document ");
    return at == std::string_view::npos ? all : all.substr(0, at);
  }

  void kill(std::string reason) {
    stop();
    fail(std::move(reason));
  }

  // Kills the whole group, so that a child the plugin forked cannot linger, and reaps the scanner.
  void stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);
    if (!exited_) {
      int status = 0;
      while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
      }
      exited_ = true;
    }
    pid_ = -1;
  }

  // The scanner has exited: make sense of what it sent and how it ended.
  void conclude() {
    stop();  // its group may still hold a child of the plugin
    // "done" counts only from a scanner that then ended cleanly: a plugin that wrote a forged
    // answer and crashed afterwards has crashed.
    if (WIFEXITED(status_) && WEXITSTATUS(status_) == 0) parse();
    if (finished_) return;
    if (WIFSIGNALED(status_) && WTERMSIG(status_) == SIGKILL) run_.transient = true;  // not by us
    if (WIFEXITED(status_) && WEXITSTATUS(status_) == scan::kExitOutOfMemory) {
      fail(memoryReason());
    } else if (WIFSIGNALED(status_)) {
      fail("The plugin crashed " + whereText(stage()) + " (" + signalText(WTERMSIG(status_)) +
           "). Remove it or ask its author for a fixed version.");
    } else {
      const int code = WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
      fail("The plugin stopped Motus's scanner " + whereText(stage()) + " (exit code " + std::to_string(code) +
           "). Remove it or ask its author for a fixed version.");
    }
  }

  // Reads the scanner's lines. Sets the answer and finishes when it reached "done".
  void parse() {
    std::string_view rest(buffer_);
    ScanAnswer answer;
    bool memory = false;
    while (!rest.empty()) {
      const std::size_t end = rest.find('\n');
      if (end == std::string_view::npos) return;  // cut short: the process ended mid-line
      const std::string_view line = rest.substr(0, end);
      rest.remove_prefix(end + 1);
      if (line == "done") {
        if (memory) return;  // the new-handler's word wins over anything else
        run_.answer = std::move(answer);
        finished_ = true;
        return;
      }
      if (line == "memory") {
        memory = true;
      } else if (line.rfind("failure ", 0) == 0) {
        answer.failure = std::string(line.substr(8));
      } else if (line.rfind("api ", 0) == 0) {
        unsigned major = 0;
        unsigned minor = 0;
        if (std::sscanf(std::string(line.substr(4)).c_str(), "%u %u", &major, &minor) == 2)
          answer.api_version = MotusApiVersion{major, minor};
      } else if (line.rfind("document ", 0) == 0) {
        const auto length = std::strtoull(std::string(line.substr(9)).c_str(), nullptr, 10);
        if (length > rest.size()) return;  // cut short
        answer.document = std::string(rest.substr(0, length));
        rest.remove_prefix(static_cast<std::size_t>(length));
        if (!rest.empty() && rest.front() == '\n') rest.remove_prefix(1);
      }
    }
  }

  ScanLimits limits_;
  Clock::time_point started_;
  Clock::time_point next_memory_check_{};
  pid_t pid_ = -1;
  int read_fd_ = -1;
  int pid_fd_ = -1;
  bool eof_ = false;
  bool exited_ = false;
  int status_ = 0;
  bool finished_ = false;
  std::string buffer_;
  ScannerRun run_;
};

unsigned parallelScanners(const ScanLimits& limits) {
  if (limits.parallel != 0) return limits.parallel;
  return std::clamp(std::thread::hardware_concurrency(), 2U, 8U);
}

}  // namespace

void runScanners(const std::vector<fs::path>& files, const fs::path& scanner, const ScanLimits& limits,
                 const std::function<void(std::size_t, ScannerRun)>& on_done, const std::atomic<bool>* cancelled) {
  std::vector<std::pair<std::size_t, std::unique_ptr<Scanner>>> running;
  std::size_t next = 0;
  const unsigned width = parallelScanners(limits);
  const auto stopped = [&] { return cancelled != nullptr && cancelled->load(); };
  while ((next < files.size() || !running.empty()) && !stopped()) {
    while (next < files.size() && running.size() < width) {
      running.emplace_back(next, std::make_unique<Scanner>(scanner, files[next], limits));
      ++next;
    }
    std::vector<pollfd> entries;
    auto wait = kWatchInterval;
    for (const auto& [index, run] : running) {
      run->addPollEntries(entries);
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(run->deadline() - Clock::now());
      wait = std::clamp(left + std::chrono::milliseconds(1), std::chrono::milliseconds(0), wait);
    }
    const bool all_finished =
        std::all_of(running.begin(), running.end(), [](const auto& entry) { return entry.second->finished(); });
    if (!all_finished) {
      if (entries.empty()) {
        std::this_thread::sleep_for(wait);
      } else {
        ::poll(entries.data(), entries.size(), static_cast<int>(wait.count()));
      }
    }
    for (auto it = running.begin(); it != running.end();) {
      it->second->service();
      if (it->second->finished()) {
        on_done(it->first, it->second->result());
        it = running.erase(it);
      } else {
        ++it;
      }
    }
  }
  if (!stopped()) return;
  const auto not_scanned = [] {
    ScannerRun run;
    run.spawned = false;
    run.answer.failure = "The scan was stopped before this plugin answered.";
    return run;
  };
  for (auto& [index, run] : running) {
    run.reset();  // kills its process group
    on_done(index, not_scanned());
  }
  for (std::size_t index = next; index < files.size(); ++index) on_done(index, not_scanned());
}

}  // namespace motus::core::detail
