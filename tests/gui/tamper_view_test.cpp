// The window in front of a record changed behind Motus's back: it says so where the therapist
// looks, in red, and draws no handout preview of what nobody prescribed.
#include "gui_driver.hpp"

#include "handout_panel.hpp"
#include "patient_list_panel.hpp"
#include "wx_text.hpp"

#include "../support/raw_sqlite.hpp"

#include <catch2/catch.hpp>

#include <wx/stattext.h>
#include <wx/textctrl.h>
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

TEST_CASE("The window shows the advice the handout will print for a Caution, and warns of a missing clinic phone") {
  test::GuiSession session({MOTUS_BUILTIN_PLUGIN_DIR});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"F-1", "Fischer", "Ada", "", "", "", ""},
                                                            {{"fall-risk", "", ""}});
  const db::Id program = context.records->createDraft(patient, "Upper back");
  const core::CatalogEntry* roll = context.catalog.find("foam-rolling/thoracic-pivot");
  REQUIRE(roll != nullptr);
  context.records->prescribe(program, *roll, std::nullopt, "", "");
  std::string advice;
  for (const sdk::SafetyRule& rule : roll->spec.safety) {
    if (rule.condition == "fall-risk") advice = rule.patient_advice;
  }
  REQUIRE(!advice.empty());

  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  test::settle();
  const auto findings = [&] { return gui::utf8(session.find<wxTextCtrl>("findings").GetValue()); };
  CHECK_THAT(findings(), Contains("The handout tells the patient: " + advice));

  // Left out through the core (the dialog of Program > Patient advice does the same), the window says so.
  context.records->setAdviceLeftOut(program, 1, "fall-risk", true);
  session.frame().showPatient(patient);
  test::settle();
  CHECK_THAT(findings(), Contains("Left off the handout: " + advice));

  context.records->setAdviceLeftOut(program, 1, "fall-risk", false);
  context.records->issue(program);
  db::ClinicProfile clinic = context.store().clinic();
  clinic.phone.clear();
  context.records->saveClinic(clinic);
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  test::settle();
  session.key('3', wxMOD_CONTROL);  // the Handout tab
  test::settle();
  CHECK_THAT(gui::utf8(session.find<wxStaticText>("handout-warning").GetLabel()), Contains("No clinic phone number"));
}
