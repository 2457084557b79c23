// Keys for the program wherever the therapist is typing (issue 16): Alt+Up and Alt+Down move the
// chosen exercise of the program also from the library, where the list took them as Up and Down.
#include "gui_driver.hpp"

#include "library_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

using namespace motus;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

std::vector<std::string> order(gui::AppContext& context, db::Id draft) {
  std::vector<std::string> ids;
  for (const db::ProgramItem& item : context.store().program(draft).items) ids.push_back(item.exercise.global_id);
  return ids;
}
}  // namespace

TEST_CASE("Alt+Up and Alt+Down move the program's chosen exercise also while the library has the focus") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"K-2", "Kim", "Jae", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Knee");
  for (const char* id : {"hip-knee/quad-set", "hip-knee/heel-slide", "hip-knee/step-up"})
    context.records->prescribe(draft, *context.catalog.find(id), std::nullopt, "", "");
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  auto& items = session.find<wxListView>("program-items");
  session.click(items, test::rowCentre(items, 2));  // step-up, last

  // From the library's results: the program's exercise moves, the library's choice stays.
  auto& results = session.find<wxListCtrl>("library-results");
  REQUIRE(results.GetItemCount() > 3);
  session.click(results, test::rowCentre(results, 1));
  const long library_row = results.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  session.key(WXK_UP, wxMOD_ALT);
  CHECK(order(context, draft) ==
        std::vector<std::string>{"hip-knee/quad-set", "hip-knee/step-up", "hip-knee/heel-slide"});
  CHECK(results.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) == library_row);

  // From the search box too, and back down.
  session.click(session.find<wxSearchCtrl>("library-search"));
  session.key(WXK_UP, wxMOD_ALT);
  CHECK(order(context, draft) ==
        std::vector<std::string>{"hip-knee/step-up", "hip-knee/quad-set", "hip-knee/heel-slide"});
  session.key(WXK_DOWN, wxMOD_ALT);
  CHECK(order(context, draft) ==
        std::vector<std::string>{"hip-knee/quad-set", "hip-knee/step-up", "hip-knee/heel-slide"});
  CHECK(items.GetFirstSelected() == 1);  // the moved exercise stays chosen

  // Ctrl+T from the search box: the keyboard is in the program's list, on the chosen row.
  session.click(session.find<wxSearchCtrl>("library-search"));
  session.key('T', wxMOD_CONTROL);
  CHECK(wxWindow::FindFocus() == &items);
  CHECK(items.GetFirstSelected() == 1);
}

TEST_CASE("The library marks what the program has already, and a second add of it says so") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient =
      context.records->savePatientRecord(std::nullopt, {"K-3", "Kaur", "Simran", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Posture");
  context.records->prescribe(draft, *context.catalog.find("neck-posture/chin-tuck"), std::nullopt, "", "");
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('L', wxMOD_CONTROL);
  auto& results = session.find<wxListCtrl>("library-results");

  wxUIActionSimulator keys;
  keys.Text("chin tuck");
  test::settle();
  REQUIRE(results.GetItemCount() == 1);
  CHECK(gui::utf8(results.GetItemText(0, 0)) == "\u2713 Chin tuck");
  CHECK_THAT(gui::utf8(session.find<wxTextCtrl>("exercise-details").GetValue()),
             Catch::Matchers::Contains("Already in this program."));

  // Enter adds it again: allowed (two sides, two dosages), and said where the therapist looks.
  session.key(WXK_RETURN);
  CHECK(context.store().program(draft).items.size() == 2);
  std::string said = gui::utf8(session.find<wxStaticText>("program-status").GetLabel());
  std::replace(said.begin(), said.end(), '\n', ' ');  // wrapped to the pane
  CHECK_THAT(said, Catch::Matchers::Contains("Chin tuck was already number 1; it is now in the program twice."));

  // Not in the program: no mark.
  keys.Text("wall angel");
  test::settle();
  REQUIRE(results.GetItemCount() == 1);
  CHECK(gui::utf8(results.GetItemText(0, 0)) == "Wall angel");
}

TEST_CASE("The library filters by goal and by level, as motus-cli does") {
  test::GuiSession session({kBuiltin});
  gui::LibraryPanel& library = session.frame().library();
  session.key('2', wxMOD_CONTROL);
  const std::size_t everything = library.resultCount();
  const auto choose = [&](const char* facet, const char* label) {
    auto& choice = session.find<wxChoice>(facet);
    REQUIRE(choice.SetStringSelection(gui::wx(label)));
    wxCommandEvent chosen(wxEVT_CHOICE, choice.GetId());
    chosen.SetEventObject(&choice);
    choice.GetEventHandler()->ProcessEvent(chosen);
  };

  choose("facet-goal", "Strength");
  const std::size_t strength = library.resultCount();
  CHECK(strength > 0);
  CHECK(strength < everything);
  for (const core::CatalogEntry* entry : library.results()) {
    INFO(entry->global_id);
    CHECK(std::find(entry->spec.goals.begin(), entry->spec.goals.end(), "strength") != entry->spec.goals.end());
  }

  choose("facet-difficulty", "Beginner");
  CHECK(library.resultCount() > 0);
  CHECK(library.resultCount() < strength);
  for (const core::CatalogEntry* entry : library.results()) {
    INFO(entry->global_id);
    CHECK(entry->spec.difficulty == sdk::Difficulty::beginner);
  }
  // The same as motus-cli's --goal strength --difficulty beginner: the catalog's own query.
  core::CatalogQuery query;
  query.goals = {"strength"};
  query.difficulty = sdk::Difficulty::beginner;
  CHECK(library.resultCount() == session.context().catalog.search(query).size());
}

TEST_CASE("An exercise dragged from the library onto the program is added where it is dropped") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"K-4", "Kim", "Min", "", "", "", ""}, {});
  const db::Id draft = context.records->createDraft(patient, "Knee");
  for (const char* id : {"hip-knee/quad-set", "hip-knee/heel-slide"})
    context.records->prescribe(draft, *context.catalog.find(id), std::nullopt, "", "");
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  session.type(session.find<wxSearchCtrl>("library-search"), "step up");
  test::settle();
  auto& results = session.find<wxListCtrl>("library-results");
  auto& items = session.find<wxListView>("program-items");
  REQUIRE(results.GetItemCount() >= 1);
  REQUIRE(gui::utf8(results.GetItemText(0, 0)) == context.catalog.find("hip-knee/step-up")->spec.name);

  // Onto the second row: it goes before it.
  const wxPoint onto_second = items.GetScreenPosition() + test::rowCentre(items, 1) - results.GetScreenPosition();
  session.drag(results, test::rowCentre(results, 0), onto_second);
  CHECK(order(context, draft) ==
        std::vector<std::string>{"hip-knee/quad-set", "hip-knee/step-up", "hip-knee/heel-slide"});
  CHECK(items.GetFirstSelected() == 1);

  // Below the last row: at the end. One undo takes the drop back.
  const wxPoint below =
      items.GetScreenPosition() + wxPoint(60, items.GetClientSize().GetHeight() - 10) - results.GetScreenPosition();
  session.drag(results, test::rowCentre(results, 0), below);
  CHECK(order(context, draft).size() == 4);
  CHECK(order(context, draft).back() == "hip-knee/step-up");
  session.key('Z', wxMOD_CONTROL);
  CHECK(order(context, draft).size() == 3);

  // Let go anywhere else: nothing is added, and the status bar says where to drop it.
  session.drag(results, test::rowCentre(results, 0), test::rowCentre(results, 0) + wxPoint(0, 200));
  CHECK(order(context, draft).size() == 3);
}

TEST_CASE("Favourites and recently used exercises are a choice away in the library, and kept between runs") {
  {
    test::GuiSession session({kBuiltin});
    gui::AppContext& context = session.context();
    const db::Id patient = context.records->savePatientRecord(std::nullopt, {"K-5", "Kim", "Ara", "", "", "", ""}, {});
    context.records->createDraft(patient, "Neck and knee");
    session.frame().patients().refresh();
    session.frame().patients().select(patient);
    session.frame().showPatient(patient);
    session.key('2', wxMOD_CONTROL);
    auto& search = session.find<wxSearchCtrl>("library-search");
    auto& results = session.find<wxListCtrl>("library-results");
    auto& shortlist = session.find<wxChoice>("facet-shortlist");
    const std::string chin_tuck = context.catalog.find("neck-posture/chin-tuck")->spec.name;

    // Ctrl+D marks the chosen exercise; the results show a star.
    session.type(search, "chin tuck");
    REQUIRE(gui::utf8(results.GetItemText(0, 0)) == chin_tuck);
    session.key('D', wxMOD_CONTROL);
    CHECK(gui::utf8(results.GetItemText(0, 0)) == "\u2605 " + chin_tuck);

    // Adding exercises makes them the recent ones, newest first.
    for (const char* words : {"heel slide", "step up"}) {
      session.type(search, words);
      session.key(WXK_RETURN);
    }
    search.SetValue(wxString());  // every exercise again
    test::settle();
    shortlist.SetSelection(2);  // Recently used
    wxCommandEvent chosen(wxEVT_CHOICE, shortlist.GetId());
    shortlist.GetEventHandler()->ProcessEvent(chosen);
    test::settle();
    REQUIRE(results.GetItemCount() == 2);
    CHECK(gui::utf8(results.GetItemText(0, 0)).ends_with(context.catalog.find("hip-knee/step-up")->spec.name));
    CHECK(gui::utf8(results.GetItemText(1, 0)).ends_with(context.catalog.find("hip-knee/heel-slide")->spec.name));

    shortlist.SetSelection(1);  // Favourites
    shortlist.GetEventHandler()->ProcessEvent(chosen);
    test::settle();
    REQUIRE(results.GetItemCount() == 1);
    CHECK(gui::utf8(results.GetItemText(0, 0)) == "\u2605 " + chin_tuck);

    // Saved at once, so the next run (which reads the same file) has both lists.
    const gui::Preferences saved = gui::Preferences::load();
    CHECK(saved.favourites == std::vector<std::string>{"neck-posture/chin-tuck"});
    CHECK(saved.recent == std::vector<std::string>{"hip-knee/step-up", "hip-knee/heel-slide"});
  }
}
