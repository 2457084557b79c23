// Safety where the decision is made (issue 16): an Avoid is said with its reason the moment the
// exercise is added and is read before the Cautions; "Suitable for this patient" says what it hid
// and why; Enter in the search box adds the top hit.
#include "gui_driver.hpp"

#include "library_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

using namespace motus;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

db::Id showNewPatient(test::GuiSession& session, const std::vector<db::PatientCondition>& conditions) {
  const db::Id patient = session.context().records->savePatientRecord(
      std::nullopt, {"S-1", "Silva", "Rosa", "1950-05-05", "", "", ""}, conditions);
  session.frame().patients().refresh();
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  session.key('2', wxMOD_CONTROL);
  test::settle();
  return patient;
}

// A wrapped label as one line, the way it reads.
std::string unwrapped(const wxStaticText& label) {
  std::string text = gui::utf8(label.GetLabel());
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace

TEST_CASE("An Avoid exercise is explained the moment it is added, and listed above the Cautions") {
  test::GuiSession session({kBuiltin});
  const db::Id patient = showNewPatient(session, {{"recent-surgery", "Knee replacement 2026-11-20", ""}});
  gui::AppContext& context = session.context();
  const db::Id draft = context.records->createDraft(patient, "Home exercises");
  context.records->prescribe(draft, *context.catalog.find("neck-posture/chin-tuck"), std::nullopt, "", "");
  session.frame().showPatient(patient);
  test::settle();
  auto& findings = session.find<wxTextCtrl>("findings");
  REQUIRE_THAT(gui::utf8(findings.GetValue()), StartsWith("1. Chin tuck: Recent surgery: Caution"));

  // Typed into the search and added with Enter: snow angels are Avoid after any recent surgery.
  session.type(session.find("library-search"), "snow angel");
  session.key(WXK_RETURN);
  const db::Program program = context.store().program(draft);
  REQUIRE(program.items.size() == 2);
  CHECK(program.items[1].exercise.global_id == "foam-rolling/snow-angel");

  // Said above the list, in the therapist's line of sight, with the plugin's reason and what to do.
  const std::string notice = unwrapped(session.find<wxStaticText>("program-status"));
  INFO(notice);
  CHECK_THAT(notice, StartsWith("AVOID for this patient: Snow angels on a long roller. Recent surgery: "));
  CHECK_THAT(notice, Contains(context.catalog.find("foam-rolling/snow-angel")->spec.safety.front().reason) ||
                         Contains("surgery"));
  CHECK_THAT(notice, Contains("Ctrl+O") && Contains("Ctrl+Delete"));
  CHECK_THAT(gui::utf8(session.frame().GetStatusBar()->GetStatusText()), Contains("Avoid for this patient"));
  // The new Avoid is the first finding, though the exercise is the last.
  CHECK_THAT(gui::utf8(findings.GetValue()), StartsWith("2. Snow angels on a long roller: Recent surgery: Avoid"));
  CHECK(gui::utf8(findings.GetValue()).find("1. Chin tuck") != std::string::npos);
}

TEST_CASE("'Suitable for this patient' says how many exercises it hides, and for which condition") {
  test::GuiSession session({kBuiltin});
  showNewPatient(session, {{"osteoporosis", "T-score -2.8", "2021"}});
  gui::AppContext& context = session.context();
  core::CatalogQuery query;
  query.text = "foam";
  const std::size_t all = context.catalog.search(query).size();
  query.suitable_for = {"osteoporosis"};
  const std::size_t suitable = context.catalog.search(query).size();
  REQUIRE(all > suitable);

  auto& note = session.find<wxStaticText>("hidden-as-avoid");
  session.type(session.find("library-search"), "foam");
  CHECK_FALSE(note.IsShown());  // the box is off: nothing is hidden
  session.click(session.find("suitable-only"));
  REQUIRE(session.find<wxCheckBox>("suitable-only").GetValue());
  CHECK(session.frame().library().resultCount() == suitable);
  const std::string said = unwrapped(note);
  INFO(said);
  CHECK(note.IsShown());
  CHECK_THAT(said, StartsWith(std::to_string(all - suitable) + " exercises are hidden as Avoid for this patient"));
  CHECK_THAT(said, Contains("Osteoporosis or low bone density: " + std::to_string(all - suitable)));
  CHECK_THAT(said, Contains("Untick"));
  // All of it in sight: wrapped to the pane, not cut at its edge.
  CHECK(note.GetSize().x <= note.GetParent()->GetClientSize().x);
  CHECK(note.GetSize().y >= note.GetBestSize().y);

  // When every match is hidden, the empty list says so instead of "No exercise matches".
  session.type(session.find("library-search"), "snow angel roller");
  REQUIRE(session.frame().library().resultCount() == 0);
  const std::string details = gui::utf8(session.find<wxTextCtrl>("exercise-details").GetValue());
  CHECK_THAT(details, StartsWith("No suitable exercise matches. 1 exercise is hidden as Avoid for this patient"));
  CHECK_THAT(details, Contains("Osteoporosis or low bone density: 1"));
}
