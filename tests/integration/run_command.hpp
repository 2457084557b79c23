#pragma once
// Runs a command line through the shell and captures what it printed, for tests that drive the
// real motus-cli the way a user or a script would.

#include <string>

namespace motus::test {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

CommandResult runCommand(const std::string& command_line);

// Wraps text in single quotes for the shell.
std::string shellQuoted(const std::string& text);

}  // namespace motus::test
