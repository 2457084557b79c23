// The action table drives the menus, the buttons and the keys alike: one enabled state for all
// three, and keys that act on the exercise list only where the therapist expects them to.
#include "gui_driver.hpp"

#include "actions.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>

using namespace motus;

namespace {

// The menu item and the button of an action agree; returns their common state.
bool enabledEverywhere(test::GuiSession& session, const char* name) {
  session.frame().refreshActions();
  const bool in_menu = session.frame().GetMenuBar()->IsEnabled(gui::actionId(gui::action(name)));
  const bool on_button = session.find<wxButton>(name).IsEnabled();
  INFO(name << ": menu " << in_menu << ", button " << on_button);
  CHECK(in_menu == on_button);
  return in_menu;
}

}  // namespace

TEST_CASE("Every action's button is made from the table, carries its name and sends its menu item's id") {
  test::GuiSession session({MOTUS_BUILTIN_PLUGIN_DIR});
  int buttons = 0;
  for (const gui::Action& action : gui::actions()) {
    CHECK(session.frame().GetMenuBar()->FindItem(gui::actionId(action)) != nullptr);
    wxWindow* window = wxWindow::FindWindowByName(gui::wx(std::string(action.name)), &session.frame());
    if (auto* button = dynamic_cast<wxButton*>(window)) {
      ++buttons;
      CHECK(button->GetId() == gui::actionId(action));
    }
  }
  CHECK(buttons == 22);
}

TEST_CASE("An action is enabled or disabled in its menu, on its button and for its key alike") {
  test::GuiSession session({MOTUS_BUILTIN_PLUGIN_DIR});
  gui::AppContext& context = session.context();
  gui::MainFrame& frame = session.frame();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"K-1", "Keys", "Kim", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Knee");
  for (const char* id : {"hip-knee/quad-set", "hip-knee/heel-slide", "hip-knee/step-up"})
    context.records->prescribe(draft, *context.catalog.find(id), std::nullopt, "", "");
  frame.patients().select(patient);
  frame.showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  auto& items = session.find<wxListCtrl>("program-items");
  REQUIRE(items.GetItemCount() == 3);

  // Nothing chosen in the list: nothing to remove, anywhere; a draft can be issued.
  CHECK_FALSE(enabledEverywhere(session, "remove-item"));
  CHECK_FALSE(enabledEverywhere(session, "edit-item"));
  CHECK(enabledEverywhere(session, "issue-program"));
  CHECK_FALSE(enabledEverywhere(session, "next-visit"));
  CHECK_FALSE(enabledEverywhere(session, "export-pdf"));

  // The first row chosen: removable, movable down but not up.
  session.click(items, test::rowCentre(items, 0));
  CHECK(enabledEverywhere(session, "remove-item"));
  CHECK_FALSE(enabledEverywhere(session, "move-up"));
  CHECK(enabledEverywhere(session, "move-down"));

  // Delete in the list removes the exercise...
  session.key(WXK_DELETE);
  CHECK(context.store().program(draft).items.size() == 2);

  // ...but in the search box it deletes a letter, as in any text field.
  auto& search = session.find<wxSearchCtrl>("library-search");
  session.type(search, "knee");
  session.key(WXK_LEFT);
  session.key(WXK_DELETE);
  CHECK(gui::utf8(search.GetValue()) == "kne");
  CHECK(context.store().program(draft).items.size() == 2);

  // Issued, the program never changes: remove is disabled everywhere and its key does nothing.
  session.click(items, test::rowCentre(items, 0));
  frame.perform(gui::action("issue-program"));
  REQUIRE(context.store().program(draft).status == db::ProgramStatus::issued);
  session.click(items, test::rowCentre(items, 0));
  CHECK_FALSE(enabledEverywhere(session, "remove-item"));
  CHECK_FALSE(enabledEverywhere(session, "issue-program"));
  CHECK(enabledEverywhere(session, "next-visit"));
  CHECK(enabledEverywhere(session, "export-pdf"));
  session.key(WXK_DELETE);
  session.key(WXK_DELETE, wxMOD_CONTROL);
  CHECK(context.store().program(draft).items.size() == 2);
}
