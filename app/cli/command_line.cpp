#include "command_line.hpp"

#include <motus/sdk/vocabulary.hpp>

#include <Poco/Exception.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>

#include <ostream>
#include <stdexcept>

namespace motus::cli {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

OptionSet makeOptions() {
  OptionSet options;
  options.addOption(Option("help", "h", "Show this help."));
  options.addOption(Option("version", "V", "Show the version of motus-cli and of the plugin API."));
  options.addOption(Option("search", "s", "Words to search for in names, purposes, steps and tags.")
                        .argument("TEXT")
                        .repeatable(true));
  options.addOption(Option("region", "r", "Only exercises for this body region (repeat for more).")
                        .argument("CODE")
                        .repeatable(true));
  options.addOption(
      Option("equipment", "e", "Only exercises that use this equipment.").argument("CODE").repeatable(true));
  options.addOption(Option("position", "p", "Only exercises done in this position.").argument("CODE").repeatable(true));
  options.addOption(Option("goal", "g", "Only exercises with this goal.").argument("CODE").repeatable(true));
  options.addOption(Option("plugin", "", "Only exercises from this plugin id.").argument("ID").repeatable(true));
  options.addOption(
      Option("difficulty", "d", "Only exercises of this level: beginner, intermediate, advanced.").argument("LEVEL"));
  options.addOption(Option("plugin-path", "", "Also load plugins from this folder or file (before the defaults).")
                        .argument("PATH")
                        .repeatable(true));
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

void apply(Invocation& invocation, const std::string& name, const std::string& value) {
  core::CatalogQuery& query = invocation.query;
  if (name == "help")
    invocation.help = true;
  else if (name == "version")
    invocation.version = true;
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
}

}  // namespace

Invocation parseCommandLine(const std::vector<std::string>& arguments) {
  const OptionSet options = makeOptions();
  Poco::Util::OptionProcessor processor(options);
  processor.setUnixStyle(true);
  Invocation invocation;
  try {
    for (const std::string& argument : arguments) {
      std::string name;
      std::string value;
      if (processor.process(argument, name, value)) {
        if (!name.empty()) apply(invocation, name, value);
      } else {
        invocation.words.push_back(argument);
      }
    }
    processor.checkRequired();
  } catch (const Poco::Exception& error) {
    throw std::invalid_argument(error.displayText() + ". Run 'motus-cli --help' for the options.");
  }
  return invocation;
}

void printHelp(std::ostream& out) {
  const OptionSet options = makeOptions();  // the formatter keeps a reference to it
  Poco::Util::HelpFormatter help(options);
  help.setUnixStyle(true);
  help.setWidth(110);
  help.setCommand("motus-cli");
  help.setUsage("COMMAND [OPTIONS]");
  help.setHeader(
      "Motus without a window.\n\n"
      "Commands:\n"
      "  plugins              every plugin found, with its version, state and reason\n"
      "  exercises [WORDS]    the exercise library, filtered by WORDS and the options\n"
      "  exercise show ID     everything about one exercise (ID as plugin/exercise)\n"
      "  plugin check FILE    load and check one plugin file; exit 1 on problems\n\n"
      "Options:");
  help.setFooter(
      "Plugins are looked for in MOTUS_PLUGIN_PATH (':'-separated), then in the user's plugin folder\n"
      "($XDG_DATA_HOME/motus/plugins), then in the folder installed with Motus.\n\n"
      "Region codes:    " +
      knownCodes(sdk::kBodyRegions) + "\n" + "Equipment codes: " + knownCodes(sdk::kEquipment) + "\n" +
      "Position codes:  " + knownCodes(sdk::kPositions) + "\n" + "Goal codes:      " + knownCodes(sdk::kGoals));
  help.format(out);
}

}  // namespace motus::cli
