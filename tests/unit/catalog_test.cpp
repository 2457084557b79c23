#include "spec_builders.hpp"

#include <motus/core/catalog.hpp>

#include <catch2/catch.hpp>

using namespace motus;

namespace {

core::CatalogEntry entry(const std::string& plugin, sdk::ExerciseSpec spec) {
  core::CatalogEntry e;
  e.plugin_id = plugin;
  e.plugin_name = plugin;
  e.global_id = plugin + "/" + spec.id;
  e.spec = std::move(spec);
  return e;
}

core::Catalog sampleCatalog() {
  sdk::ExerciseSpec snow = test::validSpec("snow-angel", "Snow angels on a long roller");
  snow.body_regions = {"shoulder", "thoracic"};
  snow.equipment = {"foam-roller"};
  snow.positions = {"on-back"};
  snow.purpose = "Open the chest.";
  snow.steps = {"Lie on the roller.", "Slide your arms up."};

  sdk::ExerciseSpec pivot = test::validSpec("thoracic-pivot", "Upper-back arch over a foam roller");
  pivot.body_regions = {"thoracic"};
  pivot.equipment = {"foam-roller"};
  pivot.positions = {"on-back"};
  pivot.tags = {"extension"};
  pivot.steps = {"Lie on the roller.", "Bend back over it, like a snow angel would not."};

  sdk::ExerciseSpec tuck = test::validSpec("chin-tuck", "Chin tuck");
  tuck.purpose = "Ease strain on the neck, épaule-free.";
  tuck.difficulty = sdk::Difficulty::beginner;

  sdk::ExerciseSpec squat = test::validSpec("squat", "Sit to stand");
  squat.body_regions = {"hip", "knee"};
  squat.equipment = {"chair"};
  squat.positions = {"sitting", "standing"};
  squat.goals = {"strength"};
  squat.difficulty = sdk::Difficulty::intermediate;

  return core::Catalog({entry("foam", snow), entry("foam", pivot), entry("neck", tuck), entry("legs", squat)});
}

std::vector<std::string> ids(const std::vector<const core::CatalogEntry*>& results) {
  std::vector<std::string> list;
  list.reserve(results.size());
  for (const core::CatalogEntry* e : results) list.push_back(e->global_id);
  return list;
}

core::CatalogQuery text(std::string words) {
  core::CatalogQuery query;
  query.text = std::move(words);
  return query;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("With no text and no filter, every exercise is listed by name") {
  CHECK(ids(sampleCatalog().search({})) ==
        Ids{"neck/chin-tuck", "legs/squat", "foam/snow-angel", "foam/thoracic-pivot"});
}

TEST_CASE("Each typed word matches as a prefix, so results narrow as the therapist types") {
  const core::Catalog catalog = sampleCatalog();
  CHECK(ids(catalog.search(text("s"))).size() == 4);  // every entry has a word starting with "s"
  CHECK(ids(catalog.search(text("sn"))) == Ids{"foam/snow-angel", "foam/thoracic-pivot"});
  CHECK(ids(catalog.search(text("snow an"))) == Ids{"foam/snow-angel", "foam/thoracic-pivot"});
  CHECK(ids(catalog.search(text("snow ang roller"))) == Ids{"foam/snow-angel", "foam/thoracic-pivot"});
  CHECK(ids(catalog.search(text("snow zebra"))).empty());
}

TEST_CASE("A word in the name ranks above the same word in the steps") {
  // "snow" is in the snow angel's name and only in the pivot's steps.
  CHECK(ids(sampleCatalog().search(text("snow"))).front() == "foam/snow-angel");
}

TEST_CASE("Tags and purpose are searched, ignoring case and accents") {
  const core::Catalog catalog = sampleCatalog();
  CHECK(ids(catalog.search(text("EXTENSION"))) == Ids{"foam/thoracic-pivot"});
  CHECK(ids(catalog.search(text("epaule"))) == Ids{"neck/chin-tuck"});
  CHECK(ids(catalog.search(text("ÉPAULE"))) == Ids{"neck/chin-tuck"});
}

TEST_CASE("Facets: any code within a facet, all facets together") {
  const core::Catalog catalog = sampleCatalog();
  core::CatalogQuery query;
  query.regions = {"thoracic"};
  CHECK(ids(catalog.search(query)) == Ids{"foam/snow-angel", "foam/thoracic-pivot"});
  query.regions = {"thoracic", "knee"};
  CHECK(ids(catalog.search(query)) == Ids{"legs/squat", "foam/snow-angel", "foam/thoracic-pivot"});
  query.equipment = {"chair"};
  CHECK(ids(catalog.search(query)) == Ids{"legs/squat"});
  query = {};
  query.plugins = {"neck"};
  CHECK(ids(catalog.search(query)) == Ids{"neck/chin-tuck"});
  query = {};
  query.difficulty = sdk::Difficulty::intermediate;
  query.goals = {"strength"};
  query.positions = {"standing"};
  CHECK(ids(catalog.search(query)) == Ids{"legs/squat"});
  query.text = "arms";
  CHECK(ids(catalog.search(query)).empty());
}

TEST_CASE("Hostile or odd queries find nothing or everything, and never break") {
  const core::Catalog catalog = sampleCatalog();
  CHECK(ids(catalog.search(text("'; DROP TABLE exercises; --"))).empty());
  CHECK(ids(catalog.search(text("\xFF\xFE"))).size() == 4);  // nothing searchable is like no text
  CHECK(ids(catalog.search(text(std::string(10000, 'a')))).empty());
  std::string many;
  for (int i = 0; i < 300; ++i) many += "s ";
  CHECK(ids(catalog.search(text(many))).size() == 4);
}

TEST_CASE("Results come in the same order every time") {
  const core::Catalog catalog = sampleCatalog();
  CHECK(ids(catalog.search(text("roller"))) == ids(catalog.search(text("roller"))));
}

TEST_CASE("Exercises are found by global id, and links become global ids") {
  const core::Catalog catalog = sampleCatalog();
  REQUIRE(catalog.find("foam/snow-angel") != nullptr);
  CHECK(catalog.find("foam/snow-angel")->spec.name == "Snow angels on a long roller");
  CHECK(catalog.find("snow-angel") == nullptr);
  CHECK(core::globalExerciseId("foam", "snow-angel") == "foam/snow-angel");
  CHECK(core::globalExerciseId("foam", "other/x") == "other/x");
}

TEST_CASE("'Suitable for this patient' says how many it hid, and for which condition") {
  std::vector<core::CatalogEntry> entries;
  sdk::ExerciseSpec spine = test::validSpec("spine-roll", "Foam roll the spine");
  spine.safety = {{"osteoporosis", sdk::Severity::avoid, "Presses on the spine.", ""}};
  sdk::ExerciseSpec lat = test::validSpec("lat-roll", "Foam roll the side");
  lat.safety = {{"osteoporosis", sdk::Severity::avoid, "Presses on the ribs.", ""},
                {"shoulder-instability", sdk::Severity::avoid, "Arm overhead.", ""}};
  sdk::ExerciseSpec calf = test::validSpec("calf-roll", "Foam roll the calf");
  calf.safety = {{"osteoporosis", sdk::Severity::caution, "Getting down to the floor.", ""}};
  sdk::ExerciseSpec tuck = test::validSpec("chin-tuck", "Chin tuck");
  const core::Catalog catalog({entry("foam", spine), entry("foam", lat), entry("foam", calf), entry("neck", tuck)});

  core::CatalogQuery query = text("foam");
  query.suitable_for = {"shoulder-instability", "osteoporosis", "vertigo"};
  core::HiddenAsAvoid hidden;
  CHECK(ids(catalog.search(query, &hidden)) == Ids{"foam/calf-roll"});  // a Caution stays listed
  CHECK(hidden.count == 2);
  using Counts = std::vector<std::pair<std::string, std::size_t>>;
  CHECK(hidden.by_condition == Counts{{"shoulder-instability", 1}, {"osteoporosis", 2}});

  query.text = "tuck";  // nothing hidden: the counts start again at nothing
  CHECK(ids(catalog.search(query, &hidden)) == Ids{"neck/chin-tuck"});
  CHECK(hidden.count == 0);
  CHECK(hidden.by_condition.empty());

  query.text = "foam";
  query.suitable_for.clear();  // the box is off: nothing is hidden
  CHECK(catalog.search(query, &hidden).size() == 3);
  CHECK(hidden.count == 0);
}
