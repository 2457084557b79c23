// Motus's log as the real motus-cli writes it: where it is, what goes in, and what never does.
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <motus/db/schema.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace motus;
using namespace motus::test;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

const fs::path kFixtures = MOTUS_FIXTURE_DIR;

// motus-cli with a home, a state folder, a plugin cache and a database of this test's own.
class Sandbox {
 public:
  Sandbox() { fs::create_directories(folder_ / "home"); }

  CommandResult cli(const std::string& arguments, const std::string& environment = "") const {
    return runCommand(command(arguments, environment));
  }
  // For a state folder that cannot be made: one inside a plain file (even root cannot).
  void blockStateFolder() const { writeBytes(folder_ / "blocker", "not a folder\n"); }
  // The same, with stderr kept apart in a file (runCommand's own 2>&1 applies outside the braces).
  CommandResult cliWithStderr(const std::string& arguments, std::string& err) const {
    const fs::path err_file = folder_ / "stderr.txt";
    const CommandResult result =
        runCommand("{ " + command(arguments, "") + " 2>" + shellQuoted(err_file.string()) + "; }");
    err = readBytes(err_file);
    return result;
  }

  fs::path logFile() const { return folder_ / "state" / "motus" / "motus.log"; }
  std::string log() const { return fs::exists(logFile()) ? readBytes(logFile()) : std::string(); }
  const TempFolder& folder() const { return folder_; }

 private:
  std::string command(const std::string& arguments, const std::string& environment) const {
    return "env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME -u XDG_CACHE_HOME HOME=" +
           shellQuoted((folder_ / "home").string()) + " XDG_STATE_HOME=" + shellQuoted(stateFolder().string()) +
           " MOTUS_DATABASE=" + shellQuoted((folder_ / "clinic.sqlite").string()) + " " + environment + " " +
           shellQuoted(MOTUS_CLI) + " " + arguments;
  }
  fs::path stateFolder() const {
    return fs::exists(folder_ / "blocker") ? folder_ / "blocker" / "state" : folder_ / "state";
  }

  TempFolder folder_{"log"};
};

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
  return count;
}

std::size_t builtinPluginCount() {
  std::size_t count = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(MOTUS_BUILTIN_PLUGIN_DIR)) {
    if (entry.path().extension() == ".so") ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("motus-cli logs under XDG_STATE_HOME: its start, the database with its schema version, its exit") {
  const Sandbox sandbox;
  const CommandResult result = sandbox.cli("patients list --create");
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  REQUIRE(fs::exists(sandbox.logFile()));
  const std::string log = sandbox.log();
  INFO(log);
  CHECK_THAT(log, Contains(" Information cli: motus-cli ") && Contains(" started (plugin API "));
  CHECK_THAT(log,
             Contains(" Information records: Opened the database " + (sandbox.folder() / "clinic.sqlite").string() +
                      " (schema version " + std::to_string(db::latestSchemaVersion()) + ") in "));
  CHECK_THAT(log, Contains(" Information cli: Exit 0 (patients)"));
  CHECK_FALSE(fs::exists(sandbox.folder() / "home" / ".local" / "state"));  // XDG_STATE_HOME, not the default
}

TEST_CASE("A plugin scan logs one line per plugin file, a refused one with its reason") {
  const Sandbox sandbox;
  const std::string plugins = "--plugin-path " + shellQuoted((kFixtures / "fixture_good.so").string()) +
                              " --plugin-path " + shellQuoted((kFixtures / "fixture_newer_major.so").string()) +
                              " --plugin-path " + shellQuoted((kFixtures / "fixture_factory_throws.so").string());
  REQUIRE(sandbox.cli("plugins " + plugins).exit_code == 0);
  std::string log = sandbox.log();
  INFO(log);
  CHECK(occurrences(log, " plugins: ") == builtinPluginCount() + 3);
  CHECK_THAT(log, Contains(" Information plugins: " + (kFixtures / "fixture_good.so").string() +
                           ": fixture-good 1.0.0 loaded (scanned, "));
  CHECK_THAT(log, Contains(" Warning plugins: " + (kFixtures / "fixture_newer_major.so").string() +
                           ": (no plugin id) refused, incompatible: Built for plugin API "));
  CHECK_THAT(log, Contains(" Warning plugins: " + (kFixtures / "fixture_factory_throws.so").string() + ": ") &&
                      Contains(" refused, failed: The plugin failed while starting: the fixture could not find its "
                               "data file (scanned, "));
  CHECK_THAT(log, Contains("/foam_rolling.so: foam-rolling 1.0.0 loaded (scanned, "));

  // The next start takes them from the plugin index, and says so.
  REQUIRE(sandbox.cli("plugins " + plugins).exit_code == 0);
  log = sandbox.log();
  CHECK(occurrences(log, " plugins: ") == 2 * (builtinPluginCount() + 3));
  CHECK_THAT(log, Contains("fixture_good.so: fixture-good 1.0.0 loaded (from the index, "));
}

TEST_CASE("motus-cli --verbose also writes the log's lines to stderr") {
  const Sandbox sandbox;
  const std::string good = " --plugin-path " + shellQuoted((kFixtures / "fixture_good.so").string());
  std::string err;
  REQUIRE(sandbox.cliWithStderr("plugins" + good, err).exit_code == 0);
  CHECK_THAT(err, !Contains("plugins: "));  // quiet without it
  REQUIRE(sandbox.cliWithStderr("plugins --verbose" + good, err).exit_code == 0);
  INFO(err);
  CHECK_THAT(err, Contains(" Information plugins: " + (kFixtures / "fixture_good.so").string() +
                           ": fixture-good 1.0.0 loaded (from the index, "));
  CHECK_THAT(err, Contains(" Information cli: Exit 0 (plugins)"));
  CHECK_THAT(sandbox.log(), Contains(" Information cli: Exit 0 (plugins)"));  // and in the file as ever
}

TEST_CASE("A state folder that cannot be written leaves motus-cli working, with one note on stderr") {
  const Sandbox sandbox;
  sandbox.blockStateFolder();
  std::string err;
  const CommandResult added = sandbox.cliWithStderr("patients add --chart B-1 --family Test --create --verbose", err);
  INFO(added.output);
  INFO(err);
  CHECK(added.exit_code == 0);
  CHECK_THAT(added.output, Contains("Added patient B-1."));
  CHECK(occurrences(err, "not writing the log") == 1);
  CHECK_THAT(err, Contains((sandbox.folder() / "blocker" / "state" / "motus" / "motus.log").string()));
  CHECK_THAT(err, Contains("Opened the database"));  // --verbose still works without the file
  const CommandResult listed = sandbox.cli("patients list");
  CHECK(listed.exit_code == 0);
  CHECK_THAT(listed.output, Contains("B-1"));
}

TEST_CASE("The log never holds a patient's name or what was typed, even when it was refused") {
  const Sandbox sandbox;
  // Words that appear nowhere else, so finding one in the log can only mean it leaked.
  const std::string chart = "QX-7351";
  const std::vector<std::string> secrets = {chart,           "Quillfeatherstone", "Ottoline",    "Zebracorn",
                                            "Brittlebone",   "1999-02-31",        "Marmalade",   "Velvetine",
                                            "Reasonwhisper", "quill.at.example",  "UnknownChart"};
  const auto run = [&](const std::string& arguments, int expected) {
    const CommandResult result = sandbox.cli(arguments);
    INFO(arguments << "\n" << result.output);
    CHECK(result.exit_code == expected);
    return result;
  };
  run("patients add --create --chart " + chart +
          " --family Quillfeatherstone --given Ottoline --notes 'Zebracorn knee'",
      0);
  // Refused by the store, with the chart number quoted: a duplicate.
  const CommandResult duplicate = run("patients add --chart " + chart + " --family Quillfeatherstone", 1);
  CHECK_THAT(duplicate.output, Contains(chart));
  // Refused by core's checks, with the typed values quoted back.
  const CommandResult bad_date =
      run("patients add --chart QX-2 --family Quillfeatherstone --born 1999-02-31 --email quill.at.example", 1);
  CHECK_THAT(bad_date.output, Contains("1999-02-31"));
  run("conditions add " + chart + " osteoporosis --note 'Brittlebone' --since 20x1", 1);
  // A program title that is not UTF-8, then an exercise note and an override reason that are not.
  run("programs new " + chart + " --title " + shellQuoted("Marmalade \xFF plan"), 1);
  run("programs new " + chart + " --title " + shellQuoted("Marmalade plan"), 0);
  run("programs add-item 1 foam-rolling/lying-breathing --note " + shellQuoted("Velvetine \xFF"), 1);
  run("programs add-item 1 foam-rolling/lying-breathing", 0);
  run("programs override 1 1 --override " + shellQuoted("Reasonwhisper \xFF"), 1);
  // Not found, with the typed chart number quoted; and a command line that is wrong.
  CHECK_THAT(run("patients show UnknownChart", 1).output, Contains("UnknownChart"));
  run("programs show UnknownChart", 2);
  // A handout that cannot be delivered (the program is a draft), into a folder named after the patient.
  run("handout 1 --html " + shellQuoted((sandbox.folder() / "Quillfeatherstone.html").string()), 1);
  run("exercises --region UnknownChart", 2);

  const std::string log = sandbox.log();
  INFO(log);
  for (const std::string& secret : secrets) {
    INFO(secret);
    CHECK_THAT(log, !Contains(secret));
  }
  CHECK_THAT(log, Contains(" (schema version " + std::to_string(db::latestSchemaVersion()) + ") in "));
  CHECK_THAT(log, Contains(" Error cli: Error shown (invalid record): patients; exit 1"));
  CHECK_THAT(log, Contains(" Warning records: Refused input (invalid record): patient details, 2 problems; "
                           "nothing saved"));
  CHECK_THAT(log, Contains(" Warning records: Refused input (invalid record): condition, 1 problem; nothing saved"));
  CHECK_THAT(log, Contains(" Warning records: Refused input (invalid record): exercise dosage or note, 1 problem"));
  CHECK_THAT(log, Contains(" Warning records: Refused input (invalid record): override reason not text"));
  CHECK_THAT(log, Contains(" Warning records: Refused input (invalid record): program title, 1 problem"));
  CHECK_THAT(log, Contains(" Error cli: Error shown (record not found): patients; exit 1"));
  CHECK_THAT(log, Contains(" Error cli: Error shown (handout not delivered): handout; exit 1"));
  CHECK_THAT(log, Contains(" Warning cli: Refused input (usage, invalid argument): programs; exit 2"));
  CHECK_THAT(log, Contains(" Warning cli: Refused input (usage, invalid argument): a command line that did not "
                           "parse; exit 2"));
}
