#include "run_command.hpp"

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <stdexcept>

namespace motus::test {

CommandResult runCommand(const std::string& command_line) {
  const std::string with_stderr = command_line + " 2>&1";
  FILE* pipe = popen(with_stderr.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("could not start: " + command_line);
  CommandResult result;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), read);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

std::string shellQuoted(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace motus::test
