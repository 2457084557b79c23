// motus-cli's command table against the real binary: every command takes exactly the options the
// table gives it, and the help lists exactly what the table holds.
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <command_help.hpp>
#include <command_table.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace motus::test;
using Catch::Matchers::Contains;
using motus::cli::Command;
using motus::cli::commandTable;
using motus::cli::OptionSpec;

namespace {

// motus-cli in an empty home, on a database of its own, in a folder of its own: should a command
// run after all (it must not), it can touch nothing of the developer's.
class Sandbox {
 public:
  Sandbox() { std::filesystem::create_directories(folder_ / "home"); }

  CommandResult cli(const std::string& arguments) const {
    return runCommand("cd " + shellQuoted(folder_.path().string()) +
                      " && env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME HOME=" + shellQuoted((folder_ / "home").string()) +
                      " MOTUS_DATABASE=" + shellQuoted((folder_ / "clinic.sqlite").string()) + " " +
                      shellQuoted(MOTUS_CLI) + " " + arguments);
  }

 private:
  TempFolder folder_{"cli-table"};
};

bool takes(const Command& command, std::string_view option) {
  const std::vector<OptionSpec> options = motus::cli::optionsOf(command);
  return std::any_of(options.begin(), options.end(), [&](const OptionSpec& spec) { return spec.name == option; });
}

// Options some command takes that this one does not, each once, in table order.
std::vector<OptionSpec> foreignOptions(const Command& command) {
  std::vector<OptionSpec> foreign;
  std::set<std::string_view> seen;
  for (const Command& other : commandTable()) {
    for (const OptionSpec& option : motus::cli::optionsOf(other)) {
      if (!takes(command, option.name) && seen.insert(option.name).second) foreign.push_back(option);
    }
  }
  return foreign;
}

// The command with a sample value ("7") for each argument it needs, so that only the option can be wrong.
std::string withArguments(const Command& command) {
  std::string line(command.words);
  for (std::size_t i = 0; i < motus::cli::argumentCount(command).least; ++i) line += " 7";
  return line;
}

// "--reps=N" as the help writes an option that takes a value, "--yes " for a flag.
std::string asListed(const OptionSpec& option) {
  return "--" + std::string(option.name) + (option.argument.empty() ? " " : "=" + std::string(option.argument));
}

}  // namespace

TEST_CASE("Every motus-cli command refuses an option it does not take, naming itself and what it takes") {
  const Sandbox sandbox;
  std::size_t turn = 0;
  for (const Command& command : commandTable()) {
    const std::vector<OptionSpec> foreign = foreignOptions(command);
    REQUIRE(!foreign.empty());
    const OptionSpec& option = foreign[(turn++ * 7) % foreign.size()];  // a different one each time
    const std::string typed = "--" + std::string(option.name);
    const CommandResult result =
        sandbox.cli(withArguments(command) + " " + typed + (option.argument.empty() ? "" : " 5"));
    INFO(withArguments(command) << " " << typed << "\n" << result.output);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Contains("'motus-cli " + std::string(command.words) + "' does not take " + typed + "."));
    CHECK_THAT(result.output, Contains("It takes: " + motus::cli::optionNames(motus::cli::optionsOf(command))));
  }
}

TEST_CASE("motus-cli plugins --reps 5 is refused, and the other forms of options still work where they belong") {
  const Sandbox sandbox;
  CommandResult result = sandbox.cli("plugins --reps 5");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output,
             Contains("'motus-cli plugins' does not take --reps. It takes: --plugin-path PATH, --rescan"));
  // Neither a short option of another command, nor a start of this command's own (--plugin-path).
  result = sandbox.cli("plugins -r thoracic");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("'motus-cli plugins' does not take -r."));
  result = sandbox.cli("plugins --plugin foam-rolling");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("'motus-cli plugins' does not take --plugin."));
  result = sandbox.cli("vocabulary goals --verbose");  // the global options go with every command
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("Goals ("));

  for (const char* filters : {"-r thoracic -p kneeling", "--region=thoracic --position kneeling",
                              "-rthoracic -pkneeling", "--region:thoracic --position=kneeling"}) {
    result = sandbox.cli(std::string("exercises --plugin foam-rolling ") + filters);
    INFO(filters << "\n" << result.output);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.output, Contains("foam-rolling/lat-roll") && Contains("1 exercise of "));
  }
}

TEST_CASE("motus-cli --help lists every command of the table with its arguments and summary") {
  const Sandbox sandbox;
  const CommandResult result = sandbox.cli("--help");
  CHECK(result.exit_code == 0);
  for (const Command& command : commandTable()) {
    const std::string line =
        "  " + std::string(command.words) + (command.synopsis.empty() ? "" : " " + std::string(command.synopsis));
    INFO(line);
    CHECK_THAT(result.output, Contains(line + " ") && Contains(std::string(command.summary) + "\n"));
  }
  CHECK_THAT(result.output, Contains("  patients edit CHART "));
  CHECK_THAT(result.output, Contains("-h, --help") && Contains("-V, --version") && Contains("--verbose"));
  CHECK_THAT(result.output, Contains("Region codes:    neck, thoracic"));
}

TEST_CASE("motus-cli COMMAND --help shows that command's usage and only the options it takes") {
  const Sandbox sandbox;
  const CommandResult addItem = sandbox.cli("programs add-item --help");
  CHECK(addItem.exit_code == 0);
  CHECK_THAT(addItem.output, Contains("Usage: motus-cli programs add-item ID EXERCISE [OPTIONS]"));
  CHECK_THAT(addItem.output, Contains("--reps=N") && Contains("Repetitions, e.g. 10-15."));
  CHECK_THAT(addItem.output, !Contains("--family"));

  for (const Command& command : commandTable()) {
    const CommandResult result = sandbox.cli(std::string(command.words) + " --help");
    INFO(command.words << "\n" << result.output);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.output, Contains("Usage: " + motus::cli::usageLine(command) + "\n"));
    for (const OptionSpec& option : motus::cli::optionsOf(command)) {
      CHECK_THAT(result.output, Contains(asListed(option)) && Contains(std::string(option.help)));
    }
    for (const OptionSpec& option : foreignOptions(command)) CHECK_THAT(result.output, !Contains(asListed(option)));
  }
}

TEST_CASE("A missing argument gives the command's usage line, and an unknown command the nearest commands") {
  const Sandbox sandbox;
  CommandResult result = sandbox.cli("programs add-item 1");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("'motus-cli programs add-item' needs ID EXERCISE.\n"
                                     "Usage: motus-cli programs add-item ID EXERCISE [OPTIONS]"));
  result = sandbox.cli("check now");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("'motus-cli check' takes no arguments.\nUsage: motus-cli check [OPTIONS]"));

  result = sandbox.cli("programs add-itme 1 foam-rolling/lat-roll");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("Unknown command 'programs add-itme 1 foam-rolling/lat-roll'. Did you mean:\n"
                                     "  motus-cli programs add-item ID EXERCISE [OPTIONS]\n"
                                     "Run 'motus-cli --help'"));
  result = sandbox.cli("patient list");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("Did you mean:\n  motus-cli patients list [OPTIONS]\nRun"));
  result = sandbox.cli("patients");  // a family, not a command: all of it
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("  motus-cli patients add [OPTIONS]") &&
                                Contains("  motus-cli patients edit CHART") &&
                                Contains("  motus-cli patients delete CHART"));
  result = sandbox.cli("frobnicate");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("Unknown command 'frobnicate'. Run 'motus-cli --help' for the commands."));
  result = sandbox.cli("--database x.sqlite");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("--database goes with a command: motus-cli COMMAND"));
  // Options may still stand before the command or between its words.
  result = sandbox.cli("--database x.sqlite --create patients --archived list");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("0 patients"));
}

TEST_CASE("The command table names each command once and each of its options once, the same way everywhere") {
  std::set<std::string_view> words;
  for (const Command& command : commandTable()) {
    INFO(command.words);
    CHECK(words.insert(command.words).second);
    CHECK(command.run != nullptr);
    CHECK(!command.summary.empty());
    for (const OptionSpec& option : motus::cli::optionsOf(command)) {
      // An option before the command is read without knowing the command: it must take a value
      // in every command or in none.
      for (const Command& other : commandTable()) {
        for (const OptionSpec& same : motus::cli::optionsOf(other)) {
          if (same.name == option.name) CHECK(same.argument.empty() == option.argument.empty());
          if (!option.short_name.empty() && same.short_name == option.short_name) CHECK(same.name == option.name);
        }
      }
    }
    std::set<std::string_view> names;
    std::set<std::string_view> shortNames;
    for (const OptionSpec& option : motus::cli::optionsOf(command)) {
      INFO(option.name);
      CHECK(names.insert(option.name).second);
      CHECK((option.short_name.empty() || shortNames.insert(option.short_name).second));
    }
  }
}
