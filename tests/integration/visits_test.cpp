// Visits through the core, on a real SQLite file and the real foam-rolling and neck plugins: the next visit
// is one draft however often it is asked for, and last visit's override reasons are offered for the
// exercise they were written for and only while they answer every condition it is Avoid for now.
#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/records.hpp>

#include "../support/temp_folder.hpp"

#include <catch2/catch.hpp>

using namespace motus;
using Catch::Matchers::Contains;

namespace {
struct FoamClinic {
  test::TempFolder folder{"visits"};
  core::PluginHost host;
  core::Catalog catalog;
  core::Records records{folder / "motus.sqlite", db::OpenMode::create_if_missing};
  FoamClinic() {
    for (const char* plugin : {"foam_rolling.so", "neck_posture.so"})
      host.loadFile(std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / plugin);
    catalog = core::Catalog::fromPlugins(host.plugins());
  }
  const core::CatalogEntry& exercise(const std::string& id) {
    const core::CatalogEntry* entry = catalog.find(id.find('/') == std::string::npos ? "foam-rolling/" + id : id);
    REQUIRE(entry != nullptr);
    return *entry;
  }
};
}  // namespace

TEST_CASE(
    "Next visit makes one draft of the current program, and offers last visit's reasons where they still answer") {
  FoamClinic clinic;
  const db::Id patient = clinic.records.savePatientRecord(
      std::nullopt, {"N-1", "Nakamura", "Yui", "1949-05-05", "", "", ""}, {{"osteoporosis", "T-score -2.6", ""}});
  CHECK_THROWS_WITH(clinic.records.nextVisit(patient), Contains("no issued program yet"));

  const db::Id first = clinic.records.createDraft(patient, "Upper back");
  const std::string angels = "DEXA 2026 normal; her physician cleared light rolling";
  const std::string pivot = "Rolled with her for three weeks in clinic without pain";
  clinic.records.prescribe(first, clinic.exercise("neck-posture/chin-tuck"), std::nullopt, "", "");
  clinic.records.prescribe(first, clinic.exercise("snow-angel"), std::nullopt, "", angels);
  clinic.records.prescribe(first, clinic.exercise("thoracic-pivot"), std::nullopt, "", pivot);
  clinic.records.issue(first);
  CHECK(core::currentProgram(clinic.records.store().programs(patient)) == first);

  const core::Records::NextVisit next = clinic.records.nextVisit(patient);
  CHECK(next.started_now);
  const core::Records::NextVisit again = clinic.records.nextVisit(patient);
  CHECK_FALSE(again.started_now);
  CHECK(again.draft == next.draft);
  CHECK(clinic.records.store().programs(patient).size() == 2);
  CHECK(core::currentProgram(clinic.records.store().programs(patient)) == first);  // a draft is not current

  db::Program draft = clinic.records.store().program(next.draft);
  CHECK(draft.previous_id == first);
  CHECK(draft.items.at(1).override_reason.empty());  // not carried over: asked again
  CHECK(clinic.records.previousOverrides(draft) == std::vector<std::string>{"", angels, pivot});

  // Moved: each reason follows its exercise.
  clinic.records.moveItem(next.draft, 3, 1);
  draft = clinic.records.store().program(next.draft);
  CHECK(clinic.records.previousOverrides(draft) == std::vector<std::string>{pivot, "", angels});

  // A condition diagnosed since: the reasons written for osteoporosis alone are not offered for it.
  clinic.records.setCondition(patient, {"recent-surgery", "Shoulder repair 2026-11", ""});
  draft = clinic.records.store().program(next.draft);
  const std::vector<std::string> offered = clinic.records.previousOverrides(draft);
  CHECK(offered.at(2).empty());  // snow angels: Avoid after recent surgery too
  CHECK_THROWS_WITH(clinic.records.issue(next.draft), Contains("Not issued"));

  // Confirmed and issued, it becomes the current program.
  clinic.records.removeCondition(patient, "recent-surgery");
  clinic.records.overrideAvoid(next.draft, 1, pivot);
  clinic.records.overrideAvoid(next.draft, 3, angels);
  clinic.records.issue(next.draft);
  CHECK(core::currentProgram(clinic.records.store().programs(patient)) == next.draft);
  CHECK(clinic.records.nextVisit(patient).draft != next.draft);
}
