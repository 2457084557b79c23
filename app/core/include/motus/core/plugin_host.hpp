#pragma once
// Finds and describes exercise plugins. Plugin code never runs in this process: each plugin file is
// opened by motus-plugin-scan, a separate program started with a time limit, a memory limit and its
// own process group, and what it sends back is validated like any other untrusted input. The
// results are kept in a plugin index, so a start with unchanged plugin files starts no scanner.
// A plugin that cannot be used is kept as a record with a state and a one-line reason, and never
// stops the other plugins or the application.

#include <motus/core/plugin_validation.hpp>
#include <motus/sdk/api_version.hpp>
#include <motus/sdk/exercise.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

enum class PluginState {
  loaded,        // in use
  incompatible,  // built for another plugin API version
  invalid,       // answered, but what it sent failed validation (see problems)
  failed,        // could not be opened, lacks the exports, threw, crashed, hung or ran out of memory
  scanning,      // its scanner is still running; its exercises join the library when it answers
};

std::string_view toString(PluginState state);

struct PluginRecord {
  std::filesystem::path path;
  PluginState state = PluginState::failed;
  std::string reason;                   // one line a therapist can read; empty when loaded
  std::vector<PluginProblem> problems;  // every validation problem, for `motus-cli plugin check`
  std::optional<MotusApiVersion> api_version;
  sdk::PluginInfo info;                      // what the plugin said about itself; empty if it never got that far
  std::vector<sdk::ExerciseSpec> exercises;  // validated; empty unless loaded
  std::vector<sdk::EducationTopic> education;
  std::chrono::microseconds load_time{0};  // the scan (process included), or reading it from the index
  bool from_index = false;                 // true when no scanner ran for it this time
};

// Whether a plugin built against `plugin` can run in a host built against `host`: the majors must
// be equal and the plugin's minor may not be newer than the host's.
bool isCompatible(MotusApiVersion plugin, MotusApiVersion host);

// What one scanner may take. MOTUS_PLUGIN_SCAN_TIMEOUT (seconds) and MOTUS_PLUGIN_SCAN_MEMORY_MB
// override the defaults.
struct ScanLimits {
  std::chrono::milliseconds timeout{10'000};
  std::uint64_t memory_bytes = std::uint64_t{1} << 30;
  std::size_t document_bytes = std::size_t{64} << 20;  // a big library with pictures: ~10 kB an exercise
  unsigned parallel = 0;                               // scanners at once; 0: one per processor, at least 2, at most 8

  static ScanLimits fromEnvironment();
};

// Where plugins are looked for, in order (the first plugin with a given id wins):
// each entry of MOTUS_PLUGIN_PATH (folders or files, ':'-separated), the user's plugin folder,
// then the built-in folder next to the executable.
std::vector<std::filesystem::path> defaultPluginLocations();
std::filesystem::path userPluginFolder();     // $XDG_DATA_HOME/motus/plugins
std::filesystem::path builtinPluginFolder();  // <exe dir>/<relative path fixed at build time>
std::filesystem::path defaultScannerPath();   // MOTUS_PLUGIN_SCANNER, or beside the plugins folder
std::filesystem::path defaultIndexPath();     // $XDG_CACHE_HOME/motus/plugin-index.json

struct PluginHostOptions {
  std::filesystem::path scanner = defaultScannerPath();
  std::filesystem::path index_file;  // empty: keep no index (every file is scanned)
  ScanLimits limits = ScanLimits::fromEnvironment();

  // The options Motus itself runs with: the default scanner, limits and index.
  static PluginHostOptions standard();
};

// A plugin file as the index recognises it: a file whose size, times and inode are unchanged is
// the same file (the change time cannot be set back by a user); when they changed but the content
// hash is the same, it is still the same plugin and is not scanned again.
struct FileStamp {
  std::uint64_t size = 0;
  std::uint64_t inode = 0;
  std::int64_t modified_ns = 0;
  std::int64_t changed_ns = 0;
  std::string sha256;  // of the content, hex

  bool sameFile(const FileStamp& other) const {
    return size == other.size && inode == other.inode && modified_ns == other.modified_ns &&
           changed_ns == other.changed_ns;
  }
};

// What the scanner said about a file: exactly what the index keeps. The record is rebuilt from it
// (document parsed and validated again) every time, so the index is never trusted more than a scan.
struct ScanAnswer {
  std::optional<MotusApiVersion> api_version;
  std::optional<std::string> document;  // the plugin's JSON document, when it answered
  std::string failure;                  // otherwise one line a therapist can read (empty if incompatible)
};

// One plugin file waiting for its scanner, as handed to PluginHost::scan().
struct PendingScan {
  std::filesystem::path path;
  bool use_index = false;  // scan() looks in the index first (the caller did not)
};

// What a scan produced, to be handed back to PluginHost::complete().
struct ScannedPlugin {
  PluginRecord record;
  FileStamp stamp;
  ScanAnswer answer;
  bool keep = true;  // false when the file vanished or could not be read: nothing to remember
};

// How a caller follows a scan in progress: each plugin's result as soon as its scanner is done
// (from the scanning thread), and a flag that stops every scanner still running.
struct ScanProgress {
  std::function<void(ScannedPlugin)> on_each;
  const std::atomic<bool>* cancelled = nullptr;
};

class PluginHost {
 public:
  explicit PluginHost(PluginHostOptions options = {});

  // Finds and describes every plugin in each location (a folder's *.so files, by name, or a single
  // file), scanning what the index does not already know. Missing folders are skipped; a file
  // already seen (by canonical path) is not taken twice. With rescan, the index is not consulted.
  void load(const std::vector<std::filesystem::path>& locations, bool rescan = false);

  // The same in two steps, for a caller that must not wait (the window): discover() takes what
  // the index knows and returns the files still to scan (their records say `scanning`); with
  // index_while_scanning it only lists the files and leaves even the index to scan(). scan() may
  // run on any thread (with progress, it hands over each result as it comes and returns nothing);
  // complete() puts results in place, as many at a time as the caller likes.
  std::vector<PendingScan> discover(const std::vector<std::filesystem::path>& locations, bool rescan = false,
                                    bool index_while_scanning = false);
  static std::vector<ScannedPlugin> scan(const std::vector<PendingScan>& files, const PluginHostOptions& options,
                                         const ScanProgress& progress = {});
  void complete(std::vector<ScannedPlugin> scanned);

  // Every file found so far, to be scanned again (their records say `scanning` until then).
  std::vector<PendingScan> rescanAll();
  bool scanning() const;

  // Scans one plugin file afresh, without the index. The returned record stays valid until the
  // next load.
  const PluginRecord& loadFile(const std::filesystem::path& file);

  const std::vector<PluginRecord>& plugins() const { return records_; }
  const PluginHostOptions& options() const { return options_; }

 private:
  void resolveDuplicateIds();
  void saveIndex() const;

  PluginHostOptions options_;
  std::vector<PluginRecord> described_;  // each file's own result, in discovery order
  std::vector<PluginRecord> records_;    // the same after "the first plugin with an id wins"
  std::vector<ScannedPlugin> known_;     // what the index will remember, parallel to described_
};

}  // namespace motus::core
