// The plugin host against real shared objects: the built-in plugins and the broken fixtures the
// test tree builds, each described by the real motus-plugin-scan in a process of its own.
#include "../support/temp_folder.hpp"

#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>

#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace motus;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = MOTUS_FIXTURE_DIR;
const fs::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer a crash is reported by the sanitizer, which then aborts: the signal differs.
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

const core::PluginRecord& recordFor(const core::PluginHost& host, const std::string& file) {
  for (const core::PluginRecord& record : host.plugins()) {
    if (record.path.filename() == file) return record;
  }
  FAIL("no record for " << file);
  throw std::logic_error("unreachable");
}

// Short limits, so the hanging and hungry fixtures cost the suite little.
core::PluginHostOptions quickOptions(fs::path index = {}) {
  core::PluginHostOptions options;
  options.limits.timeout = std::chrono::milliseconds(4000);
  options.limits.memory_bytes = std::uint64_t{256} << 20;
  options.index_file = std::move(index);
  return options;
}

struct Expected {
  const char* file;
  core::PluginState state;
  const char* reason;  // a part of the reason the therapist reads
};

const std::vector<Expected> kExpected{
    {"fixture_good.so", core::PluginState::loaded, ""},
    {"fixture_second_good.so", core::PluginState::loaded, ""},
    {"fixture_scribble.so", core::PluginState::loaded, ""},
    {"fixture_lingering_child.so", core::PluginState::loaded, ""},
    {"fixture_escaping_child.so", core::PluginState::loaded, ""},
    {"fixture_descriptors.so", core::PluginState::loaded, ""},
    {"foam_rolling.so", core::PluginState::loaded, ""},
    {"not_a_library.so", core::PluginState::failed, "not a shared library"},
    {"truncated.so", core::PluginState::failed, "The library is truncated"},
    {"fixture_no_describe.so", core::PluginState::failed, "does not export 'motus_plugin_describe'"},
    {"fixture_no_version.so", core::PluginState::failed, "does not export 'motus_plugin_api_version'"},
    {"fixture_null_document.so", core::PluginState::failed, "describe function returned nothing"},
    {"fixture_newer_major.so", core::PluginState::incompatible, "Built for plugin API 3.0"},
    {"fixture_newer_minor.so", core::PluginState::incompatible, "newer than this Motus"},
    {"fixture_factory_throws.so", core::PluginState::failed,
     "failed while starting: the fixture could not find its data file"},
    {"fixture_exercises_throw.so", core::PluginState::failed,
     "failed while listing its exercises: exercise list is corrupt"},
    {"fixture_duplicate_ids.so", core::PluginState::invalid,
     "plugin 'fixture-duplicate-ids', exercise 'basic': exercises 1 ('Head turn') and 2 ('Head turn with hold') "
     "share the id 'basic'; give each its own id"},
    {"fixture_same_global_id.so", core::PluginState::invalid, "Another plugin with the id 'fixture-good'"},
    {"fixture_unknown_condition.so", core::PluginState::invalid,
     "plugin 'fixture-unknown-condition', exercise 'harder': safety rule 2: unknown condition code 'osteoporsis'; "
     "did you mean 'osteoporosis'?"},
    {"fixture_invalid_dosage.so", core::PluginState::invalid, "reps: the range 15 to 10 is inverted"},
    {"fixture_invalid_utf8.so", core::PluginState::invalid, "the name is not valid UTF-8"},
    {"fixture_bad_svg.so", core::PluginState::invalid, "the start picture: the SVG is not well-formed"},
    {"fixture_script_svg.so", core::PluginState::invalid, "<script>"},
    {"fixture_crash_in_static.so", core::PluginState::failed, "crashed as it was opened, in its start-up code"},
    {"fixture_crash_in_info.so", core::PluginState::failed, "crashed while describing its exercises"},
    {"fixture_crash_in_exercises.so", core::PluginState::failed, "crashed while describing its exercises"},
    {"fixture_crash_in_education.so", core::PluginState::failed, "crashed while describing its exercises"},
    {"fixture_abort_in_info.so", core::PluginState::failed, "crashed while describing its exercises (it aborted)"},
    {"fixture_exit_in_static.so", core::PluginState::failed,
     "stopped Motus's scanner as it was opened, in its start-up code (exit code 3)"},
    {"fixture_exit_in_info.so", core::PluginState::failed,
     "stopped Motus's scanner while describing its exercises (exit code 0)"},
    {"fixture_loop_in_info.so", core::PluginState::failed,
     "did not answer within 4 s; it hung while describing its exercises"},
    {"fixture_memory_bomb.so", core::PluginState::failed, "used more than 256 MiB of memory"},
    {"fixture_not_json.so", core::PluginState::failed, "is not valid JSON"},
    {"fixture_truncated_document.so", core::PluginState::failed, "is not valid JSON"},
    {"fixture_huge_document.so", core::PluginState::failed, "larger than 64 MiB"},
    {"fixture_wrong_shape.so", core::PluginState::failed, "not in the form Motus reads: exercises must be a list"},
    {"fixture_too_many_exercises.so", core::PluginState::failed,
     "exercises has 1000000 entries, more than the 20000 Motus reads"},
};

void checkEveryFixture(const core::PluginHost& host) {
  CHECK(host.plugins().size() == kExpected.size());
  for (const Expected& e : kExpected) {
    INFO(e.file);
    const core::PluginRecord& record = recordFor(host, e.file);
    CHECK(record.state == e.state);
    if (e.state == core::PluginState::loaded) {
      CHECK(record.reason.empty());
      CHECK_FALSE(record.exercises.empty());
    } else {
      CHECK_THAT(record.reason, Contains(e.reason));
      CHECK(record.exercises.empty());  // nothing from a bad plugin reaches the catalog
    }
  }
}

bool processGone(pid_t pid) {
  if (::kill(pid, 0) != 0) return true;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string skip;
  std::string state;
  stat >> skip >> skip >> state;
  return state == "Z";  // killed, waiting only for init to reap it
}

}  // namespace

TEST_CASE("Plugins that crash, hang, eat memory or send garbage are reported one by one while the good ones load") {
  core::PluginHost host(quickOptions());
  host.load({kFixtures, kBuiltin / "foam_rolling.so"});
  checkEveryFixture(host);

  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  CHECK(catalog.size() == 2 + 2 + 1 + 1 + 1 + 1 + 6);
  CHECK(catalog.find("fixture-good/basic") != nullptr);
  CHECK(catalog.find("foam-rolling/snow-angel") != nullptr);

  // A crash names its signal.
  if (!kSanitized) {
    CHECK_THAT(recordFor(host, "fixture_crash_in_info.so").reason, Contains("(segmentation fault)"));
    CHECK_THAT(recordFor(host, "fixture_crash_in_static.so").reason, Contains("(segmentation fault)"));
  }
  // A child the plugin left behind does not outlive its scan.
  for (const char* file : {"fixture_lingering_child.so", "fixture_escaping_child.so"}) {
    INFO(file);
    const std::string child = recordFor(host, file).info.description;
    REQUIRE(child.rfind("child ", 0) == 0);
    CHECK(processGone(std::stoi(child.substr(6))));  // even one that left the group (setsid)
  }
  // The plugin's process inherits no descriptor but its pipe: 0, 1 and 2 lead to /dev/null, and the
  // pipe sits high, out of the way of code that scribbles. This test's own descriptors stay out.
  const std::string open = recordFor(host, "fixture_descriptors.so").info.description;
  INFO(open);
  CHECK(open.rfind("open: 0 1 2 ", 0) == 0);
  CHECK(std::count(open.begin(), open.end(), ' ') == 4);
}

TEST_CASE("An incompatible plugin's version is read without running its code") {
  // The newer-API fixtures abort() in their describe function: a crash would show in the reason.
  core::PluginHost host;
  const core::PluginRecord& major = host.loadFile(kFixtures / "fixture_newer_major.so");
  REQUIRE(major.api_version.has_value());
  CHECK(major.api_version->major == MOTUS_SDK_API_MAJOR + 1);
  CHECK(major.info.id.empty());
  CHECK(major.state == core::PluginState::incompatible);
  const core::PluginRecord& minor = host.loadFile(kFixtures / "fixture_newer_minor.so");
  CHECK(minor.state == core::PluginState::incompatible);
  CHECK_THAT(minor.reason, Contains("Update Motus, or install an older version of the plugin"));
}

TEST_CASE("Plugin API compatibility: same major, plugin minor not above the host's") {
  CHECK(core::isCompatible({2, 0}, {2, 0}));
  CHECK(core::isCompatible({2, 0}, {2, 3}));  // older plugins keep working after a minor release
  CHECK_FALSE(core::isCompatible({2, 4}, {2, 3}));
  CHECK_FALSE(core::isCompatible({1, 0}, {2, 3}));  // API 1.x passed C++ objects: never loaded
  CHECK_FALSE(core::isCompatible({3, 0}, {2, 3}));
}

TEST_CASE("Every validation problem is kept for the plugin author") {
  core::PluginHost host;
  const core::PluginRecord& record = host.loadFile(kFixtures / "fixture_unknown_condition.so");
  REQUIRE(record.problems.size() == 1);
  CHECK(record.problems[0].exercise_id == "harder");
  CHECK(record.info.id == "fixture-unknown-condition");
}

TEST_CASE("Loading the same file twice through two routes keeps one copy") {
  core::PluginHost host;
  host.load({kBuiltin, kBuiltin / "foam_rolling.so", kBuiltin / ".." / "plugins"});
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kBuiltin)) files += entry.path().extension() == ".so";
  CHECK(files >= 7);
  CHECK(host.plugins().size() == files);
  for (const core::PluginRecord& record : host.plugins()) CHECK(record.state == core::PluginState::loaded);
}

TEST_CASE("Missing folders and files are skipped quietly") {
  core::PluginHost host;
  host.load({kFixtures / "no-such-folder", kFixtures / "no-such-plugin.so"});
  CHECK(host.plugins().empty());
  const core::PluginRecord& record = host.loadFile(kFixtures / "no-such-plugin.so");
  CHECK(record.state == core::PluginState::failed);
  CHECK_THAT(record.reason, Contains("does not exist"));
}

TEST_CASE("A missing scanner is reported for each plugin, not thrown") {
  core::PluginHostOptions options;
  options.scanner = kFixtures / "no-such-scanner";
  core::PluginHost host(options);
  const core::PluginRecord& record = host.loadFile(kBuiltin / "foam_rolling.so");
  CHECK(record.state == core::PluginState::failed);
  CHECK_THAT(record.reason, Contains("could not start its plugin scanner"));
}

TEST_CASE("Each scan is timed") {
  core::PluginHost host;
  const core::PluginRecord& record = host.loadFile(kBuiltin / "foam_rolling.so");
  CHECK(record.load_time.count() > 0);
  CHECK_FALSE(record.from_index);
}

// An index written by one scan of every fixture, made once for all the sections below.
const fs::path& seededIndex() {
  static const test::TempFolder folder;
  static const fs::path index = [] {
    const fs::path file = folder.path() / "seed.json";
    core::PluginHost first(quickOptions(file));
    first.load({kFixtures, kBuiltin / "foam_rolling.so"});
    for (const core::PluginRecord& record : first.plugins()) CHECK_FALSE(record.from_index);
    return file;
  }();
  return index;
}

TEST_CASE("The plugin index: unchanged files start no scanner, and a bad plugin costs its time once") {
  const test::TempFolder folder;
  const fs::path index = folder.path() / "cache" / "plugin-index.json";
  fs::create_directories(index.parent_path());
  REQUIRE(fs::exists(seededIndex()));
  fs::copy_file(seededIndex(), index);

  SECTION("a second start reads every result, crashes and hangs included, from the index") {
    core::PluginHost second(quickOptions(index));
    const auto started = std::chrono::steady_clock::now();
    const std::vector<core::PendingScan> pending = second.discover({kFixtures, kBuiltin / "foam_rolling.so"});
    const auto took = std::chrono::steady_clock::now() - started;
    CHECK(pending.empty());
    for (const core::PluginRecord& record : second.plugins()) CHECK(record.from_index);
    checkEveryFixture(second);
    CHECK(took < std::chrono::seconds(4));  // the hanging fixture alone took 4 s to scan
  }
  SECTION("the window's way: only the file list at once, then the index read off its thread") {
    core::PluginHost window(quickOptions(index));
    const std::vector<core::PendingScan> pending =
        window.discover({kFixtures, kBuiltin / "foam_rolling.so"}, false, true);
    REQUIRE(pending.size() == kExpected.size());
    for (const core::PluginRecord& record : window.plugins()) CHECK(record.state == core::PluginState::scanning);
    const auto started = std::chrono::steady_clock::now();
    window.complete(core::PluginHost::scan(pending, window.options()));
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(4));  // no hang waited for again
    for (const core::PluginRecord& record : window.plugins()) CHECK(record.from_index);
    checkEveryFixture(window);
  }
  SECTION("an index written under other limits is not used: a time-out there proves nothing here") {
    core::PluginHostOptions other = quickOptions(index);
    other.limits.timeout = std::chrono::milliseconds(9000);
    core::PluginHost host(other);
    CHECK(host.discover({kBuiltin / "foam_rolling.so"}).size() == 1);
  }
  SECTION("a file whose name is not UTF-8 is scanned every time, and the index still works for the others") {
    const fs::path odd_folder = folder.path() / "odd";
    fs::create_directories(odd_folder);
    fs::copy_file(kFixtures / "fixture_good.so", odd_folder / "bad\xFFname.so");
    fs::copy_file(kFixtures / "fixture_second_good.so", odd_folder / "second.so");
    core::PluginHost first_start(quickOptions(index));
    first_start.load({odd_folder});
    core::PluginHost second_start(quickOptions(index));
    const auto pending = second_start.discover({odd_folder});
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].path.filename() == "bad\xFFname.so");
    CHECK(recordFor(second_start, "second.so").from_index);
  }
  SECTION("rescan asks every scanner again") {
    core::PluginHost again(quickOptions(index));
    CHECK(again.discover({kBuiltin / "foam_rolling.so"}, true).size() == 1);
  }
  SECTION("a changed file is scanned again; a file only touched is not") {
    const fs::path copy_folder = folder.path() / "plugins";
    fs::create_directories(copy_folder);
    fs::copy_file(kFixtures / "fixture_good.so", copy_folder / "mine.so");
    core::PluginHost before(quickOptions(index));
    before.load({copy_folder});
    REQUIRE(recordFor(before, "mine.so").state == core::PluginState::loaded);

    fs::last_write_time(copy_folder / "mine.so", fs::file_time_type::clock::now() + std::chrono::hours(1));
    core::PluginHost touched(quickOptions(index));
    CHECK(touched.discover({copy_folder}).empty());  // same content hash
    CHECK(recordFor(touched, "mine.so").state == core::PluginState::loaded);

    fs::copy_file(kFixtures / "fixture_crash_in_info.so", copy_folder / "mine.so",
                  fs::copy_options::overwrite_existing);
    core::PluginHost changed(quickOptions(index));
    changed.load({copy_folder});
    CHECK_FALSE(recordFor(changed, "mine.so").from_index);
    CHECK_THAT(recordFor(changed, "mine.so").reason, Contains("crashed"));
  }
  SECTION("a damaged or foreign index is discarded and rebuilt") {
    for (const std::string& text : {std::string("{\"format\":\"motus-plugin-index\",\"version\":1,\"entries\":[{"),
                                    std::string("not an index at all \xFF"),
                                    std::string(R"({"format":"someone-else","version":1,"entries":[]})")}) {
      std::ofstream(index, std::ios::trunc) << text;
      core::PluginHost host(quickOptions(index));
      const std::vector<core::PendingScan> pending = host.discover({kBuiltin / "foam_rolling.so"});
      CHECK(pending.size() == 1);
      host.complete(core::PluginHost::scan(pending, host.options()));
      CHECK(recordFor(host, "foam_rolling.so").state == core::PluginState::loaded);
    }
    core::PluginHost rebuilt(quickOptions(index));
    CHECK(rebuilt.discover({kBuiltin / "foam_rolling.so"}).empty());
  }
  SECTION("an entry altered by hand is validated like a fresh answer") {
    std::ostringstream read;
    read << std::ifstream(index).rdbuf();
    std::string text = read.str();
    const auto at = text.find("Snow angel");
    REQUIRE(at != std::string::npos);
    text.replace(at, 10, "Snow \\\\u001b[2J angel");
    std::ofstream(index, std::ios::trunc) << text;
    core::PluginHost host(quickOptions(index));
    host.discover({kBuiltin / "foam_rolling.so"});
    CHECK(recordFor(host, "foam_rolling.so").state == core::PluginState::invalid);
    CHECK_THAT(recordFor(host, "foam_rolling.so").reason, Contains("control character"));
  }
}

TEST_CASE("While plugins are scanned they say so, and their exercises arrive when they answer") {
  core::PluginHost host;
  const std::vector<core::PendingScan> pending = host.discover({kBuiltin});
  REQUIRE(pending.size() == host.plugins().size());
  for (const core::PluginRecord& record : host.plugins()) CHECK(record.state == core::PluginState::scanning);
  CHECK(core::Catalog::fromPlugins(host.plugins()).size() == 0);

  std::vector<core::ScannedPlugin> scanned;
  std::thread worker([&] { scanned = core::PluginHost::scan(pending, host.options()); });
  worker.join();
  host.complete(std::move(scanned));
  for (const core::PluginRecord& record : host.plugins()) CHECK(record.state == core::PluginState::loaded);
  CHECK(core::Catalog::fromPlugins(host.plugins()).size() >= 67);
}

TEST_CASE("The first plugin with an id wins, whichever answers first") {
  core::PluginHost host;
  // fixture_same_global_id has the id of fixture_good and comes second in this order.
  const auto pending = host.discover({kFixtures / "fixture_good.so", kFixtures / "fixture_same_global_id.so"});
  REQUIRE(pending.size() == 2);
  host.complete(core::PluginHost::scan({pending[1]}, host.options()));
  CHECK(recordFor(host, "fixture_same_global_id.so").state == core::PluginState::loaded);
  host.complete(core::PluginHost::scan({pending[0]}, host.options()));
  CHECK(recordFor(host, "fixture_good.so").state == core::PluginState::loaded);
  CHECK(recordFor(host, "fixture_same_global_id.so").state == core::PluginState::invalid);
}
