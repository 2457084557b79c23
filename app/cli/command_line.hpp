#pragma once
// What the user asked motus-cli to do: the command found by its leading words, then the options
// that command takes, read by Poco::Util's option processor.

#include <motus/core/catalog.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace motus::cli {

struct Command;

struct Invocation {
  std::vector<std::string> words;  // the command and its arguments: {"exercise", "show", "id"}
  bool help = false;
  bool version = false;
  bool verbose = false;                             // --verbose: the log's lines on stderr too
  core::CatalogQuery query;                         // --search and the facet options
  std::vector<std::filesystem::path> plugin_paths;  // --plugin-path, looked in before the defaults
  std::map<std::string, std::string> values;        // every other option by its long name ("1" for flags)

  std::optional<std::string> value(const std::string& name) const;
  bool flag(const std::string& name) const { return values.count(name) != 0; }
};

struct CommandLine {
  const Command* command = nullptr;  // nullptr when no command was named (motus-cli --version)
  Invocation invocation;
};

// Throws std::invalid_argument with a message that says what to type instead: for an unknown
// command, an option the command does not take, or too few or too many arguments.
CommandLine parseCommandLine(const std::vector<std::string>& arguments);

}  // namespace motus::cli
