#include "command_line.hpp"

#include "command_help.hpp"
#include "command_lookup.hpp"
#include "command_table.hpp"

#include <motus/sdk/vocabulary.hpp>

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace motus::cli {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

OptionSet optionSetOf(std::span<const OptionSpec> specs) {
  OptionSet options;
  for (const OptionSpec& spec : specs) {
    Option option{std::string(spec.name), std::string(spec.short_name), std::string(spec.help)};
    if (!spec.argument.empty()) option.argument(std::string(spec.argument));
    options.addOption(option.repeatable(spec.repeatable));
  }
  return options;
}

std::string knownCodes(std::span<const sdk::Term> vocabulary) {
  std::string list;
  for (const sdk::Term& term : vocabulary) list += (list.empty() ? "" : ", ") + std::string(term.code);
  return list;
}

void addCode(std::vector<std::string>& into, std::span<const sdk::Term> vocabulary, std::string_view what,
             const std::string& code) {
  if (!sdk::isKnownCode(vocabulary, code)) {
    throw std::invalid_argument("Unknown " + std::string(what) + " '" + code +
                                "'. Use one of: " + knownCodes(vocabulary) + ".");
  }
  into.push_back(code);
}

sdk::Difficulty parseDifficulty(const std::string& level) {
  if (level == "beginner") return sdk::Difficulty::beginner;
  if (level == "intermediate") return sdk::Difficulty::intermediate;
  if (level == "advanced") return sdk::Difficulty::advanced;
  throw std::invalid_argument("Unknown difficulty '" + level + "'. Use beginner, intermediate or advanced.");
}

void apply(Invocation& invocation, const Option& option, const std::string& value) {
  const std::string& name = option.fullName();
  core::CatalogQuery& query = invocation.query;
  if (name == "help")
    invocation.help = true;
  else if (name == "version")
    invocation.version = true;
  else if (name == "verbose")
    invocation.verbose = true;
  else if (name == "search")
    query.text += (query.text.empty() ? "" : " ") + value;
  else if (name == "region")
    addCode(query.regions, sdk::kBodyRegions, "region", value);
  else if (name == "equipment")
    addCode(query.equipment, sdk::kEquipment, "equipment", value);
  else if (name == "position")
    addCode(query.positions, sdk::kPositions, "position", value);
  else if (name == "goal")
    addCode(query.goals, sdk::kGoals, "goal", value);
  else if (name == "plugin")
    query.plugins.push_back(value);
  else if (name == "difficulty")
    query.difficulty = parseDifficulty(value);
  else if (name == "plugin-path")
    invocation.plugin_paths.emplace_back(value);
  else
    invocation.values[name] = option.takesArgument() ? value : "1";
}

bool isOption(const std::string& argument) { return argument.size() > 1 && argument[0] == '-'; }

// Whether the option takes a value in the commands that have it. An option may stand before the
// command (motus-cli --database FILE handout 1), and is read before it is known which command it
// goes with: every command that has an option agrees on whether it takes a value (a test checks).
bool takesValueAnywhere(const std::string& argument) {
  const bool isLong = argument.starts_with("--");
  if (isLong ? argument.find_first_of("=:") != std::string::npos : argument.size() > 2) return false;  // --a=b, -ab
  const std::string name = argument.substr(isLong ? 2 : 1);
  for (const Command& command : commandTable()) {
    for (const OptionSpec& spec : optionsOf(command)) {
      if (Poco::icompare(name, std::string(isLong ? spec.name : spec.short_name)) == 0) return !spec.argument.empty();
    }
  }
  return false;
}

// The option as typed, without its value: "--reps=5" -> "--reps", "-rthoracic" -> "-r".
std::string typedName(const std::string& argument) {
  if (argument.starts_with("--")) return argument.substr(0, argument.find_first_of("=:"));
  return argument.substr(0, 2);
}

// Poco::Util takes any unambiguous start of a name ("--plug" for --plugin-path), so an option of
// another command could pass for one of this command's: only whole names are let through.
bool isWholeName(const std::string& argument, std::span<const OptionSpec> specs) {
  if (!argument.starts_with("--") || argument == "--") return true;  // short options are one letter anyway
  const std::string name = typedName(argument).substr(2);
  return std::any_of(specs.begin(), specs.end(),
                     [&](const OptionSpec& spec) { return Poco::icompare(name, std::string(spec.name)) == 0; });
}

std::string commandName(const Command* command) {
  return command ? "motus-cli " + std::string(command->words) : std::string("motus-cli");
}

[[noreturn]] void refuseOption(const Command* command, const std::string& argument, std::span<const OptionSpec> specs) {
  if (!command) {
    throw std::invalid_argument(typedName(argument) +
                                " goes with a command: motus-cli COMMAND [ARGUMENTS] [OPTIONS]. Run 'motus-cli --help' "
                                "for the commands.");
  }
  throw std::invalid_argument("'" + commandName(command) + "' does not take " + typedName(argument) + ". It takes: " +
                              optionNames(specs) + ". Run '" + commandName(command) + " --help' for what each does.");
}

std::string unknownCommand(std::span<const std::string> typed) {
  std::string text;
  for (const std::string& word : typed) text += (text.empty() ? "" : " ") + word;
  std::string message = "Unknown command '" + text + "'.";
  const std::vector<const Command*> nearest = nearestCommands(typed);
  for (std::size_t i = 0; i < nearest.size() && i < 10; ++i) {
    message += (i == 0 ? " Did you mean:\n  " : "\n  ") + usageLine(*nearest[i]);
  }
  return message + (nearest.empty() ? " " : "\n") + "Run 'motus-cli --help' for the commands.";
}

void checkArgumentCount(const Command& command, const Invocation& invocation) {
  const std::size_t given = invocation.words.size() - wordsOf(command).size();
  const ArgumentCount allowed = argumentCount(command);
  if (given >= allowed.least && given <= allowed.most) return;
  const std::string problem =
      given < allowed.least
          ? "needs " + std::string(command.synopsis)
          : (allowed.most == 0 ? "takes no arguments" : "takes only " + std::string(command.synopsis));
  throw std::invalid_argument("'" + commandName(&command) + "' " + problem + ".\nUsage: " + usageLine(command) +
                              "\nRun '" + commandName(&command) + " --help' for its options.");
}

}  // namespace

std::optional<std::string> Invocation::value(const std::string& name) const {
  const auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

CommandLine parseCommandLine(const std::vector<std::string>& arguments) {
  // The words name the command; the options may stand anywhere, but which ones are allowed
  // depends on the command, so it is found first.
  std::vector<std::string> leading;
  std::vector<std::size_t> leadingAt;
  for (std::size_t i = 0; i < arguments.size() && arguments[i] != "--"; ++i) {
    if (!isOption(arguments[i])) {
      leading.push_back(arguments[i]);
      leadingAt.push_back(i);
    } else if (takesValueAnywhere(arguments[i])) {
      ++i;  // its value, not a word
    }
  }
  CommandLine line;
  line.command = findCommand(leading);
  if (!line.command && !leading.empty()) throw std::invalid_argument(unknownCommand(leading));
  const std::size_t commandWords = line.command ? wordsOf(*line.command).size() : 0;
  const std::vector<OptionSpec> specs =
      line.command ? optionsOf(*line.command) : std::vector<OptionSpec>(globalOptions().begin(), globalOptions().end());

  const OptionSet options = optionSetOf(specs);
  Poco::Util::OptionProcessor processor(options);
  processor.setUnixStyle(true);
  Invocation& invocation = line.invocation;
  bool valueExpected = false;  // the argument before was an option whose value comes next
  bool optionsEnded = false;   // after "--", everything is an argument
  std::string argument;
  try {
    for (std::size_t i = 0; i < arguments.size(); ++i) {
      argument = arguments[i];
      if (invocation.words.size() < commandWords && i == leadingAt[invocation.words.size()]) {
        invocation.words.push_back(argument);
        continue;
      }
      if (!valueExpected && !optionsEnded && !isWholeName(argument, specs)) {
        refuseOption(line.command, argument, specs);
      }
      std::string name;
      std::string value;
      const bool wasValue = std::exchange(valueExpected, false);
      if (processor.process(argument, name, value)) {
        if (!name.empty())
          apply(invocation, options.getOption(name), value);
        else if (!wasValue && argument == "--")
          optionsEnded = true;
        else if (!wasValue)
          valueExpected = true;
      } else {
        invocation.words.push_back(argument);
      }
    }
    processor.checkRequired();  // an option left without its value
  } catch (const Poco::Util::UnknownOptionException&) {
    refuseOption(line.command, argument, specs);
  } catch (const Poco::Exception& error) {
    throw std::invalid_argument(error.displayText() + ". Run '" + commandName(line.command) +
                                " --help' for the options.");
  }
  if (!line.command && !invocation.words.empty()) throw std::invalid_argument(unknownCommand(invocation.words));
  if (line.command && !invocation.help && !invocation.version) checkArgumentCount(*line.command, invocation);
  return line;
}

}  // namespace motus::cli
