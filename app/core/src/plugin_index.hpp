#pragma once
// The plugin index: what the scanner said about each plugin file, kept in the user's cache folder
// so that a start with unchanged plugin files starts no scanner, and a plugin that crashed or hung
// costs its time once, until its file changes. The index is only a cache: a file that is damaged,
// foreign or written by another Motus, scanner or plugin API is discarded and rebuilt.

#include <motus/core/plugin_host.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace motus::core::detail {

struct IndexEntry {
  std::filesystem::path path;
  FileStamp stamp;
  ScanAnswer answer;
};

// Who wrote an index: an index written by anything else is not used.
struct IndexIdentity {
  std::string motus_version;
  std::string api_version;
  FileStamp scanner;   // the scanner program's size and times (a rebuilt scanner may answer differently)
  std::string limits;  // "10000 ms, 1073741824 bytes": a time-out under other limits proves nothing
};

IndexIdentity currentIdentity(const PluginHostOptions& options);

// The entries of the index file; none when it is missing, damaged or written by another identity.
std::vector<IndexEntry> readIndex(const std::filesystem::path& file, const IndexIdentity& identity);

// Replaces the index file in one step (a temporary file renamed over it). Returns false when it
// could not be written; the index is a cache, so that costs only time at the next start. An entry
// whose path is not UTF-8 (JSON cannot hold it) is left out; that file is scanned at every start.
bool writeIndex(const std::filesystem::path& file, const IndexIdentity& identity,
                const std::vector<IndexEntry>& entries);

// Size, inode and times of a file (no hash); nullopt when it cannot be read.
std::optional<FileStamp> stampOf(const std::filesystem::path& file);

// The SHA-256 of a file's content, hex; empty when it cannot be read.
std::string sha256Of(const std::filesystem::path& file);

}  // namespace motus::core::detail
