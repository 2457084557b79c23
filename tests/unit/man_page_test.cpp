// motus-cli(1) against the command table it is written from: a command or option added to the
// table and missed by the page fails here.
#include <command_table.hpp>
#include <man_page.hpp>
#include <roff_text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

using motus::cli::Command;
using motus::cli::commandTable;
using motus::cli::OptionSpec;
using motus::cli::roffEscaped;
using Catch::Matchers::Contains;

namespace {

std::string page() {
  std::ostringstream out;
  motus::cli::writeManPage(out, {.version = "9.8.7", .release_date = "1999-01-02", .plugin_folder = "lib/motus/plugins"});
  return out.str();
}

std::string commandTag(const Command& command) { return "\n.TP\n\\fB" + roffEscaped(command.words) + "\\fR"; }

std::string optionTag(const OptionSpec& option) { return "\\fB" + roffEscaped("--" + std::string(option.name)) + "\\fR"; }

// The page from `begin` up to the next `end` after it; empty when `begin` is not there.
std::string between(const std::string& text, const std::string& begin, const std::string& end) {
  const std::size_t from = text.find(begin);
  if (from == std::string::npos) return {};
  const std::size_t to = text.find(end, from + begin.size());
  return text.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

std::string commandSection(const std::string& text, const Command& command) {
  const std::string section = between(text, commandTag(command), "\n.SH ");
  // Up to the next command's tag, so that an option must be under its own command.
  std::size_t end = section.size();
  for (const Command& other : commandTable()) {
    if (&other == &command) continue;
    const std::size_t at = section.find(commandTag(other) + (other.synopsis.empty() ? "\n" : " "), 1);
    if (at != std::string::npos) end = std::min(end, at);
  }
  return section.substr(0, end);
}

}  // namespace

TEST_CASE("The man page names every command of the table, with its arguments and summary", "[man page]") {
  const std::string text = page();
  for (const Command& command : commandTable()) {
    INFO(command.words);
    const std::string section = commandSection(text, command);
    REQUIRE_FALSE(section.empty());
    std::string summary = roffEscaped(command.summary).substr(1);  // the first letter is capitalised
    CHECK_THAT(section, Contains(summary));
    std::istringstream names{std::string(command.synopsis)};
    for (std::string name; names >> name;) {
      std::erase(name, '[');
      std::erase(name, ']');
      if (name.ends_with("...")) name.resize(name.size() - 3);
      CHECK_THAT(section, Contains("\\fI" + roffEscaped(name) + "\\fR"));
    }
  }
}

TEST_CASE("The man page lists each command's own options under it, and names its shared groups", "[man page]") {
  const std::string text = page();
  for (const Command& command : commandTable()) {
    INFO(command.words);
    const std::string section = commandSection(text, command);
    for (const OptionSpec& option : command.options) {
      INFO(option.name);
      CHECK_THAT(section, Contains("\n.TP\n" + optionTag(option)));
      CHECK_THAT(section, Contains(roffEscaped(option.help)));
    }
    for (const motus::cli::OptionGroup& group : command.groups) {
      CHECK_THAT(section, Contains(roffEscaped(group.title.substr(0, group.title.find(" (")))));
    }
  }
}

TEST_CASE("The man page lists every shared and global option with its help", "[man page]") {
  const std::string text = page();
  for (const Command& command : commandTable()) {
    for (const motus::cli::OptionGroup& group : command.groups) {
      const std::string section = between(text, "\n.SS \"" + roffEscaped(group.title) + "\"\n", "\n.S");
      INFO(group.title);
      REQUIRE_FALSE(section.empty());
      for (const OptionSpec& option : group.options) CHECK_THAT(section, Contains(optionTag(option)));
    }
  }
  const std::string global = between(text, "\n.SH GLOBAL OPTIONS\n", "\n.SH ");
  for (const OptionSpec& option : motus::cli::globalOptions()) {
    CHECK_THAT(global, Contains(optionTag(option)));
    CHECK_THAT(global, Contains(roffEscaped(option.help)));
  }
}

TEST_CASE("Every option of every command is in the man page", "[man page]") {
  const std::string text = page();
  std::set<std::string_view> missing;
  for (const Command& command : commandTable()) {
    for (const OptionSpec& option : motus::cli::optionsOf(command)) {
      if (text.find(optionTag(option)) == std::string::npos) missing.insert(option.name);
    }
  }
  CHECK(missing.empty());
}

TEST_CASE("The man page's header carries the version and release date it is given, and a whatis line",
          "[man page]") {
  const std::string text = page();
  CHECK_THAT(text, Contains("\n.TH MOTUS\\-CLI 1 \"1999\\-01\\-02\" \"Motus 9.8.7\" \"User Commands\"\n"));
  CHECK_THAT(text, Contains("\n.SH NAME\nmotus\\-cli \\- "));
  for (const char* section : {"SYNOPSIS", "DESCRIPTION", "COMMANDS", "SHARED OPTIONS", "GLOBAL OPTIONS",
                              "EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"}) {
    CHECK_THAT(text, Contains("\n.SH " + std::string(section) + "\n"));
  }
  CHECK_THAT(text, Contains(".BR motus (1)"));
}

TEST_CASE("Every line of the man page that starts with '.' is a request the page means to make",
          "[man page]") {
  const std::set<std::string> requests{"\\\"", "TH", "SH", "SS", "TP", "RS", "RE", "PP", "br",
                                       "nh",   "ad", "B",  "I",  "BR", "RB", "RI"};
  std::istringstream lines(page());
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK_FALSE(line.starts_with('\''));
    if (!line.starts_with('.')) continue;
    CHECK(requests.count(line.substr(1, line.find(' ') - 1)) == 1);
  }
}
