#pragma once
// motus-cli's help, written from the command table so it lists exactly what the parser accepts.

#include "command_table.hpp"

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

namespace motus::cli {

// "motus-cli programs add-item ID EXERCISE [OPTIONS]"
std::string usageLine(const Command& command);

// A command's summary as a sentence: "a patient's programs" -> "A patient's programs."
// (the man page writes it the same way).
std::string sentence(std::string_view summary);

// "--rescan, --plugin-path PATH": the options as typed, for an error message.
std::string optionNames(std::span<const OptionSpec> options);

// Every command with its arguments and summary, the global options, and the vocabulary codes.
void printHelp(std::ostream& out);

// One command's usage line, summary and options, grouped as the table groups them.
void printCommandHelp(std::ostream& out, const Command& command);

}  // namespace motus::cli
