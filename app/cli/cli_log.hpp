#pragma once
// What motus-cli writes to Motus's log: its start and exit, the command, refused command lines and
// every error it shows. Errors are logged by kind, never by message (see logError).

#include "command_line.hpp"

#include <exception>

namespace motus::cli {

// Opens the log and notes the start with the version and plugin API.
void startLog();

// After the command line is read: --verbose echoes the log to stderr; the exit line names the command.
void followInvocation(const Invocation& invocation);

// Notes the exit status (a usage refusal when it is kExitUsage) and returns it.
int logExit(int code);

// Notes an error motus-cli is about to show and returns code. Only its kind and the command go in
// the log: the message may quote what was typed (a family name in "chart number already used by",
// a date, a program title), and the log must never hold patient data.
int logError(const std::exception& error, int code);

}  // namespace motus::cli
