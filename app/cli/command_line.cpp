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
  options.addOption(Option("verbose", "", "Also write what goes in Motus's log to stderr."));
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
  // Records
  options.addOption(Option("rescan", "", "plugins: scan every plugin file again instead of using the plugin index."));
  options.addOption(Option("database", "", "The database file (default: $MOTUS_DATABASE, else the user's data folder).")
                        .argument("FILE"));
  options.addOption(
      Option("clinician", "", "Who is acting, for the audit log (default: $MOTUS_CLINICIAN).").argument("NAME"));
  options.addOption(Option("chart", "", "Patient: chart number.").argument("TEXT"));
  options.addOption(Option("family", "", "Patient: family name.").argument("TEXT"));
  options.addOption(Option("given", "", "Patient: given name.").argument("TEXT"));
  options.addOption(Option("born", "", "Patient: date of birth, YYYY-MM-DD.").argument("DATE"));
  options.addOption(Option("phone", "", "Patient: phone.").argument("TEXT"));
  options.addOption(Option("email", "", "Patient: email.").argument("TEXT"));
  options.addOption(Option("notes", "", "Patient: notes.").argument("TEXT"));
  options.addOption(Option("archived", "", "Include archived patients."));
  options.addOption(Option("yes", "", "Confirm a deletion that cannot be undone."));
  options.addOption(Option("note", "", "A note (condition, or the therapist's note on an exercise).").argument("TEXT"));
  options.addOption(Option("since", "", "Condition: since when, YYYY[-MM[-DD]].").argument("DATE"));
  options.addOption(Option("title", "", "Program: title.").argument("TEXT"));
  options.addOption(Option("sets", "", "Dosage: sets, e.g. 2 or 2-3.").argument("N"));
  options.addOption(Option("reps", "", "Dosage: repetitions, e.g. 10-15.").argument("N"));
  options.addOption(Option("hold", "", "Dosage: hold, in seconds.").argument("SECONDS"));
  options.addOption(Option("duration", "", "Dosage: time-based work, in seconds.").argument("SECONDS"));
  options.addOption(Option("rest", "", "Dosage: rest between sets, in seconds.").argument("SECONDS"));
  options.addOption(Option("side", "", "Dosage: left, right, both or each-side.").argument("SIDE"));
  options.addOption(Option("load", "", "Dosage: load, e.g. \"light band\".").argument("TEXT"));
  options.addOption(Option("per-day", "", "Dosage: times a day.").argument("N"));
  options.addOption(Option("per-week", "", "Dosage: days a week.").argument("N"));
  options.addOption(Option("minutes", "", "Dosage: minutes per session.").argument("N"));
  options.addOption(Option("override", "", "Why an Avoid finding is overridden for this patient.").argument("REASON"));
  options.addOption(Option("program", "", "A program id.").argument("ID"));
  options.addOption(Option("name", "", "clinic set: the clinic's name.").argument("TEXT"));
  options.addOption(Option("address", "", "clinic set: the clinic's address.").argument("TEXT"));
  options.addOption(Option("logo", "", "clinic set: a PNG, JPEG or SVG logo file.").argument("FILE"));
  // Handouts
  options.addOption(Option("html", "", "handout, contact-sheet: write the HTML page to this file.").argument("FILE"));
  options.addOption(Option("pdf", "", "handout: write the PDF handout to this file.").argument("FILE"));
  options.addOption(Option("paper", "", "handout: a4 (default) or letter.").argument("SIZE"));
  options.addOption(Option("large-print", "", "handout: body text at 16 pt instead of 12 pt."));
  options.addOption(Option("no-pictures", "", "handout: leave the pictures out."));
  options.addOption(
      Option("log-weeks", "", "handout: weeks of tick boxes in the log (default 2; 0 for none).").argument("N"));
  options.addOption(Option("education", "", "handout: education topics to add, as plugin/topic,...").argument("IDS"));
  options.addOption(Option("patient", "",
                           "exercises: only those suitable for this patient (chart number); "
                           "Caution ones are marked.")
                        .argument("CHART"));
  options.addOption(Option("from-program", "", "Template: the program to copy the exercises from.").argument("ID"));
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
  else if (name == "archived" || name == "yes" || name == "rescan" || name == "large-print" || name == "no-pictures")
    invocation.values[name] = "1";
  else
    invocation.values[name] = value;
}

}  // namespace

std::optional<std::string> Invocation::value(const std::string& name) const {
  const auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

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
      "  plugin check FILE    load and check one plugin file; exit 1 on problems\n"
      "  contact-sheet --html FILE   every exercise's pictures on one page, for review\n"
      "  vocabulary [NAME]    every code a plugin may use, with its label (NAME: conditions,\n"
      "                       regions, equipment, positions or goals)\n\n"
      "  patients add --chart C --family F [--given --born --phone --email --notes]\n"
      "  patients list | search WORDS | show CHART | archive CHART | unarchive CHART\n"
      "  patients delete CHART --yes   remove a patient and every program for good\n"
      "  conditions add CHART CODE [--note --since] | remove CHART CODE\n"
      "  programs new CHART --title T | list CHART | show ID | issue ID\n"
      "  programs add-item ID EXERCISE [--sets --reps --hold ... --note --override]\n"
      "  programs copy-last CHART | new-version ID | override ID NUMBER --override REASON\n"
      "  templates save NAME --from-program ID | assign NAME --program ID | list\n"
      "  clinic show | clinic set [--name --address --phone --email --logo FILE]\n"
      "  handout PROGRAM_ID --pdf FILE --html FILE [--paper --large-print --no-pictures --log-weeks\n"
      "                    --education plugin/topic,...]\n"
      "  backup FILE | restore FILE | check | audit verify | audit list\n\n"
      "Options:");
  help.setFooter(
      "Plugins are looked for in MOTUS_PLUGIN_PATH (':'-separated), then in the user's plugin folder\n"
      "($XDG_DATA_HOME/motus/plugins), then in the folder installed with Motus.\n\n"
      "Region codes:    " +
      knownCodes(sdk::kBodyRegions) + "\n" + "Equipment codes: " + knownCodes(sdk::kEquipment) + "\n" +
      "Position codes:  " + knownCodes(sdk::kPositions) + "\n" + "Goal codes:      " + knownCodes(sdk::kGoals) + "\n" +
      "Every code with its label, conditions too: motus-cli vocabulary");
  help.format(out);
}

}  // namespace motus::cli
