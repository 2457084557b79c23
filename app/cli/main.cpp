// motus-cli: the Motus core without a window.
#include "cli_log.hpp"
#include "command_line.hpp"
#include "commands.hpp"

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
  const Invocation invocation = parseCommandLine(arguments);
  followInvocation(invocation);
  const std::vector<std::string>& words = invocation.words;
  if (invocation.help) {
    printHelp(std::cout);
    return kExitOk;
  }
  if (invocation.version) {
    std::cout << "motus-cli " << MOTUS_VERSION << " (plugin API " << MOTUS_SDK_API_MAJOR << '.' << MOTUS_SDK_API_MINOR
              << ")\n";
    return kExitOk;
  }
  const auto is = [&](std::initializer_list<const char*> command) {
    if (words.size() < command.size()) return false;
    std::size_t i = 0;
    for (const char* word : command) {
      if (words[i++] != word) return false;
    }
    return true;
  };
  if (is({"plugins"}) && words.size() == 1) return listPlugins(invocation, std::cout);
  if (is({"exercises"})) return listExercises(invocation, std::cout, std::cerr);
  if (is({"exercise", "show"})) return showExercise(invocation, std::cout, std::cerr);
  if (is({"plugin", "check"})) return checkPlugin(invocation, std::cout, std::cerr);
  if (is({"contact-sheet"})) return writeContactSheet(invocation, std::cout, std::cerr);
  if (is({"vocabulary"})) return listVocabulary(invocation, std::cout, std::cerr);
  if (is({"patients"})) return runPatients(invocation, std::cout, std::cerr);
  if (is({"conditions"})) return runConditions(invocation, std::cout, std::cerr);
  if (is({"programs"})) return runPrograms(invocation, std::cout, std::cerr);
  if (is({"templates"})) return runTemplates(invocation, std::cout, std::cerr);
  if (is({"backup"})) return runBackup(invocation, std::cout, std::cerr);
  if (is({"restore"})) return runRestore(invocation, std::cout, std::cerr);
  if (is({"audit"})) return runAudit(invocation, std::cout, std::cerr);
  if (is({"check"}) && words.size() == 1) return runCheck(invocation, std::cout);
  if (is({"clinic"})) return runClinic(invocation, std::cout, std::cerr);
  if (is({"handout"})) return runHandout(invocation, std::cout, std::cerr);
  if (words.empty()) {
    printHelp(std::cout);
    return kExitUsage;
  }
  std::string typed;
  for (const std::string& word : words) typed += (typed.empty() ? "" : " ") + word;
  std::cerr << "Unknown command '" << typed << "'. Run 'motus-cli --help' for the commands.\n";
  return kExitUsage;
}

}  // namespace

int main(int argc, char* argv[]) {
  using motus::cli::logError;
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
