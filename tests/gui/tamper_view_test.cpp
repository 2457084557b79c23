// The window in front of a record changed behind Motus's back: it says so where the therapist
// looks, in red, and draws no handout preview of what nobody prescribed.
#include "gui_driver.hpp"

#include "handout_panel.hpp"
#include "patient_list_panel.hpp"
#include "wx_text.hpp"

#include "../support/raw_sqlite.hpp"

#include <catch2/catch.hpp>

#include <wx/stattext.h>
#include <wx/tooltip.h>

using namespace motus;
using Catch::Matchers::Contains;

TEST_CASE("An issued program changed outside Motus is shown as changed and gets no handout") {
  test::GuiSession session({MOTUS_BUILTIN_PLUGIN_DIR});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"T-1", "Tanaka", "Yui", "", "", "", ""}, {});
  const db::Id program = context.records->createDraft(patient, "Ankles");
  REQUIRE(context.catalog.find("ankle-foot/ankle-pumps") != nullptr);
  context.records->prescribe(program, *context.catalog.find("ankle-foot/ankle-pumps"), std::nullopt, "Slowly", "");
  context.records->issue(program);
  test::sqlExec(context.store().path(),
                "DROP TRIGGER program_item_update_issued; UPDATE program_item SET note = 'Jump on it'");

  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  test::settle();
  auto& status = session.find<wxStaticText>("program-status");
  CHECK_THAT(gui::utf8(status.GetLabel()), Contains("Changed outside Motus: not what was prescribed"));
  REQUIRE(status.GetToolTip() != nullptr);
  CHECK_THAT(gui::utf8(status.GetToolTip()->GetTip()), Contains("its content differs from the fingerprint"));
  CHECK(status.GetForegroundColour() == *wxRED);

  session.key('3', wxMOD_CONTROL);  // the Handout tab
  test::settle();
  CHECK_THAT(gui::utf8(session.find<wxStaticText>("preview-refused").GetLabel()),
             Contains("was changed outside Motus") && Contains("No handout is made from it"));
  const std::filesystem::path pdf = session.folder() / "altered.pdf";
  CHECK_FALSE(session.frame().handout().exportPdf(pdf.string()));
  CHECK_FALSE(std::filesystem::exists(pdf));
}
