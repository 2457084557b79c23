// The plugin host against real shared objects: the built-in plugin and the broken fixtures the
// test tree builds, all loaded together through Boost.DLL.
#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace motus;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = MOTUS_FIXTURE_DIR;
const fs::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

const core::PluginRecord& recordFor(const core::PluginHost& host, const std::string& file) {
  for (const core::PluginRecord& record : host.plugins()) {
    if (record.path.filename() == file) return record;
  }
  FAIL("no record for " << file);
  throw std::logic_error("unreachable");
}

struct Expected {
  const char* file;
  core::PluginState state;
  const char* reason;  // a part of the reason the therapist reads
};

}  // namespace

TEST_CASE("Broken plugins are reported one by one while the good ones load") {
  core::PluginHost host;
  host.load({kFixtures, kBuiltin / "foam_rolling.so"});

  const std::vector<Expected> expected{
      {"fixture_good.so", core::PluginState::loaded, ""},
      {"fixture_second_good.so", core::PluginState::loaded, ""},
      {"foam_rolling.so", core::PluginState::loaded, ""},
      {"not_a_library.so", core::PluginState::failed, "not a shared library"},
      {"truncated.so", core::PluginState::failed, "The library is truncated"},
      {"fixture_no_factory.so", core::PluginState::failed, "does not export 'motus_plugin_create'"},
      {"fixture_no_version.so", core::PluginState::failed, "does not export 'motus_plugin_api_version'"},
      {"fixture_null_factory.so", core::PluginState::failed, "factory returned nothing"},
      {"fixture_newer_major.so", core::PluginState::incompatible, "Built for plugin API 2.0"},
      {"fixture_newer_minor.so", core::PluginState::incompatible, "newer than this Motus"},
      {"fixture_factory_throws.so", core::PluginState::failed,
       "failed while starting: the fixture could not find its data file"},
      {"fixture_exercises_throw.so", core::PluginState::failed,
       "failed while listing its exercises: exercise list is corrupt"},
      {"fixture_duplicate_ids.so", core::PluginState::invalid,
       "plugin 'fixture-duplicate-ids', exercise 'basic': the id is used by more than one exercise"},
      {"fixture_same_global_id.so", core::PluginState::invalid, "Another plugin with the id 'fixture-good'"},
      {"fixture_unknown_condition.so", core::PluginState::invalid,
       "plugin 'fixture-unknown-condition', exercise 'harder': unknown condition code 'osteoporsis'"},
      {"fixture_invalid_dosage.so", core::PluginState::invalid, "reps: the range 15 to 10 is inverted"},
      {"fixture_invalid_utf8.so", core::PluginState::invalid, "the name is not valid UTF-8"},
      {"fixture_bad_svg.so", core::PluginState::invalid, "the start picture: the SVG is not well-formed"},
      {"fixture_script_svg.so", core::PluginState::invalid, "<script>"},
  };
  CHECK(host.plugins().size() == expected.size());
  for (const Expected& e : expected) {
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

  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  CHECK(catalog.size() == 2 + 2 + 6);
  CHECK(catalog.find("fixture-good/basic") != nullptr);
  CHECK(catalog.find("foam-rolling/snow-angel") != nullptr);
}

TEST_CASE("An incompatible plugin's version is read without running its code") {
  // The newer-API fixtures abort() in their factory: reaching this line proves it was never called.
  core::PluginHost host;
  const core::PluginRecord& major = host.loadFile(kFixtures / "fixture_newer_major.so");
  REQUIRE(major.api_version.has_value());
  CHECK(major.api_version->major == MOTUS_SDK_API_MAJOR + 1);
  CHECK(major.info.id.empty());
  const core::PluginRecord& minor = host.loadFile(kFixtures / "fixture_newer_minor.so");
  CHECK(minor.state == core::PluginState::incompatible);
  CHECK_THAT(minor.reason, Contains("Update Motus, or install an older version of the plugin"));
}

TEST_CASE("Plugin API compatibility: same major, plugin minor not above the host's") {
  CHECK(core::isCompatible({1, 0}, {1, 0}));
  CHECK(core::isCompatible({1, 0}, {1, 3}));  // older plugins keep working after a minor release
  CHECK_FALSE(core::isCompatible({1, 4}, {1, 3}));
  CHECK_FALSE(core::isCompatible({2, 0}, {1, 3}));
  CHECK_FALSE(core::isCompatible({0, 9}, {1, 3}));
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
}

TEST_CASE("Missing folders and files are skipped quietly") {
  core::PluginHost host;
  host.load({kFixtures / "no-such-folder", kFixtures / "no-such-plugin.so"});
  CHECK(host.plugins().empty());
  const core::PluginRecord& record = host.loadFile(kFixtures / "no-such-plugin.so");
  CHECK(record.state == core::PluginState::failed);
  CHECK_THAT(record.reason, Contains("does not exist"));
}

TEST_CASE("Plugin data stays usable after the host and its libraries are gone") {
  core::Catalog catalog;
  {
    core::PluginHost host;
    host.load({kBuiltin});
    catalog = core::Catalog::fromPlugins(host.plugins());
  }
  REQUIRE(catalog.find("foam-rolling/lat-roll") != nullptr);
  CHECK(catalog.find("foam-rolling/lat-roll")->spec.name == "Side-of-back roll");
}

TEST_CASE("Each load is timed") {
  core::PluginHost host;
  const core::PluginRecord& record = host.loadFile(kBuiltin / "foam_rolling.so");
  CHECK(record.load_time.count() > 0);
}
