// Dialogs open ready to type (issue 16): the dosage dialog, opened for real with F2, has its first
// number selected, so the digits typed replace it and Enter keeps them.
#include "gui_driver.hpp"
#include "modal_helper.hpp"

#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

using namespace motus;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;
}  // namespace

TEST_CASE("F2 opens the dosage dialog with its first number selected, so typing replaces it") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"F-1", "Fofana", "Awa", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Knee");
  sdk::Dosage dosage = context.catalog.find("hip-knee/quad-set")->spec.default_dosage;
  dosage.sets = sdk::Range::exactly(2);
  context.records->prescribe(draft, *context.catalog.find("hip-knee/quad-set"), dosage, "", "");
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  auto& items = session.find<wxListCtrl>("program-items");
  wxRect rect;
  items.GetItemRect(0, rect);
  session.click(items, rect.GetPosition() + wxPoint(40, rect.height / 2));

  std::string focused = "the dialog never opened";
  std::string typed;
  bool closed_by_enter = true;
  const test::WhenShown when("dosage-dialog", [&](wxDialog& dialog) {
    wxWindow* focus = wxWindow::FindFocus();
    focused = focus != nullptr ? gui::utf8(focus->GetName()) : "nothing";
    wxUIActionSimulator keys;
    keys.Text("3");
    test::settle();
    if (auto* sets = dynamic_cast<wxTextCtrl*>(dialog.FindWindow(gui::wx("sets")))) typed = gui::utf8(sets->GetValue());
    keys.Char(WXK_RETURN);
    test::settle();
    if (dialog.IsModal()) {  // Enter did not close it: close it, and say so below
      closed_by_enter = false;
      dialog.EndModal(wxID_CANCEL);
    }
  });
  session.key(WXK_F2);
  test::settle();

  CHECK(focused == "sets");
  CHECK(typed == "3");  // the 2 was selected, and replaced
  CHECK(closed_by_enter);
  CHECK(context.store().program(draft).items.at(0).dosage.sets == sdk::Range::exactly(3));
}
