// Screening the foam-rolling exercises (the real plugin) against patient profiles. The expected
// findings come from the source article: its six contraindications rule out every exercise on the
// roller; the extra Cautions are ours, from common practice.
#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/records.hpp>
#include <motus/core/screening.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace motus;

namespace {

const std::vector<std::string> kAll{"lying-breathing", "thoracic-pivot", "mid-back-roll",
                                    "chest-opener",    "snow-angel",     "lat-roll"};
const std::vector<std::string> kArmsWide{"chest-opener", "snow-angel"};

struct Profile {
  const char* name;
  std::vector<std::string> conditions;
  std::map<std::string, std::vector<std::string>> avoid;    // condition -> exercises
  std::map<std::string, std::vector<std::string>> caution;  // condition -> exercises
};

std::vector<db::ProgramItem> wholePlugin(const core::Catalog& catalog) {
  std::vector<db::ProgramItem> items;
  for (const std::string& id : kAll) {
    const core::CatalogEntry* entry = catalog.find("foam-rolling/" + id);
    REQUIRE(entry != nullptr);
    items.push_back({core::snapshotOf(*entry), entry->spec.default_dosage, "", "", {}});
  }
  return items;
}

using Pairs = std::set<std::pair<std::string, std::string>>;  // (exercise, condition)

}  // namespace

TEST_CASE("Patient profiles against every foam-rolling exercise give the findings the article calls for") {
  core::PluginHost host;
  host.loadFile(std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / "foam_rolling.so");
  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  const std::vector<db::ProgramItem> items = wholePlugin(catalog);

  const std::vector<Profile> profiles{
      {"no conditions", {}, {}, {}},
      {"osteoporosis", {"osteoporosis"}, {{"osteoporosis", kAll}}, {}},
      {"a car crash, fracture not ruled out", {"trauma-not-cleared"}, {{"trauma-not-cleared", kAll}}, {}},
      {"back muscles in guarding", {"muscle-guarding"}, {{"muscle-guarding", kAll}}, {}},
      {"active cancer in the upper back", {"cancer-at-site"}, {{"cancer-at-site", kAll}}, {}},
      {"sudden arm weakness and shooting pain", {"severe-neuro-symptoms"}, {{"severe-neuro-symptoms", kAll}}, {}},
      {"spine surgery last month", {"recent-surgery"}, {{"recent-surgery", kAll}}, {}},
      {"on blood thinners", {"anticoagulants"}, {}, {{"anticoagulants", kAll}}},
      {"past shoulder dislocation", {"shoulder-instability"}, {}, {{"shoulder-instability", kArmsWide}}},
      {"hypermobile and pregnant",
       {"hypermobility", "pregnancy"},
       {},
       {{"hypermobility", kArmsWide}, {"pregnancy", kAll}}},
      {"older adult: osteoporosis and fall risk",
       {"osteoporosis", "fall-risk"},
       {{"osteoporosis", kAll}},
       {{"fall-risk", kAll}}},
      {"lymphedema (no rule in this plugin)", {"lymphedema"}, {}, {}},
  };

  for (const Profile& profile : profiles) {
    INFO("profile: " << profile.name);
    std::vector<db::PatientCondition> conditions;
    for (const std::string& code : profile.conditions) conditions.push_back({code, "", ""});
    const std::vector<core::Finding> findings = core::screenProgram(conditions, items);

    Pairs avoid;
    Pairs caution;
    for (const core::Finding& finding : findings) {
      const std::string exercise = finding.exercise_id.substr(std::string("foam-rolling/").size());
      (finding.severity == sdk::Severity::avoid ? avoid : caution).insert({exercise, finding.condition});
      CHECK_FALSE(finding.reason.empty());
      CHECK(finding.exercise_name == items[finding.item].exercise.spec.name);
    }
    Pairs expectedAvoid;
    for (const auto& [condition, exercises] : profile.avoid) {
      for (const std::string& exercise : exercises) expectedAvoid.insert({exercise, condition});
    }
    Pairs expectedCaution;
    for (const auto& [condition, exercises] : profile.caution) {
      for (const std::string& exercise : exercises) expectedCaution.insert({exercise, condition});
    }
    CHECK(avoid == expectedAvoid);
    CHECK(caution == expectedCaution);
    CHECK(core::anyBlocking(findings) == !expectedAvoid.empty());
  }
}

TEST_CASE("An override answers the Avoids it was given for, findings follow the program and the conditions") {
  core::PluginHost host;
  host.loadFile(std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / "foam_rolling.so");
  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  std::vector<db::ProgramItem> items = wholePlugin(catalog);
  items.resize(2);
  std::vector<db::PatientCondition> conditions{{"recent-surgery", "", ""}};
  CHECK(core::screenProgram(conditions, items).size() == 2);
  items[0].override_reason = "Surgeon cleared upper-back rolling on 2026-11-20";
  items[0].override_conditions = {"recent-surgery"};
  std::vector<core::Finding> findings = core::screenProgram(conditions, items);
  CHECK_FALSE(findings[0].blocksIssue());
  CHECK(findings[1].blocksIssue());
  items.pop_back();
  CHECK_FALSE(core::anyBlocking(core::screenProgram(conditions, items)));
  conditions.push_back({"osteoporosis", "", ""});  // a new diagnosis: the override was for surgery only
  findings = core::screenProgram(conditions, items);
  REQUIRE(findings.size() == 2);
  for (const core::Finding& finding : findings) {
    INFO(finding.condition);
    CHECK(finding.blocksIssue() == (finding.condition == "osteoporosis"));
  }
  CHECK(core::anyBlocking(findings));
}

TEST_CASE("Suitable for this patient: Avoid exercises are hidden, Caution ones are marked") {
  core::PluginHost host;
  host.loadFile(std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / "foam_rolling.so");
  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  core::CatalogQuery query;
  query.suitable_for = {"shoulder-instability"};
  CHECK(catalog.search(query).size() == 6);
  CHECK(core::suitability(catalog.find("foam-rolling/snow-angel")->spec, query.suitable_for) ==
        core::Suitability::caution);
  CHECK(core::suitability(catalog.find("foam-rolling/lat-roll")->spec, query.suitable_for) ==
        core::Suitability::suitable);
  query.suitable_for = {"shoulder-instability", "osteoporosis"};
  CHECK(catalog.search(query).empty());
  CHECK(core::suitability(catalog.find("foam-rolling/lat-roll")->spec, query.suitable_for) == core::Suitability::avoid);
}

TEST_CASE("The window lists findings most urgent first: an Avoid added last is read first") {
  core::PluginHost host;
  host.loadFile(std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / "foam_rolling.so");
  const core::Catalog catalog = core::Catalog::fromPlugins(host.plugins());
  std::vector<db::ProgramItem> items = wholePlugin(catalog);  // six exercises, all Caution on thinners
  const std::vector<db::PatientCondition> conditions{{"anticoagulants", "", ""}, {"recent-surgery", "", ""}};
  for (db::ProgramItem& item : items) {  // surgery answered for every exercise but the last
    item.override_reason = "Surgeon cleared upper-back rolling on 2026-11-20";
    item.override_conditions = {"recent-surgery"};
  }
  items.back().override_reason.clear();
  items.back().override_conditions.clear();

  const std::vector<core::Finding> ordered = core::mostUrgentFirst(core::screenProgram(conditions, items));
  REQUIRE(ordered.size() == 12);
  CHECK(ordered[0].item == 5);  // the unanswered Avoid, though it is the last exercise
  CHECK(ordered[0].blocksIssue());
  for (std::size_t i = 1; i <= 5; ++i) {  // then the answered Avoids, in program order
    CHECK(ordered[i].severity == sdk::Severity::avoid);
    CHECK(ordered[i].item == i - 1);
  }
  for (std::size_t i = 6; i < 12; ++i) {  // then every Caution, in program order
    CHECK(ordered[i].severity == sdk::Severity::caution);
    CHECK(ordered[i].item == i - 6);
  }
}
