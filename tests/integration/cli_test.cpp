// motus-cli as a user runs it: a real process, real plugin folders, real environment variables.
#include "run_command.hpp"

#include <motus/sdk/vocabulary.hpp>

#include <catch2/catch.hpp>

#include <unistd.h>
#include <array>
#include <atomic>
#include <filesystem>
#include <span>

using namespace motus::test;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = MOTUS_FIXTURE_DIR;

// A fresh, empty home for one test, so the developer's own plugins never leak in.
class Sandbox {
 public:
  Sandbox() {
    static std::atomic<int> counter{0};
    root_ =
        fs::temp_directory_path() / ("motus-cli-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(root_);
    fs::create_directories(root_ / "home");
  }
  ~Sandbox() { fs::remove_all(root_); }
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const fs::path& root() const { return root_; }

  // Runs motus-cli with only the built-in plugins plus what `environment` adds.
  CommandResult cli(const std::string& arguments, const std::string& environment = "") const {
    return runCommand("env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME HOME=" + shellQuoted((root_ / "home").string()) + " " +
                      environment + " " + shellQuoted(MOTUS_CLI) + " " + arguments);
  }

 private:
  fs::path root_;
};

}  // namespace

TEST_CASE("motus-cli exercises --region thoracic lists the six foam-rolling exercises") {
  const Sandbox sandbox;
  const CommandResult result = sandbox.cli("exercises --region thoracic --plugin foam-rolling");
  CHECK(result.exit_code == 0);
  for (const char* id :
       {"lying-breathing", "thoracic-pivot", "mid-back-roll", "chest-opener", "snow-angel", "lat-roll"}) {
    CHECK_THAT(result.output, Contains(std::string("foam-rolling/") + id));
  }
  CHECK_THAT(result.output, Contains("6 exercises of "));
}

TEST_CASE("motus-cli exercises filters by words as well as facets") {
  const Sandbox sandbox;
  CommandResult result = sandbox.cli("exercises snow ang");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("foam-rolling/snow-angel") && Contains("1 exercise of "));
  result = sandbox.cli("exercises --search=roll --region shoulder --position kneeling");
  CHECK_THAT(result.output, Contains("foam-rolling/lat-roll") && Contains("1 exercise of "));
  result = sandbox.cli("exercises --equipment chair --plugin foam-rolling");
  CHECK_THAT(result.output, Contains("0 exercises of "));
}

TEST_CASE("motus-cli exercise show prints one exercise in full") {
  const Sandbox sandbox;
  const CommandResult result = sandbox.cli("exercise show foam-rolling/thoracic-pivot");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("Upper-back arch over a foam roller"));
  CHECK_THAT(result.output, Contains("Purpose:") && Contains("Body regions: Upper and mid back"));
  CHECK_THAT(result.output, Contains("Dosage:       Do this 10 to 15 times. Do this 1 to 4 times a day. Each session "
                                     "takes about 10 to 15 minutes."));
  CHECK_THAT(result.output, Contains("Steps:\n  1. Lie face up with the foam roller"));
  CHECK_THAT(result.output, Contains("Cues:") && Contains("Precautions:"));
  CHECK_THAT(result.output, Contains("Avoid   Osteoporosis or low bone density:"));
  CHECK_THAT(result.output, Contains("Harder: Upper-back roll (foam-rolling/mid-back-roll)"));
  CHECK_THAT(result.output, Contains("Easier: Breathing over a foam roller (foam-rolling/lying-breathing)"));
}

TEST_CASE("motus-cli exercise show with an unknown id says how to find the ids") {
  const Sandbox sandbox;
  const CommandResult result = sandbox.cli("exercise show foam-rolling/handstand");
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output,
             Contains("No exercise has the id 'foam-rolling/handstand'") && Contains("motus-cli exercises"));
}

TEST_CASE("motus-cli plugins shows every plugin with its state and reason, whatever the plugins do") {
  const Sandbox sandbox;
  // Every fixture at once: crashes, hangs, memory bombs and garbage among them.
  const std::string environment = "MOTUS_PLUGIN_SCAN_TIMEOUT=4 MOTUS_PLUGIN_SCAN_MEMORY_MB=256 MOTUS_PLUGIN_PATH=" +
                                  shellQuoted(kFixtures.string());
  const CommandResult result = sandbox.cli("plugins", environment);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("loaded       foam-rolling 1.0.0 - Foam rolling for the upper and mid back"));
  CHECK_THAT(result.output, Contains("incompatible fixture_newer_major.so"));
  CHECK_THAT(result.output, Contains("failed       fixture_factory_throws.so"));
  CHECK_THAT(result.output, Contains("The plugin failed while starting: the fixture could not find its data file"));
  CHECK_THAT(result.output, Contains("invalid      fixture-unknown-condition 1.0.0"));
  CHECK_THAT(result.output, Contains("failed       fixture_crash_in_exercises.so"));
  CHECK_THAT(result.output, Contains("The plugin crashed while describing its exercises"));
  CHECK_THAT(result.output, Contains("The plugin did not answer within 4 s"));
  CHECK_THAT(result.output, Contains("The plugin used more than 256 MiB of memory"));
  CHECK_THAT(result.output, Contains("sent a description larger than 64 MiB"));
  // 6 sound fixtures (one scribbles, two fork, one lists its descriptors) and the 7 built-in.
  CHECK_THAT(result.output, Contains("13 of 43 plugins loaded"));

  // The second start reads the index the first one wrote, and says the same.
  CHECK(fs::exists(sandbox.root() / "home" / ".cache" / "motus" / "plugin-index.json"));
  const CommandResult again = sandbox.cli("plugins", environment);
  CHECK(again.output == result.output);
  const CommandResult rescanned = sandbox.cli("plugins --rescan", environment);
  CHECK(rescanned.output == result.output);
}

TEST_CASE("Neither motus nor motus-cli can open a plugin library themselves: only the scanner can") {
  // dlopen would be among a program's undefined dynamic symbols if its own code could call it.
  for (const char* program : {MOTUS_CLI, MOTUS_WINDOW}) {
    INFO(program);
    const CommandResult symbols = runCommand("nm -D --undefined-only " + shellQuoted(program));
    REQUIRE(symbols.exit_code == 0);
    CHECK_THAT(symbols.output, !Contains("dlopen"));
  }
  const CommandResult scanner = runCommand(std::string("nm -D --undefined-only ") + shellQuoted(MOTUS_SCANNER));
  CHECK_THAT(scanner.output, Contains("dlopen"));  // the check itself can see a dlopen
}

TEST_CASE("motus-cli started with stdin and stderr closed still hears its plugins") {
  // The scanner's pipe would otherwise take descriptor 0 or 2, which the scanner's /dev/null replaces.
  const Sandbox sandbox;
  const CommandResult result =
      sandbox.cli("plugins 0<&- 2>&-", "MOTUS_PLUGIN_PATH=" + shellQuoted((kFixtures / "fixture_good.so").string()));
  CHECK_THAT(result.output, Contains("loaded       fixture-good 1.0.0") && Contains("8 of 8 plugins loaded"));
}

TEST_CASE("Plugins are found in the user's folder and in MOTUS_PLUGIN_PATH") {
  const Sandbox sandbox;
  const fs::path xdg = sandbox.root() / "xdg";
  fs::create_directories(xdg / "motus" / "plugins");
  fs::copy_file(kFixtures / "fixture_good.so", xdg / "motus" / "plugins" / "fixture_good.so");
  const fs::path extra = sandbox.root() / "extra";
  fs::create_directories(extra);
  fs::copy_file(kFixtures / "fixture_second_good.so", extra / "fixture_second_good.so");

  SECTION("XDG_DATA_HOME") {
    const CommandResult result = sandbox.cli("plugins", "XDG_DATA_HOME=" + shellQuoted(xdg.string()));
    CHECK_THAT(result.output, Contains("loaded       fixture-good 1.0.0") && Contains("8 of 8 plugins loaded"));
  }
  SECTION("~/.local/share when XDG_DATA_HOME is not set") {
    fs::create_directories(sandbox.root() / "home" / ".local");
    fs::rename(xdg, sandbox.root() / "home" / ".local" / "share");
    const CommandResult result = sandbox.cli("plugins");
    CHECK_THAT(result.output, Contains("loaded       fixture-good 1.0.0") && Contains("8 of 8 plugins loaded"));
  }
  SECTION("MOTUS_PLUGIN_PATH with several entries, a file among them") {
    const std::string path = extra.string() + ":" + (kFixtures / "fixture_good.so").string();
    const CommandResult result = sandbox.cli("exercises", "MOTUS_PLUGIN_PATH=" + shellQuoted(path));
    CHECK_THAT(result.output, Contains("fixture-second/basic") && Contains("fixture-good/basic"));
  }
  SECTION("--plugin-path") {
    const CommandResult result =
        sandbox.cli("exercises --plugin fixture-second --plugin-path " + shellQuoted(extra.string()));
    CHECK_THAT(result.output, Contains("2 exercises of "));
  }
}

TEST_CASE("motus-cli plugin check passes a sound plugin and lists every problem of a broken one") {
  const Sandbox sandbox;
  CommandResult result = sandbox.cli("plugin check " + shellQuoted((kFixtures / "fixture_good.so").string()));
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("OK: fixture-good 1.0.0") && Contains("2 exercises, 1 education topic,"));

  result = sandbox.cli("plugin check " + shellQuoted((kFixtures / "fixture_invalid_dosage.so").string()));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Contains("invalid: fixture-invalid-dosage 1.0.0"));
  CHECK_THAT(result.output, Contains("- plugin 'fixture-invalid-dosage', exercise 'harder': default dosage: reps: the "
                                     "range 15 to 10 is inverted"));
  CHECK_THAT(result.output, Contains("1 problem"));

  result = sandbox.cli("plugin check " + shellQuoted((kFixtures / "truncated.so").string()));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Contains("failed: truncated.so") && Contains("The library is truncated"));
}

TEST_CASE("motus-cli answers --help and --version, and says what to do on a wrong command line") {
  const Sandbox sandbox;
  CommandResult result = sandbox.cli("--help");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("plugin check FILE") && Contains("thoracic"));
  CHECK_THAT(sandbox.cli("exercises --help").output, Contains("-r, --region=CODE"));
  result = sandbox.cli("--version");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("motus-cli 0.") && Contains("(plugin API 2.1)"));

  result = sandbox.cli("exercises --colour blue");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output,
             Contains("'motus-cli exercises' does not take --colour") && Contains("motus-cli exercises --help"));
  result = sandbox.cli("exercises --region thorax");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("Unknown region 'thorax'. Use one of: neck, thoracic"));
  result = sandbox.cli("exercise delete foam-rolling/lat-roll");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("Unknown command 'exercise delete foam-rolling/lat-roll'"));
  result = sandbox.cli("exercise show");
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("Usage: motus-cli exercise show ID"));
}

TEST_CASE("motus-cli vocabulary lists every code with its label, grouped by vocabulary") {
  const Sandbox sandbox;
  const CommandResult result = sandbox.cli("vocabulary");
  CHECK(result.exit_code == 0);
  struct Group {
    const char* heading;
    std::span<const motus::sdk::Term> terms;
  };
  const std::array groups{Group{"Conditions (", motus::sdk::kConditions},
                          Group{"Body regions (", motus::sdk::kBodyRegions},
                          Group{"Equipment (", motus::sdk::kEquipment}, Group{"Positions (", motus::sdk::kPositions},
                          Group{"Goals (", motus::sdk::kGoals}};
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const std::size_t begin = result.output.find(groups[i].heading);
    REQUIRE(begin != std::string::npos);
    const std::size_t end = i + 1 < groups.size() ? result.output.find(groups[i + 1].heading) : result.output.size();
    REQUIRE(end != std::string::npos);
    REQUIRE(begin < end);  // the groups come in this order
    const std::string section = result.output.substr(begin, end - begin);
    INFO(section);
    CHECK_THAT(section, Contains(std::to_string(groups[i].terms.size()) + " codes"));
    for (const motus::sdk::Term& term : groups[i].terms) {
      // "  fall-risk              High risk of falling": the code, then its label on the same line.
      const std::size_t at = section.find("\n  " + std::string(term.code) + " ");
      REQUIRE(at != std::string::npos);
      const std::size_t line_end = section.find('\n', at + 1);
      CHECK(section.substr(at + 1, line_end - at - 1).ends_with(" " + std::string(term.label)));
    }
  }
  CHECK_THAT(result.output, Contains("  trauma-not-cleared") && Contains("Recent injury not yet checked for fracture"));

  const CommandResult goals = sandbox.cli("vocabulary goals");
  CHECK(goals.exit_code == 0);
  CHECK_THAT(goals.output,
             Contains("Goals (" + std::to_string(motus::sdk::kGoals.size()) + " codes, in C++ motus::sdk::goal):") &&
                 Contains("  posture"));
  CHECK_THAT(goals.output, !Contains("Conditions"));
  const CommandResult unknown = sandbox.cli("vocabulary colours");
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Contains("Unknown vocabulary 'colours'"));
  CHECK_THAT(sandbox.cli("--help").output, Contains("vocabulary [NAME]"));
}
