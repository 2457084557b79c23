// Undo and redo in the window (issue 16): Ctrl+Z takes back the latest change to the draft, a
// removed exercise returns with its dosage and override reason, and the menu says what it undoes.
#include "gui_driver.hpp"

#include "actions.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

#include <utility>
#include <vector>

using namespace motus;
using Catch::Matchers::Contains;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;
const std::string kReason = "DEXA scan of 2026 is normal; her GP agrees to gentle rolling.";

std::string menuLabel(gui::MainFrame& frame, const char* action) {
  return gui::utf8(frame.GetMenuBar()->FindItem(gui::actionId(gui::action(action)))->GetItemLabel());
}
bool menuEnabled(gui::MainFrame& frame, const char* action) {
  return frame.GetMenuBar()->FindItem(gui::actionId(gui::action(action)))->IsEnabled();
}
std::string status(gui::MainFrame& frame) { return gui::utf8(frame.GetStatusBar()->GetStatusText()); }
}  // namespace

TEST_CASE("Ctrl+Z brings back a removed exercise with its dosage and override, and Ctrl+Shift+Z removes it again") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"U-1", "Ueda", "Hana", "", "", "", ""},
                                                            {{"osteoporosis", "", ""}});
  const db::Id draft = context.records->createDraft(patient, "Back");
  context.records->prescribe(draft, *context.catalog.find("hip-knee/quad-set"), std::nullopt, "", "");
  context.records->prescribe(draft, *context.catalog.find("foam-rolling/thoracic-pivot"), std::nullopt, "Slowly", "");
  context.records->overrideAvoid(draft, 2, kReason);
  const db::Program prescribed = context.store().program(draft);
  const std::string name = prescribed.items[1].exercise.spec.name;
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  auto& items = session.find<wxListView>("program-items");
  session.click(items, test::rowCentre(items, 1));
  session.key(WXK_DELETE);
  REQUIRE(context.store().program(draft).items.size() == 1);
  test::settle();
  CHECK(menuLabel(session.frame(), "undo") == "&Undo removing " + name + "\tCtrl+Z");
  CHECK(menuEnabled(session.frame(), "undo"));

  session.key('Z', wxMOD_CONTROL);
  CHECK(context.store().program(draft).items == prescribed.items);  // dosage, note, override reason, place
  CHECK(gui::utf8(items.GetItemText(1, 2)) == "Avoid, overridden");
  CHECK_THAT(status(session.frame()), Contains("Undid removing " + name));
  test::settle();
  CHECK(menuLabel(session.frame(), "redo") == "&Redo removing " + name + "\tCtrl+Shift+Z");

  session.key('Z', wxMOD_CONTROL | wxMOD_SHIFT);
  CHECK(context.store().program(draft).items.size() == 1);
  CHECK_THAT(status(session.frame()), Contains("Redid removing " + name));

  // On another tab the keys leave the draft alone: nothing changes where the therapist cannot see it.
  session.key('1', wxMOD_CONTROL);
  session.key('Z', wxMOD_CONTROL);
  CHECK(context.store().program(draft).items.size() == 1);
}

TEST_CASE("Once the program is issued there is nothing to undo") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"U-2", "Ueda", "Ken", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Knee");
  context.records->prescribe(draft, *context.catalog.find("hip-knee/quad-set"), std::nullopt, "", "");
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  test::settle();
  CHECK(menuEnabled(session.frame(), "undo"));
  context.records->issue(draft);
  session.frame().program().openProgram(draft);
  test::settle();
  CHECK_FALSE(menuEnabled(session.frame(), "undo"));
  CHECK(menuLabel(session.frame(), "undo") == "&Undo\tCtrl+Z");
}

namespace {
// Chooses the version called `name` in the "which harder version" question, after reading the choices.
class ChooseVersion : public wxExpectModalBase<wxSingleChoiceDialog, ChooseVersion> {
 public:
  ChooseVersion(std::string name, std::vector<std::string>& offered) : name_(std::move(name)), offered_(&offered) {}

 protected:
  int OnInvoked(wxSingleChoiceDialog* dialog) const override {
    wxListBox* list = nullptr;
    for (wxWindow* child : dialog->GetChildren()) {
      if (auto* box = dynamic_cast<wxListBox*>(child)) list = box;
    }
    if (list == nullptr) return wxID_CANCEL;
    for (unsigned i = 0; i < list->GetCount(); ++i) {
      offered_->push_back(gui::utf8(list->GetString(i)));
      if (offered_->back() == name_) dialog->SetSelection(static_cast<int>(i));
    }
    return wxID_OK;
  }

 private:
  std::string name_;
  std::vector<std::string>* offered_;
};
}  // namespace

TEST_CASE("Easier and Harder swap the chosen exercise for a linked version with the same dosage, in one key") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"U-3", "Ueda", "Mio", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Knee");
  const core::CatalogEntry& short_arc = *context.catalog.find("hip-knee/short-arc-quad");
  sdk::Dosage dosage = short_arc.spec.default_dosage;
  dosage.sets = sdk::Range::exactly(3);
  context.records->prescribe(draft, short_arc, dosage, "Towel roll under the knee", "");
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  auto& items = session.find<wxListView>("program-items");
  session.click(items, test::rowCentre(items, 0));
  test::settle();
  CHECK(session.find<wxButton>("easier-item").IsEnabled());

  // One easier version (the quad set): one click, and the dosage and note stay.
  session.click(session.find<wxButton>("easier-item"));
  db::ProgramItem item = context.store().program(draft).items.at(0);
  CHECK(item.exercise.global_id == "hip-knee/quad-set");
  CHECK(item.dosage == dosage);
  CHECK(item.note == "Towel roll under the knee");
  CHECK_FALSE(session.find<wxButton>("easier-item").IsEnabled());  // nothing easier than a quad set

  // Two harder ones: the therapist chooses.
  std::vector<std::string> offered;
  wxTEST_DIALOG(session.key(']', wxMOD_CONTROL),
                ChooseVersion(context.catalog.find("hip-knee/straight-leg-raise")->spec.name, offered));
  CHECK(offered.size() == 2);
  CHECK(context.store().program(draft).items.at(0).exercise.global_id == "hip-knee/straight-leg-raise");
  CHECK(context.store().program(draft).items.at(0).dosage == dosage);

  session.key('Z', wxMOD_CONTROL);  // one step back: the quad set again
  CHECK(context.store().program(draft).items.at(0).exercise.global_id == "hip-knee/quad-set");
}
