#include <motus/core/plugin_host.hpp>

#include "plugin_document_reader.hpp"
#include "plugin_index.hpp"
#include "plugin_scan.hpp"

#include <motus/core/log.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/core/xdg.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#ifndef MOTUS_PLUGIN_DIR_FROM_BIN
#error "MOTUS_PLUGIN_DIR_FROM_BIN must name the built-in plugin folder relative to the executable"
#endif
#ifndef MOTUS_SCANNER_FROM_BIN
#error "MOTUS_SCANNER_FROM_BIN must name the plugin scanner relative to the executable"
#endif

namespace motus::core {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string versionText(MotusApiVersion version) {
  return std::to_string(version.major) + "." + std::to_string(version.minor);
}

std::string incompatibleReason(MotusApiVersion plugin) {
  const MotusApiVersion host = sdk::kApiVersion;
  if (plugin.major != host.major) {
    return "Built for plugin API " + versionText(plugin) + "; this Motus uses API " + versionText(host) +
           ". Install a version of the plugin made for API " + std::to_string(host.major) + ".x.";
  }
  return "Built for plugin API " + versionText(plugin) + ", newer than this Motus (API " + versionText(host) +
         "). Update Motus, or install an older version of the plugin.";
}

std::string invalidReason(const std::vector<PluginProblem>& problems, const fs::path& file) {
  std::string reason = describe(problems.front());
  if (problems.size() > 1) {
    reason +=
        " (and " + std::to_string(problems.size() - 1) + " more; run 'motus-cli plugin check " + file.string() + "')";
  }
  return reason;
}

fs::path executableFolder() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path(ec) : self.parent_path();
}

std::vector<fs::path> pluginFilesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".so" && it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> splitPathList(std::string_view list) {
  std::vector<fs::path> paths;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t end = std::min(list.find(':', start), list.size());
    if (end > start) paths.emplace_back(std::string(list.substr(start, end - start)));
    start = end + 1;
  }
  return paths;
}

// The record for a file from what its scanner said: the document parsed and validated, or the
// reason it gave none. Used for fresh scans and for index entries alike.
PluginRecord recordFrom(const fs::path& file, const ScanAnswer& answer) {
  PluginRecord record;
  record.path = file;
  record.api_version = answer.api_version;
  if (answer.api_version && !isCompatible(*answer.api_version, sdk::kApiVersion)) {
    record.state = PluginState::incompatible;
    record.reason = incompatibleReason(*answer.api_version);
    return record;
  }
  if (!answer.document) {
    record.state = PluginState::failed;
    // The scanner's words may carry the plugin's (a symbol name in a loader message): made safe.
    record.reason = answer.failure.empty() ? "The plugin scanner gave no answer." : displayable(answer.failure);
    return record;
  }
  detail::DocumentReading reading = detail::readPluginDocument(*answer.document);
  if (!reading.description) {
    record.state = reading.state;
    record.reason = std::move(reading.reason);
    return record;
  }
  record.info = std::move(reading.description->info);
  record.problems = validatePluginContent(record.info, reading.description->exercises, reading.description->education);
  if (!record.problems.empty()) {
    record.state = PluginState::invalid;
    record.reason = invalidReason(record.problems, file);
    return record;
  }
  record.state = PluginState::loaded;
  record.exercises = std::move(reading.description->exercises);
  record.education = std::move(reading.description->education);
  return record;
}

// A document that does not read is remembered by its reason, not its bytes (which may be
// anything, even text that is not UTF-8).
ScanAnswer keptAnswer(ScanAnswer answer, const PluginRecord& record) {
  if (answer.document && record.state == PluginState::failed) {
    answer.document.reset();
    answer.failure = record.reason;
  }
  answer.failure = displayable(answer.failure);
  return answer;
}

template <typename Work>
std::chrono::microseconds timed(Work&& work) {
  const auto started = Clock::now();
  work();
  return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
}

// One line per plugin file, loaded or refused with its reason: what a therapist's "it said
// something about a plugin yesterday" is looked up by. Plugin ids, versions and reasons come from
// plugin files, never from patient records.
void logResult(const PluginRecord& record) {
  const std::string who =
      record.info.id.empty()
          ? std::string("(no plugin id)")
          : record.info.id + " " + (record.info.version.empty() ? std::string("(no version)") : record.info.version);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(record.load_time).count();
  const std::string how =
      std::string(record.from_index ? "from the index" : "scanned") + ", " + std::to_string(ms) + " ms";
  if (record.state == PluginState::loaded) {
    log::info(log::Source::plugins, record.path.string() + ": " + who + " loaded (" + how + ")");
  } else {
    log::warning(log::Source::plugins, record.path.string() + ": " + who + " refused, " +
                                           std::string(toString(record.state)) + ": " + record.reason + " (" + how +
                                           ")");
  }
}

using IndexMap = std::map<fs::path, detail::IndexEntry>;

IndexMap readIndexMap(const PluginHostOptions& options) {
  IndexMap index;
  if (options.index_file.empty()) return index;
  for (detail::IndexEntry& entry : detail::readIndex(options.index_file, detail::currentIdentity(options))) {
    index[entry.path] = std::move(entry);
  }
  return index;
}

// What the index knows of file, when the file is still the one it was told about: the same size,
// times and inode, or (touched, copied again) the same content.
std::optional<ScannedPlugin> recall(const fs::path& file, const IndexMap& index) {
  const auto entry = index.find(file);
  if (entry == index.end()) return std::nullopt;
  const std::optional<FileStamp> stamp = detail::stampOf(file);
  if (!stamp) return std::nullopt;
  ScannedPlugin known;
  known.stamp = entry->second.stamp;
  if (!entry->second.stamp.sameFile(*stamp)) {
    if (entry->second.stamp.size != stamp->size) return std::nullopt;
    known.stamp = *stamp;
    known.stamp.sha256 = detail::sha256Of(file);
    if (known.stamp.sha256 != entry->second.stamp.sha256) return std::nullopt;
  }
  known.answer = entry->second.answer;
  const auto reading = timed([&] { known.record = recordFrom(file, known.answer); });
  known.record.load_time = reading;
  known.record.from_index = true;
  return known;
}

}  // namespace

std::string_view toString(PluginState state) {
  switch (state) {
    case PluginState::loaded:
      return "loaded";
    case PluginState::incompatible:
      return "incompatible";
    case PluginState::invalid:
      return "invalid";
    case PluginState::failed:
      return "failed";
    case PluginState::scanning:
      return "scanning";
  }
  return "failed";
}

bool isCompatible(MotusApiVersion plugin, MotusApiVersion host) {
  return plugin.major == host.major && plugin.minor <= host.minor;
}

ScanLimits ScanLimits::fromEnvironment() {
  ScanLimits limits;
  if (const char* text = std::getenv("MOTUS_PLUGIN_SCAN_TIMEOUT"); text != nullptr) {
    char* end = nullptr;
    const double seconds = std::strtod(text, &end);
    if (end != text && seconds > 0 && seconds < 3600) {
      limits.timeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
    }
  }
  if (const char* text = std::getenv("MOTUS_PLUGIN_SCAN_MEMORY_MB"); text != nullptr) {
    const long long megabytes = std::atoll(text);
    if (megabytes >= 16 && megabytes <= (1LL << 24)) limits.memory_bytes = static_cast<std::uint64_t>(megabytes) << 20;
  }
  return limits;
}

fs::path userPluginFolder() {
  const fs::path data = xdg::dataHome();
  return data.empty() ? fs::path() : data / "motus" / "plugins";
}

fs::path builtinPluginFolder() { return (executableFolder() / MOTUS_PLUGIN_DIR_FROM_BIN).lexically_normal(); }

fs::path defaultScannerPath() {
  if (const char* path = std::getenv("MOTUS_PLUGIN_SCANNER"); path != nullptr && *path != '\0') return path;
  return (executableFolder() / MOTUS_SCANNER_FROM_BIN).lexically_normal();
}

fs::path defaultIndexPath() {
  const fs::path cache = xdg::cacheHome();
  return cache.empty() ? fs::path() : cache / "motus" / "plugin-index.json";
}

std::vector<fs::path> defaultPluginLocations() {
  std::vector<fs::path> locations;
  if (const char* list = std::getenv("MOTUS_PLUGIN_PATH"); list != nullptr) locations = splitPathList(list);
  if (fs::path user = userPluginFolder(); !user.empty()) locations.push_back(std::move(user));
  locations.push_back(builtinPluginFolder());
  return locations;
}

PluginHostOptions PluginHostOptions::standard() {
  PluginHostOptions options;
  options.index_file = defaultIndexPath();
  return options;
}

PluginHost::PluginHost(PluginHostOptions options) : options_(std::move(options)) {}

void PluginHost::load(const std::vector<fs::path>& locations, bool rescan) {
  const std::vector<PendingScan> pending = discover(locations, rescan);
  if (!pending.empty()) complete(scan(pending, options_));
}

std::vector<PendingScan> PluginHost::discover(const std::vector<fs::path>& locations, bool rescan,
                                              bool index_while_scanning) {
  std::set<fs::path> seen;
  std::error_code ec;
  for (const PluginRecord& record : described_) seen.insert(fs::weakly_canonical(record.path, ec));

  const bool use_index = !options_.index_file.empty() && !rescan;
  const IndexMap index = use_index && !index_while_scanning ? readIndexMap(options_) : IndexMap{};

  std::vector<PendingScan> pending;
  std::vector<std::size_t> recalled;  // positions in described_ of the files the index knew
  for (const fs::path& location : locations) {
    const std::vector<fs::path> files =
        fs::is_directory(location, ec) ? pluginFilesIn(location) : std::vector<fs::path>{location};
    for (const fs::path& file : files) {
      if (!fs::exists(file, ec)) continue;
      if (!seen.insert(fs::weakly_canonical(file, ec)).second) continue;
      if (std::optional<ScannedPlugin> known = recall(file, index)) {
        recalled.push_back(described_.size());
        described_.push_back(known->record);
        known_.push_back(std::move(*known));
        continue;
      }
      PluginRecord waiting;
      waiting.path = file;
      waiting.state = PluginState::scanning;
      waiting.reason = "Motus is reading this plugin; its exercises appear when it answers.";
      described_.push_back(std::move(waiting));
      ScannedPlugin unknown;
      unknown.keep = false;
      known_.push_back(std::move(unknown));
      pending.push_back({file, use_index && index_while_scanning});
    }
  }
  resolveDuplicateIds();
  for (const std::size_t position : recalled) logResult(records_[position]);
  return pending;
}

std::vector<ScannedPlugin> PluginHost::scan(const std::vector<PendingScan>& files, const PluginHostOptions& options,
                                            const ScanProgress& progress) {
  // Without progress, the results are returned in the order of the files, whatever order the
  // scanners finished in: each lands in its file's place.
  std::vector<std::optional<ScannedPlugin>> in_place(files.size());
  const auto hand_over = [&](std::size_t position, ScannedPlugin result) {
    if (progress.on_each) {
      progress.on_each(std::move(result));
    } else {
      in_place[position] = std::move(result);
    }
  };
  // Files the caller left to be looked up here, off its own thread: the index first.
  const bool any_recall = std::any_of(files.begin(), files.end(), [](const PendingScan& f) { return f.use_index; });
  const IndexMap index = any_recall ? readIndexMap(options) : IndexMap{};
  std::vector<fs::path> paths;
  std::vector<std::size_t> positions;  // of each path in files
  std::vector<ScannedPlugin> scanned;
  for (std::size_t position = 0; position < files.size(); ++position) {
    const PendingScan& file = files[position];
    if (file.use_index) {
      if (std::optional<ScannedPlugin> known = recall(file.path, index)) {
        hand_over(position, std::move(*known));
        continue;
      }
    }
    paths.push_back(file.path);
    positions.push_back(position);
  }
  scanned.resize(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    // Stamped before the scan: a file replaced while it is scanned is scanned again next time.
    if (std::optional<FileStamp> stamp = detail::stampOf(paths[i])) {
      scanned[i].stamp = *stamp;
    } else {
      scanned[i].keep = false;
    }
  }
  detail::runScanners(
      paths, options.scanner, options.limits,
      [&](std::size_t i, detail::ScannerRun run) {
        ScannedPlugin& result = scanned[i];
        result.keep = result.keep && run.spawned && !run.transient;
        const auto reading = timed([&] { result.record = recordFrom(paths[i], run.answer); });
        result.record.load_time = run.elapsed + reading;
        result.answer = keptAnswer(std::move(run.answer), result.record);
        // The content hash is taken here, while the other scanners run, not before the first one
        // starts; a file that changed meanwhile is not remembered at all.
        if (result.keep) {
          result.stamp.sha256 = detail::sha256Of(paths[i]);
          const std::optional<FileStamp> after = detail::stampOf(paths[i]);
          result.keep = after && after->sameFile(result.stamp);
        }
        hand_over(positions[i], std::move(result));
      },
      progress.cancelled);
  std::vector<ScannedPlugin> done;
  for (std::optional<ScannedPlugin>& result : in_place) {
    if (result) done.push_back(std::move(*result));
  }
  return done;
}

std::vector<PendingScan> PluginHost::rescanAll() {
  std::vector<PendingScan> pending;
  for (PluginRecord& record : described_) {
    PluginRecord waiting;
    waiting.path = record.path;
    waiting.state = PluginState::scanning;
    waiting.reason = "Motus is reading this plugin again.";
    record = std::move(waiting);
    pending.push_back({record.path, false});
  }
  resolveDuplicateIds();
  return pending;
}

bool PluginHost::scanning() const {
  return std::any_of(described_.begin(), described_.end(),
                     [](const PluginRecord& record) { return record.state == PluginState::scanning; });
}

void PluginHost::complete(std::vector<ScannedPlugin> scanned) {
  // A start that found everything in the index has nothing new to write.
  const bool news = std::any_of(scanned.begin(), scanned.end(),
                                [](const ScannedPlugin& result) { return result.keep && !result.record.from_index; });
  std::vector<std::size_t> placed;  // positions in described_
  for (ScannedPlugin& result : scanned) {
    const auto at = std::find_if(described_.begin(), described_.end(),
                                 [&](const PluginRecord& record) { return record.path == result.record.path; });
    placed.push_back(static_cast<std::size_t>(at - described_.begin()));
    if (at == described_.end()) {
      described_.push_back(result.record);
      known_.push_back(std::move(result));
    } else {
      *at = result.record;
      known_[placed.back()] = std::move(result);
    }
  }
  resolveDuplicateIds();
  for (const std::size_t position : placed) logResult(records_[position]);
  if (news) saveIndex();
}

const PluginRecord& PluginHost::loadFile(const fs::path& file) {
  std::vector<ScannedPlugin> scanned = scan({{file}}, options_);
  scanned.front().keep = false;  // a check of one file leaves the index alone
  described_.push_back(scanned.front().record);
  known_.push_back(std::move(scanned.front()));
  resolveDuplicateIds();
  logResult(records_.back());
  return records_.back();
}

// Global ids are "plugin-id/exercise-id", so two plugins can only clash through their ids; the
// first found (in the order of the locations) wins, and the other is reported, not dropped.
void PluginHost::resolveDuplicateIds() {
  records_ = described_;
  std::map<std::string, const PluginRecord*> first;
  for (PluginRecord& record : records_) {
    if (record.state != PluginState::loaded) continue;
    const auto [at, inserted] = first.emplace(record.info.id, &record);
    if (inserted) continue;
    const PluginRecord& winner = *at->second;
    record.state = PluginState::invalid;
    record.reason = "Another plugin with the id '" + record.info.id + "' (version " + winner.info.version +
                    ") was found first at " + winner.path.string() + "; this copy is not used.";
    record.problems.push_back({record.info.id, {}, record.reason});
    record.exercises.clear();
    record.education.clear();
  }
}

void PluginHost::saveIndex() const {
  if (options_.index_file.empty()) return;
  // Keep what the index knew of files not looked at this time (another MOTUS_PLUGIN_PATH), as
  // long as they still exist; replace what was looked at.
  const detail::IndexIdentity identity = detail::currentIdentity(options_);
  std::map<fs::path, detail::IndexEntry> entries;
  std::error_code ec;
  for (detail::IndexEntry& entry : detail::readIndex(options_.index_file, identity)) {
    if (fs::exists(entry.path, ec)) entries[entry.path] = std::move(entry);
  }
  for (std::size_t i = 0; i < known_.size(); ++i) {
    if (known_[i].keep) entries[described_[i].path] = {described_[i].path, known_[i].stamp, known_[i].answer};
  }
  std::vector<detail::IndexEntry> list;
  list.reserve(entries.size());
  for (auto& [path, entry] : entries) list.push_back(std::move(entry));
  detail::writeIndex(options_.index_file, identity, list);
}

}  // namespace motus::core
