// A patient's visits in the window (issue 16): a draft that is not wanted can be deleted, after
// asking, and an issued program cannot.
#include "gui_driver.hpp"

#include "patient_list_panel.hpp"
#include "program_panel.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

using namespace motus;
using Catch::Matchers::Contains;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;
}  // namespace

TEST_CASE("A draft can be deleted from the window after asking; the issued programs stay") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient =
      context.records->savePatientRecord(std::nullopt, {"V-1", "Vargas", "Ana", "1951-02-03", "", "", ""}, {});
  const db::Id issued = context.records->createDraft(patient, "Knee strength");
  context.records->prescribe(issued, *context.catalog.find("neck-posture/chin-tuck"), std::nullopt, "", "");
  context.records->issue(issued);
  const db::Id draft = context.records->newVersion(issued);
  context.records->prescribe(draft, *context.catalog.find("foam-rolling/snow-angel"), std::nullopt, "", "");
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  test::settle();
  REQUIRE(session.frame().program().program() == draft);  // the newest is shown
  auto& remove = session.find<wxButton>("delete-draft");
  REQUIRE(remove.IsEnabled());

  // "Keep it" keeps it.
  wxTEST_DIALOG(session.click(remove), wxExpectModal<wxMessageDialog>(wxID_NO));
  CHECK(context.store().programs(patient).size() == 2);

  wxTEST_DIALOG(session.click(remove), wxExpectModal<wxMessageDialog>(wxID_YES));
  const std::vector<db::ProgramSummary> left = context.store().programs(patient);
  REQUIRE(left.size() == 1);
  CHECK(left[0].id == issued);
  CHECK(session.frame().program().program() == issued);
  CHECK_THAT(gui::utf8(session.frame().GetStatusBar()->GetStatusText()),
             Contains("Deleted the draft \u201CKnee strength\u201D and its 2 exercises"));
  test::settle();
  CHECK_FALSE(remove.IsEnabled());  // an issued program is part of the record for good
}
