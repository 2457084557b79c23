// motus-cli: the Motus core without a window.
#include "cli_log.hpp"
#include "command_help.hpp"
#include "command_line.hpp"
#include "command_table.hpp"
#include "commands.hpp"
#include "large_heap_pages.hpp"

#include <motus/db/errors.hpp>
#include <motus/sdk/api_version.hpp>

#include <exception>
#include <iostream>

#ifndef MOTUS_VERSION
#error "MOTUS_VERSION must be defined by the build"
#endif

namespace {

int run(const std::vector<std::string>& arguments) {
  using namespace motus::cli;
  const CommandLine line = parseCommandLine(arguments);
  const Invocation& invocation = line.invocation;
  followInvocation(invocation);
  if (invocation.help) {
    line.command ? printCommandHelp(std::cout, *line.command) : printHelp(std::cout);
    return kExitOk;
  }
  if (invocation.version) {
    std::cout << "motus-cli " << MOTUS_VERSION << " (plugin API " << MOTUS_SDK_API_MAJOR << '.' << MOTUS_SDK_API_MINOR
              << ")\n";
    return kExitOk;
  }
  if (!line.command) {
    printHelp(std::cout);
    return kExitUsage;
  }
  return line.command->run(invocation, std::cout, std::cerr);
}

}  // namespace

int main(int argc, char* argv[]) {
  using motus::cli::logError;
  motus::cli::useLargeHeapPages();
  motus::cli::startLog();
  try {
    return motus::cli::logExit(run(std::vector<std::string>(argv + 1, argv + argc)));
  } catch (const motus::db::DatabaseBusy& error) {
    std::cerr << error.what() << '\n';
    return logError(error, 75);  // EX_TEMPFAIL: a script may retry
  } catch (const motus::db::DatabaseError& error) {
    std::cerr << error.what() << '\n';
    return logError(error, motus::cli::kExitProblem);
  } catch (const std::invalid_argument& error) {
    std::cerr << error.what() << '\n';
    return logError(error, motus::cli::kExitUsage);
  } catch (const std::exception& error) {
    std::cerr << "motus-cli stopped: " << error.what() << '\n';
    return logError(error, motus::cli::kExitProblem);
  }
}
