// The therapist's whole job in the window, counted (issue 16's measure): a new patient, six
// exercises found and added, one dosage changed, one Avoid overridden, issued and exported as a
// PDF, in at most 20 clicks and non-text keys. Text is typed for real and costs nothing; each
// dialog answered costs its key (Enter), as it would at the desk.
#include "gui_driver.hpp"
#include "modal_helper.hpp"

#include "handout_panel.hpp"
#include "library_panel.hpp"
#include "main_frame.hpp"
#include "wx_text.hpp"

#include "../integration/run_command.hpp"

#include <catch2/catch.hpp>

#include <wx/checklst.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/uiaction.h>

#include <iostream>

using namespace motus;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

// The title asked when the first exercise starts a draft: typed, then Enter.
class AnswerTitle final : public wxExpectModalBase<wxTextEntryDialog> {
 public:
  explicit AnswerTitle(const char* title) : title_(title) {}

 protected:
  int OnInvoked(wxTextEntryDialog* dialog) const override {
    dialog->SetValue(gui::wx(title_));
    return wxID_OK;
  }

 private:
  const char* title_;
};

// Every click and non-text key goes through here and is counted.
class CountedSession {
 public:
  explicit CountedSession(test::GuiSession& session) : session_(session) {}
  void key(int code, int modifiers = wxMOD_NONE) {
    ++actions_;
    session_.key(code, modifiers);
  }
  void click(wxWindow& window, wxPoint at) {
    ++actions_;
    session_.click(window, at);
  }
  void dialogKey() { ++actions_; }  // Enter in a dialog answered through wxTEST_DIALOG
  // Typed into whatever has the focus: free.
  static void text(const std::string& ascii) {
    wxUIActionSimulator keys;
    keys.Text(ascii.c_str());
    test::settle();
  }
  int actions() const { return actions_; }

 private:
  test::GuiSession& session_;
  int actions_ = 0;
};
}  // namespace

TEST_CASE("A six-exercise program for a new patient takes at most 20 clicks and non-text keys") {
  test::GuiSession session({kBuiltin});
  CountedSession desk(session);
  gui::AppContext& context = session.context();

  // The patient: Ctrl+N, the chart number, Tab, the name, Tab, the given name, osteoporosis, Ctrl+S.
  desk.key('N', wxMOD_CONTROL);
  CountedSession::text("A-2001");
  desk.key(WXK_TAB);
  CountedSession::text("Ofori");
  desk.key(WXK_TAB);
  CountedSession::text("Kwame");
  desk.click(session.find<wxCheckListBox>("conditions"), wxPoint(12, 12));  // the first: osteoporosis
  desk.key('S', wxMOD_CONTROL);
  const std::optional<db::Patient> patient = context.store().findPatientByChart("A-2001");
  REQUIRE(patient.has_value());
  CHECK(patient->details.given_name == "Kwame");
  REQUIRE(context.store().conditions(patient->id).size() == 1);

  // Six exercises: Ctrl+L once, then the words and Enter for each (the words stay selected, so the
  // next ones replace them). The first starts the draft, whose title is asked once.
  desk.key('L', wxMOD_CONTROL);
  wxTEST_DIALOG(
      {
        CountedSession::text("chin tuck");
        desk.key(WXK_RETURN);
      },
      AnswerTitle("Posture at home"));
  desk.dialogKey();
  for (const char* words : {"wall angel", "sit to stand"}) {
    CountedSession::text(words);
    desk.key(WXK_RETURN);
  }

  // Sit to stand, just added and chosen: F2, the sets typed over, Enter.
  std::string focused;
  {
    const test::WhenShown dosage("dosage-dialog", [&](wxDialog& dialog) {
      focused = wxWindow::FindFocus() ? gui::utf8(wxWindow::FindFocus()->GetName()) : "nothing";
      CountedSession::text("3");
      desk.key(WXK_RETURN);
      if (dialog.IsModal()) dialog.EndModal(wxID_CANCEL);  // Enter failed: the checks below say so
    });
    desk.key(WXK_F2);
  }
  CHECK(focused == "sets");
  for (const char* words : {"heel raise", "bridge", "snow angel"}) {
    CountedSession::text(words);
    desk.key(WXK_RETURN);
  }

  // Snow angels are Avoid with osteoporosis: Ctrl+O, the reason, Enter.
  {
    const test::WhenShown override_reason("override-dialog", [&](wxDialog& dialog) {
      CountedSession::text("DEXA 2026 normal, physician cleared light rolling");
      desk.key(WXK_RETURN);
      if (dialog.IsModal()) dialog.EndModal(wxID_CANCEL);
    });
    desk.key('O', wxMOD_CONTROL);
  }

  // Issued with Ctrl+I, exported with Ctrl+E and Enter in the file dialog.
  desk.key('I', wxMOD_CONTROL);
  const std::filesystem::path pdf = session.folder() / "Ofori handout.pdf";
  // The save dialog, as the window's seam for it: the name it suggests, accepted with Enter.
  std::string suggested;
  session.frame().handout().ask_save_path = [&](const wxString&, const std::string& default_name, const wxString&) {
    suggested = default_name;
    return std::optional<std::string>(pdf.string());
  };
  desk.key('E', wxMOD_CONTROL);
  desk.dialogKey();
  CHECK_THAT(suggested, Catch::Matchers::EndsWith(".pdf"));
  for (int i = 0; i < 400 && !std::filesystem::exists(pdf); ++i) test::settle(5);  // written in the background

  const std::vector<db::ProgramSummary> programs = context.store().programs(patient->id);
  REQUIRE(programs.size() == 1);
  const db::Program program = context.store().program(programs[0].id);
  std::vector<std::string> ids;
  for (const db::ProgramItem& item : program.items) ids.push_back(item.exercise.global_id);
  CHECK(ids == std::vector<std::string>{"neck-posture/chin-tuck", "neck-posture/wall-angel", "hip-knee/sit-to-stand",
                                        "ankle-foot/heel-raise", "low-back-care/bridge", "foam-rolling/snow-angel"});
  CHECK(program.title == "Posture at home");
  CHECK(program.items.at(2).dosage.sets == sdk::Range::exactly(3));
  CHECK_FALSE(program.items.at(5).override_reason.empty());
  CHECK(program.status == db::ProgramStatus::issued);
  REQUIRE(std::filesystem::exists(pdf));
  const std::string text = test::runCommand("pdftotext " + test::shellQuoted(pdf.string()) + " -").output;
  for (const char* name : {"Chin tuck", "Wall angel", "Sit to stand", "Heel raise", "Bridge", "Snow angels"})
    CHECK_THAT(text, Catch::Matchers::Contains(name));
  std::cout << "Six-exercise program for a new patient: " << desk.actions() << " clicks and non-text keys\n";
  CHECK(desk.actions() <= 20);
}
