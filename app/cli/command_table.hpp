#pragma once
// Every motus-cli command as data: its words, its arguments, what it is for, the options it takes
// and the function that runs it. The parser, the help and the tests all read this one table, so
// they cannot disagree. command_table.cpp holds the entries (and says how to add one).

#include "command_line.hpp"

#include <cstddef>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace motus::cli {

struct OptionSpec {
  std::string_view name;      // the long name, typed as --name
  std::string_view argument;  // what its value is called in the help ("FILE"); empty for a flag
  std::string_view help;
  std::string_view short_name = {};  // typed as -x; only the catalog filters have one
  bool repeatable = false;
};

// Options that several commands share, defined once and listed under one heading in the help.
struct OptionGroup {
  std::string_view title;  // "Dosage"
  std::span<const OptionSpec> options;
};

using CommandFunction = int (*)(const Invocation& invocation, std::ostream& out, std::ostream& err);

struct Command {
  std::string_view words;           // "programs add-item": what is typed to choose the command
  std::string_view synopsis;        // its arguments: "ID EXERCISE"; [NAME] is optional, NAME... takes any number
  std::string_view summary;         // one line for the help
  std::vector<OptionSpec> options;  // options this command alone takes
  std::vector<OptionGroup> groups;  // shared groups it takes as well
  CommandFunction run;
};

const std::vector<Command>& commandTable();

// --help, --version and --verbose: every command takes them, and so does motus-cli alone.
std::span<const OptionSpec> globalOptions();

// How many arguments the synopsis allows: NAME counts as required, [NAME] as optional, and a
// name ending in ... takes any number.
struct ArgumentCount {
  std::size_t least = 0;
  std::size_t most = 0;  // SIZE_MAX: any number
};
ArgumentCount argumentCount(const Command& command);

// Every option the command takes, its own first, then its groups', then the global ones.
std::vector<OptionSpec> optionsOf(const Command& command);

}  // namespace motus::cli
