#include "man_page.hpp"

#include "command_help.hpp"
#include "command_table.hpp"
#include "roff_text.hpp"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace motus::cli {
namespace {

// Everything from the table goes through roffEscaped; the sections written here are roff
// already, escaped by hand.

std::string bold(std::string_view text) { return "\\fB" + roffEscaped(text) + "\\fR"; }
std::string italic(std::string_view text) { return "\\fI" + roffEscaped(text) + "\\fR"; }

// "ID [WORDS...]" -> "\fIID\fR [\fIWORDS\fR...]": the names in italics, the brackets and dots not.
std::string synopsisRoff(std::string_view synopsis) {
  std::string roff;
  std::string_view rest = synopsis;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    std::string_view name = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (name.empty()) continue;
    const bool optional = name.starts_with('[') && name.ends_with(']');
    if (optional) name = name.substr(1, name.size() - 2);
    const bool many = name.ends_with("...");
    if (many) name.remove_suffix(3);
    roff += std::string(roff.empty() ? "" : " ") + (optional ? "[" : "") + italic(name) + (many ? "..." : "") +
            (optional ? "]" : "");
  }
  return roff;
}

// "\fB\-r\fR, \fB\-\-region\fR=\fICODE\fR", as --help writes "-r, --region=CODE".
std::string optionTag(const OptionSpec& option) {
  std::string tag = option.short_name.empty() ? "" : bold("-" + std::string(option.short_name)) + ", ";
  tag += bold("--" + std::string(option.name));
  if (!option.argument.empty()) tag += "=" + italic(option.argument);
  return tag;
}

void writeTagged(std::ostream& out, const std::string& tag, const std::string& text) {
  out << ".TP\n" << tag << '\n' << text << '\n';
}

void writeOptions(std::ostream& out, std::span<const OptionSpec> options) {
  for (const OptionSpec& option : options) writeTagged(out, optionTag(option), roffEscaped(option.help));
}

// The shared groups under one heading each. Two groups may share a title when one is a part of
// the other (Records, and Records with --database alone): the heading lists every option once.
struct SharedGroup {
  std::string_view title;
  std::vector<OptionSpec> options;
};

std::vector<SharedGroup> sharedGroups() {
  std::vector<SharedGroup> groups;
  for (const Command& command : commandTable()) {
    for (const OptionGroup& group : command.groups) {
      auto shared = std::find_if(groups.begin(), groups.end(), [&](const SharedGroup& g) { return g.title == group.title; });
      if (shared == groups.end()) shared = groups.insert(groups.end(), SharedGroup{group.title, {}});
      for (const OptionSpec& option : group.options) {
        const bool listed = std::any_of(shared->options.begin(), shared->options.end(),
                                        [&](const OptionSpec& o) { return o.name == option.name; });
        if (!listed) shared->options.push_back(option);
      }
    }
  }
  return groups;
}

// "Dosage (what is not given comes from the exercise)" -> "Dosage": a command names the group by
// its heading's first words, the parenthesis is said once under the heading itself.
std::string_view shortTitle(std::string_view title) { return title.substr(0, title.find(" (")); }

// "Shared options: Dosage, Records, Plugins." with "Records (\-\-database only)" for a command
// that takes a part of a group.
std::string groupsSentence(const Command& command, const std::vector<SharedGroup>& shared) {
  std::string list;
  for (const OptionGroup& group : command.groups) {
    list += (list.empty() ? "" : ", ") + roffEscaped(shortTitle(group.title));
    const auto whole = std::find_if(shared.begin(), shared.end(), [&](const SharedGroup& g) { return g.title == group.title; });
    if (group.options.size() == whole->options.size()) continue;
    std::string names;
    for (const OptionSpec& option : group.options) names += (names.empty() ? "" : ", ") + bold("--" + std::string(option.name));
    list += " (" + names + " only)";
  }
  return "Shared options: " + list + ".";
}

void writeHeader(std::ostream& out, const ManPageFacts& facts) {
  out << ".\\\" motus-cli(1), written by motus-cli-man-page from app/cli/command_table.cpp: edit the table, not\n"
         ".\\\" this page, and the page and --help change together.\n"
      << ".TH MOTUS\\-CLI 1 \"" << roffEscaped(facts.release_date) << "\" \"Motus " << roffEscaped(facts.version)
      << "\" \"User Commands\"\n"
         // No hyphenation and a ragged right edge: option names and paths stay whole and evenly spaced.
         ".nh\n.ad l\n"
         ".SH NAME\n"
         "motus\\-cli \\- home exercise programs, patients and handouts without a window\n"
         ".SH SYNOPSIS\n"
         ".B motus\\-cli\n.I COMMAND\n.RI [ ARGUMENTS \"] [\" OPTIONS ]\n.br\n"
         ".B motus\\-cli\n.I COMMAND\n.B \\-\\-help\n.br\n"
         ".B motus\\-cli\n.RB [ \\-\\-help | \\-\\-version ]\n"
         ".SH DESCRIPTION\n"
         ".B motus\\-cli\n"
         "does from a terminal or a script what the Motus window does.\n"
         "It lists the exercises that plugins bring, keeps patient records,\n"
         "builds and issues home exercise programs, and writes a patient's handout as PDF or HTML.\n"
         "It works on the same database as\n.BR motus (1).\n"
         ".PP\n"
         "A command is one or two words, then its arguments, then its options in any order.\n"
         "An option's value follows an equals sign or a space:\n"
         "\\fB\\-\\-region=neck\\fR or \\fB\\-\\-region neck\\fR.\n"
         "Plugin code never runs inside motus\\-cli: each plugin file is read by a separate program\n"
         "with a time and a memory limit, so a broken plugin costs only its own exercises.\n";
}

void writeCommands(std::ostream& out, const std::vector<SharedGroup>& shared) {
  out << ".SH COMMANDS\n"
         "In a command's arguments, \\fINAME\\fR is needed, [\\fINAME\\fR] may be left out,\n"
         "and \\fINAME\\fR... takes any number.\n";
  for (const Command& command : commandTable()) {
    std::string text = roffEscaped(sentence(command.summary));
    if (!command.groups.empty()) text += "\n" + groupsSentence(command, shared);
    writeTagged(out, bold(command.words) + (command.synopsis.empty() ? "" : " " + synopsisRoff(command.synopsis)),
                text);
    if (command.options.empty()) continue;
    out << ".RS\n";
    writeOptions(out, command.options);
    out << ".RE\n";
  }
}

void writeSharedOptions(std::ostream& out, const std::vector<SharedGroup>& shared) {
  out << ".SH SHARED OPTIONS\n"
         "Options that several commands take, in groups; each command above says which groups it takes.\n";
  for (const SharedGroup& group : shared) {
    out << ".SS \"" << roffEscaped(group.title) << "\"\n";
    writeOptions(out, group.options);
  }
  out << ".SH GLOBAL OPTIONS\n"
         "Every command takes these, and so does\n.B motus\\-cli\nalone.\n";
  writeOptions(out, globalOptions());
}

void writeExitStatus(std::ostream& out) {
  out << ".SH EXIT STATUS\n"
         ".TP\n.B 0\nThe command did what was asked.\n"
         ".TP\n.B 1\n"
         "The command ran and found a problem: something was not found, a plugin or the database\n"
         "failed a check, or the database could not be used.\n"
         ".TP\n.B 2\n"
         "The command line was wrong: no command, an unknown command or option, too few or too many\n"
         "arguments, or a value that is not valid.\nThe message says what to type instead.\n"
         ".TP\n.B 75\n"
         "The database was busy with another program's change; trying again later can work.\n";
}

void writeEnvironment(std::ostream& out) {
  out << ".SH ENVIRONMENT\n"
         ".TP\n.B MOTUS_DATABASE\n"
         "The database file when \\fB\\-\\-database\\fR is not given.\n"
         "A database is made there only with \\fB\\-\\-create\\fR.\n"
         ".TP\n.B MOTUS_CLINICIAN\n"
         "Who is acting, for the audit log, when \\fB\\-\\-clinician\\fR is not given;\n"
         "without either, the login name in \\fBUSER\\fR.\n"
         ".TP\n.B MOTUS_PLUGIN_PATH\n"
         "Plugin folders or files, separated by \\(aq:\\(aq, looked in before the user's plugin folder\n"
         "and the plugins installed with Motus.\n"
         ".TP\n.B MOTUS_PLUGIN_SCAN_TIMEOUT\n"
         "How many seconds a plugin may take to describe itself (default 10, below 3600).\n"
         ".TP\n.B MOTUS_PLUGIN_SCAN_MEMORY_MB\n"
         "How many megabytes of memory a plugin may use while it is read (default 1024, at least 16).\n"
         ".TP\n.B MOTUS_PLUGIN_SCAN_STDERR\n"
         "When set, what a plugin writes to stderr while it is read is shown, for plugin authors.\n"
         ".TP\n.BR XDG_DATA_HOME \", \" XDG_STATE_HOME \", \" XDG_CACHE_HOME\n"
         "Where the files below are kept, when set to an absolute path;\n"
         "otherwise \\fI\\(ti/.local/share\\fR, \\fI\\(ti/.local/state\\fR and \\fI\\(ti/.cache\\fR under \\fBHOME\\fR.\n";
}

void writeFiles(std::ostream& out, const ManPageFacts& facts) {
  out << ".SH FILES\n"
         ".TP\n.I $XDG_DATA_HOME/motus/motus.sqlite\n"
         "The records (by default \\fI\\(ti/.local/share/motus/motus.sqlite\\fR), made on first use.\n"
         ".TP\n.I $XDG_STATE_HOME/motus/motus.log\n"
         "Motus's log, archived at 1 MB as \\fImotus.log.0\\fR to \\fImotus.log.3\\fR.\n"
         "It never holds patient names, notes or anything else typed into Motus.\n"
         ".TP\n.I $XDG_STATE_HOME/motus/audit\\-anchors/\n"
         "The newest audit log entry of each database, kept outside it, so that a rewritten log is noticed.\n"
         ".TP\n.I $XDG_CACHE_HOME/motus/plugin\\-index.json\n"
         "What each plugin file said, so that unchanged plugins are not read again; it is rebuilt when removed.\n"
         ".TP\n.I $XDG_DATA_HOME/motus/plugins/\n"
         "The user's own plugins.\n"
         ".TP\n"
      << italic("/usr/" + std::string(facts.plugin_folder) + "/") << '\n'
      << "The plugins installed with Motus\n(wherever it is installed, " << italic(facts.plugin_folder)
      << " in the folder above the one motus\\-cli is in).\n"
         ".SH SEE ALSO\n"
         ".BR motus (1)\n";
}

}  // namespace

void writeManPage(std::ostream& out, const ManPageFacts& facts) {
  const std::vector<SharedGroup> shared = sharedGroups();
  writeHeader(out, facts);
  writeCommands(out, shared);
  writeSharedOptions(out, shared);
  writeExitStatus(out);
  writeEnvironment(out);
  writeFiles(out, facts);
}

}  // namespace motus::cli
