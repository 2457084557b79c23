#pragma once
// Motus's log: what happened, for the day a therapist reports "it said something about a plugin
// yesterday". One line per event in $XDG_STATE_HOME/motus/motus.log (~/.local/state/motus/...),
// rotated by size. Built on Poco::Logger, which only this module includes.
//
// Privacy: the log never holds patient names or clinical text. Callers pass fixed summaries and
// record identifiers that are not personal (plugin ids, schema versions, counts), never what a
// person typed; for an error, log its kind (kindOf) and where it happened, not its message.
//
// Until open() is called nothing is written anywhere, so tests and the plugin scanner, which never
// open it, never touch a user's log. A log that cannot be written never stops Motus: it goes on
// without one and says so once on stderr.

#include <cstdint>
#include <exception>
#include <filesystem>
#include <string_view>

namespace motus::core::log {

// Which part of Motus speaks; the log's third column.
enum class Source { motus, plugins, records, gui, cli };

std::string_view toString(Source source);

// $XDG_STATE_HOME/motus/motus.log (XDG_STATE_HOME only when absolute), else
// ~/.local/state/motus/motus.log; empty when there is no home folder either.
std::filesystem::path defaultFile();

struct Options {
  std::filesystem::path file = defaultFile();  // empty: no log file
  std::uint64_t rotate_bytes = 1024 * 1024;    // the file is archived (motus.log.0, ...) past this size
  unsigned archives = 4;                       // archives kept: at most 5 MB of log in all
};

// Starts writing to options.file (creating its folder). Returns false when the file cannot be
// written; Motus then runs without a log file, and stderr has been told once. Calling it again
// reopens with the new options.
bool open(const Options& options = {});

// Stops writing to the file; what was written stays.
void close();

// Every line also goes to stderr (motus-cli --verbose), whether or not a file is open.
void echoToStderr(bool on);

void info(Source source, std::string_view message);
void warning(Source source, std::string_view message);
void error(Source source, std::string_view message);

// A fixed name for the kind of an error ("invalid record", "database busy", "usage"), to log in
// place of its message, which may quote what a person typed.
std::string_view kindOf(const std::exception& error);

}  // namespace motus::core::log
