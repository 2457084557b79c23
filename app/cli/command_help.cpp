#include "command_help.hpp"

#include "loaded_library.hpp"

#include <motus/sdk/vocabulary.hpp>

#include <algorithm>
#include <cctype>
#include <ostream>

namespace motus::cli {
namespace {

std::string knownCodes(std::span<const sdk::Term> vocabulary) {
  std::string list;
  for (const sdk::Term& term : vocabulary) list += (list.empty() ? "" : ", ") + std::string(term.code);
  return list;
}

// "-r, --region=CODE", the way Poco::Util writes an option.
std::string optionColumn(const OptionSpec& option) {
  std::string text = option.short_name.empty() ? "" : "-" + std::string(option.short_name) + ", ";
  text += "--" + std::string(option.name);
  if (!option.argument.empty()) text += "=" + std::string(option.argument);
  return text;
}

void printOptions(std::ostream& out, std::string_view heading, std::span<const OptionSpec> options, std::size_t width) {
  if (options.empty()) return;
  out << '\n' << heading << ":\n";
  for (const OptionSpec& option : options) out << "  " << padded(optionColumn(option), width) << option.help << '\n';
}

std::string commandColumn(const Command& command) {
  return std::string(command.words) + (command.synopsis.empty() ? "" : " " + std::string(command.synopsis));
}

}  // namespace

std::string sentence(std::string_view summary) {
  std::string text(summary);
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text + ".";
}

std::string usageLine(const Command& command) { return "motus-cli " + commandColumn(command) + " [OPTIONS]"; }

std::string optionNames(std::span<const OptionSpec> options) {
  std::string list;
  for (const OptionSpec& option : options) {
    list += (list.empty() ? "--" : ", --") + std::string(option.name);
    if (!option.argument.empty()) list += " " + std::string(option.argument);
  }
  return list;
}

void printHelp(std::ostream& out) {
  out << "Usage: motus-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
         "Motus without a window. 'motus-cli COMMAND --help' shows the options of one command.\n\n"
         "Commands:\n";
  std::size_t width = 0;
  for (const Command& command : commandTable()) width = std::max(width, displayWidth(commandColumn(command)) + 2);
  for (const Command& command : commandTable()) {
    out << "  " << padded(commandColumn(command), width) << command.summary << '\n';
  }
  std::size_t optionWidth = 0;
  for (const OptionSpec& option : globalOptions()) optionWidth = std::max(optionWidth, optionColumn(option).size() + 2);
  printOptions(out, "Global options (every command takes them)", globalOptions(), optionWidth);
  out << "\nPlugins are looked for in MOTUS_PLUGIN_PATH (':'-separated), then in the user's plugin folder\n"
         "($XDG_DATA_HOME/motus/plugins), then in the folder installed with Motus.\n\n"
      << "Region codes:    " << knownCodes(sdk::kBodyRegions) << '\n'
      << "Equipment codes: " << knownCodes(sdk::kEquipment) << '\n'
      << "Position codes:  " << knownCodes(sdk::kPositions) << '\n'
      << "Goal codes:      " << knownCodes(sdk::kGoals) << '\n'
      << "Every code with its label, conditions too: motus-cli vocabulary\n";
}

void printCommandHelp(std::ostream& out, const Command& command) {
  out << "Usage: " << usageLine(command) << '\n' << sentence(command.summary) << '\n';
  std::size_t width = 0;
  for (const OptionSpec& option : optionsOf(command)) width = std::max(width, optionColumn(option).size() + 2);
  printOptions(out, "Options", command.options, width);
  for (const OptionGroup& group : command.groups) printOptions(out, group.title, group.options, width);
  printOptions(out, "Global options", globalOptions(), width);
}

}  // namespace motus::cli
