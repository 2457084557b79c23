// The window at the sizes therapists have (issue 16): a 1024x700 laptop shows the program's
// exercises, both pictures and the whole width of a handout page; at 1280 every dosage reads whole.
#include "gui_driver.hpp"

#include "handout_panel.hpp"
#include "library_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/statbmp.h>

using namespace motus;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

// Eight exercises with long names and long dosages, two of them Avoid for this patient.
db::Id eightExercises(test::GuiSession& session) {
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"S-1", "Sato", "Aiko", "", "", "", ""},
                                                            {{"osteoporosis", "", ""}, {"hip-replacement", "", ""}});
  const db::Id draft = context.records->createDraft(patient, "Back and balance");
  for (const char* id : {"low-back-care/pelvic-tilt", "hip-knee/sit-to-stand", "balance/tandem-stance",
                         "ankle-foot/heel-raise", "neck-posture/chin-tuck", "foam-rolling/thoracic-pivot",
                         "low-back-care/knee-to-chest", "hip-knee/heel-slide"}) {
    REQUIRE(context.catalog.find(id) != nullptr);
    context.records->prescribe(draft, *context.catalog.find(id), std::nullopt, "", "");
  }
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  return draft;
}

bool inside(const wxWindow& parent, const wxWindow& child) { return parent.GetClientRect().Contains(child.GetRect()); }
}  // namespace

TEST_CASE("At 1024x700 the program lists eight exercises and the library shows both pictures whole") {
  test::GuiSession session({kBuiltin});
  session.frame().SetSize(1024, 700);
  test::settle(20);
  eightExercises(session);
  session.key('2', wxMOD_CONTROL);
  test::settle();
  auto& items = session.find<wxListView>("program-items");
  CHECK(items.GetCountPerPage() >= 8);  // was 2: seven rows of buttons took the height
  auto& library = session.find<gui::LibraryPanel>("library");
  auto& results = session.find<wxListCtrl>("library-results");
  session.click(results, test::rowCentre(results, 0));
  test::settle();
  CHECK(inside(library, session.find<wxStaticBitmap>("picture-start")));
  CHECK(inside(library, session.find<wxStaticBitmap>("picture-finish")));  // was cut at the pane's edge
  // The library's "Fit" column (Avoid, Caution) is on screen without scrolling sideways.
  int columns = 0;
  for (int column = 0; column < results.GetColumnCount(); ++column) columns += results.GetColumnWidth(column);
  CHECK(columns <= results.GetClientSize().GetWidth());
}

TEST_CASE("At 1024x700 the handout preview shows the whole width of the page") {
  test::GuiSession session({kBuiltin});
  session.frame().SetSize(1024, 700);
  test::settle(20);
  const db::Id draft = eightExercises(session);
  session.context().records->overrideAvoid(
      draft, 6, "Bone density is normal on the 2026 scan; her doctor agrees to gentle rolling.");
  session.context().records->overrideAvoid(draft, 7,
                                           "Surgeon cleared hip flexion past 90 degrees at the 12-week review.");
  session.context().records->issue(draft);
  session.frame().program().openProgram(draft);
  session.key('3', wxMOD_CONTROL);
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (session.frame().handout().previewDrawing() && std::chrono::steady_clock::now() < give_up) test::settle(1);
  test::settle();
  auto& preview = session.find<wxScrolledWindow>("handout-preview");
  int pages = 0;
  for (wxWindow* child : preview.GetChildren()) {
    if (auto* page = dynamic_cast<wxStaticBitmap*>(child)) {
      ++pages;
      CHECK(page->GetRect().GetRight() < preview.GetClientSize().GetWidth());  // was cut on the right
    }
  }
  CHECK(pages >= 2);
}

TEST_CASE("At 1280x800 every exercise's dosage reads whole in the program list") {
  test::GuiSession session({kBuiltin});
  eightExercises(session);
  session.key('2', wxMOD_CONTROL);
  test::settle();
  auto& items = session.find<wxListView>("program-items");
  REQUIRE(items.GetItemCount() == 8);
  for (long row = 0; row < items.GetItemCount(); ++row) {
    const wxString dosage = items.GetItemText(row, 3);
    INFO(gui::utf8(dosage));
    CHECK(items.GetTextExtent(dosage).GetWidth() + 8 <= items.GetColumnWidth(3));
  }
}
