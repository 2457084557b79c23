#include "cli_log.hpp"
#include "commands.hpp"

#include <motus/core/log.hpp>
#include <motus/sdk/api_version.hpp>

#include <array>
#include <string>
#include <string_view>

#ifndef MOTUS_VERSION
#error "MOTUS_VERSION must be defined by the build"
#endif

namespace motus::cli {
namespace {

using core::log::Source;

// The command as far as it is Motus's own vocabulary: only the first word, and only when it is a
// command, since the words after it are chart numbers, search words and titles. Until the command
// line is read, all that is known is that it was not (yet).
std::string g_command = "a command line that did not parse";

std::string commandOf(const Invocation& invocation) {
  static constexpr std::array<std::string_view, 16> kCommands{
      "plugins",  "exercises", "exercise", "plugin",  "contact-sheet", "vocabulary", "patients", "conditions",
      "programs", "templates", "backup",   "restore", "audit",         "check",      "clinic",   "handout"};
  if (invocation.help) return "--help";
  if (invocation.version) return "--version";
  if (invocation.words.empty()) return "no command";
  for (const std::string_view command : kCommands) {
    if (invocation.words.front() == command) return std::string(command);
  }
  return "an unknown command";
}

}  // namespace

void startLog() {
  core::log::open();
  core::log::info(Source::cli, "motus-cli " MOTUS_VERSION " started (plugin API " +
                                   std::to_string(MOTUS_SDK_API_MAJOR) + "." + std::to_string(MOTUS_SDK_API_MINOR) +
                                   ")");
}

void followInvocation(const Invocation& invocation) {
  if (invocation.verbose) core::log::echoToStderr(true);
  g_command = commandOf(invocation);
}

int logExit(int code) {
  if (code == kExitUsage) {
    core::log::warning(Source::cli, "Refused input (usage): " + g_command + "; exit " + std::to_string(code));
  } else {
    core::log::info(Source::cli, "Exit " + std::to_string(code) + " (" + g_command + ")");
  }
  return code;
}

int logError(const std::exception& error, int code) {
  const std::string kind(core::log::kindOf(error));
  if (code == kExitUsage) {
    core::log::warning(Source::cli,
                       "Refused input (usage, " + kind + "): " + g_command + "; exit " + std::to_string(code));
  } else {
    core::log::error(Source::cli, "Error shown (" + kind + "): " + g_command + "; exit " + std::to_string(code));
  }
  return code;
}

}  // namespace motus::cli
