// The clinician's window, driven for real: mouse clicks and key presses through
// wxUIActionSimulator, modal dialogs answered through wxTEST_DIALOG, and the results read back
// from the records and from the exported PDF.
#include "gui_driver.hpp"

#include "dialogs.hpp"
#include "handout_panel.hpp"
#include "library_panel.hpp"
#include "patient_form_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include "../integration/run_command.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

using namespace motus;
using Catch::Matchers::Contains;

// Answers the override dialog as a therapist would: types the reason and records it.
template <>
class wxExpectModal<gui::OverrideDialog> : public wxExpectModalBase<gui::OverrideDialog> {
 public:
  explicit wxExpectModal(std::string reason) : reason_(std::move(reason)) {}

 protected:
  int OnInvoked(gui::OverrideDialog* dialog) const override {
    dialog->setReason(reason_);
    return wxID_OK;
  }

 private:
  std::string reason_;
};

namespace {

const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;
const std::filesystem::path kFixtures = MOTUS_FIXTURE_DIR;

std::string pdfText(const std::filesystem::path& pdf) {
  std::string text = test::runCommand("pdftotext " + test::shellQuoted(pdf.string()) + " -").output;
  std::string collapsed;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!(space && !collapsed.empty() && collapsed.back() == ' ')) collapsed += space ? ' ' : c;
  }
  return collapsed;
}

}  // namespace

TEST_CASE("A therapist builds, screens, overrides, issues and exports a program in the window") {
  test::GuiSession session({kBuiltin});
  gui::MainFrame& frame = session.frame();

  // A new patient with osteoporosis, typed into the record form and saved with Ctrl+S.
  session.click(session.find("new-patient"));
  CHECK(session.find<wxNotebook>("pages").GetSelection() == static_cast<int>(gui::Page::record));
  session.type(session.find("chart"), "A-1001");
  session.type(session.find("family-name"), "Nguyen");
  session.type(session.find("given-name"), "Mai");
  session.type(session.find("birth-date"), "1948-03-02");
  auto& conditions = session.find<wxCheckListBox>("conditions");
  session.click(conditions, wxPoint(12, 12));  // the tick box of the first row: osteoporosis
  REQUIRE(conditions.IsChecked(0));
  CHECK(frame.record().isDirty());
  session.type(session.find("condition-note"), "T-score -2.8");
  session.key('S', wxMOD_CONTROL);
  REQUIRE_FALSE(frame.record().isDirty());
  const std::optional<db::Patient> patient = session.context().store().findPatientByChart("A-1001");
  REQUIRE(patient.has_value());
  CHECK(patient->details.family_name == "Nguyen");
  const auto stored_conditions = session.context().store().conditions(patient->id);
  REQUIRE(stored_conditions.size() == 1);
  CHECK(stored_conditions[0].code == "osteoporosis");
  CHECK(stored_conditions[0].note == "T-score -2.8");
  CHECK(session.find<wxListCtrl>("patient-list").GetItemCount() == 1);

  // The program builder: search the library, add two foam-rolling exercises.
  session.key('2', wxMOD_CONTROL);
  CHECK(session.find<wxNotebook>("pages").GetSelection() == static_cast<int>(gui::Page::program));
  auto& results = session.find<wxListCtrl>("library-results");
  for (const char* words : {"snow angel", "arch foam roller"}) {
    wxTEST_DIALOG(
        {
          session.type(session.find("library-search"), words);
          INFO("library search holds '" << gui::utf8(session.find<wxSearchCtrl>("library-search").GetValue()) << "'");
          REQUIRE(frame.library().resultCount() >= 1);
          session.doubleClick(results, test::rowCentre(results, 0));  // adds it (starting a draft the first time)
        },
        wxExpectDismissableModal<wxTextEntryDialog>(wxID_OK).Optional());
  }
  auto& items = session.find<wxListCtrl>("program-items");
  REQUIRE(items.GetItemCount() == 2);
  CHECK(items.GetItemText(0, 1) == gui::wx("Snow angels on a long roller"));
  CHECK(items.GetItemText(1, 1) == gui::wx("Upper-back arch over a foam roller"));

  // Both are Avoid with osteoporosis: shown in the table and below it, and issuing is refused.
  CHECK(items.GetItemText(0, 2) == gui::wx("AVOID"));
  CHECK_THAT(gui::utf8(session.find<wxTextCtrl>("findings").GetValue()),
             Contains("Osteoporosis or low bone density: Avoid"));
  session.click(session.find("issue-program"));
  CHECK_THAT(gui::utf8(frame.GetStatusBar()->GetStatusText()), Contains("Not issued"));
  CHECK_THAT(gui::utf8(session.find<wxTextCtrl>("findings").GetValue()), Contains("NOT ISSUED"));
  const db::Id program = *frame.program().program();
  CHECK(session.context().store().program(program).status == db::ProgramStatus::draft);

  // Overrides with a reason, for each exercise, through the override dialog.
  for (long row : {0L, 1L}) {
    session.click(items, test::rowCentre(items, row));
    wxTEST_DIALOG(session.click(session.find("override-item")),
                  wxExpectModal<gui::OverrideDialog>("DEXA repeated 2026-10: normal; light pressure only"));
  }
  CHECK(items.GetItemText(0, 2) == gui::wx("Avoid, overridden"));
  CHECK_FALSE(core::anyBlocking(frame.program().findings()));

  // Issue, then export the handout from the Handout tab.
  session.click(session.find("issue-program"));
  REQUIRE(session.context().store().program(program).status == db::ProgramStatus::issued);
  session.key('3', wxMOD_CONTROL);
  // The preview draws in the background (slowly under a sanitizer): wait for it, then look.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (frame.handout().previewDrawing() && std::chrono::steady_clock::now() < give_up) test::settle(1);
  test::settle();
  CHECK(frame.handout().pageCount() >= 1);
  const std::filesystem::path pdf = session.folder() / "Nguyen-Mai.pdf";
  std::string offered_name;
  frame.handout().ask_save_path = [&](const wxString&, const std::string& default_name, const wxString&) {
    offered_name = default_name;
    return std::optional<std::string>(pdf.string());
  };
  session.click(session.find("export-pdf"));
  CHECK(offered_name.starts_with("Nguyen-Mai-"));
  CHECK(offered_name.ends_with(".pdf"));
  INFO("status: " << gui::utf8(frame.GetStatusBar()->GetStatusText()));
  REQUIRE(std::filesystem::exists(pdf));
  const std::string text = pdfText(pdf);
  CHECK_THAT(text, Contains("Mai Nguyen"));
  CHECK_THAT(text, Contains("Snow angels on a long roller"));
  CHECK_THAT(text, Contains("Upper-back arch over a foam roller"));
  CHECK_THAT(text, Contains("Riverside Physical Therapy"));

  // A folder that cannot be written is said in the status bar; the window goes on.
  CHECK_FALSE(frame.handout().exportHtml((session.folder() / "no-such-folder" / "handout.html").string()));
  CHECK_THAT(gui::utf8(frame.GetStatusBar()->GetStatusText()),
             Contains("Could not save the HTML") && Contains("does not exist. Choose another folder"));
  CHECK(frame.handout().exportHtml((session.folder() / "handout.html").string()));
}

namespace {

std::string pluginsTable(wxListCtrl& list) {
  std::string table;
  for (long row = 0; row < list.GetItemCount(); ++row) {
    for (int column = 0; column < 5; ++column) table += gui::utf8(list.GetItemText(row, column)) + " | ";
    table += "\n";
  }
  return table;
}

}  // namespace

TEST_CASE("A broken plugin shows its reason in the plugins window while the other plugins work") {
  test::GuiSession session({kFixtures / "not_a_library.so", kFixtures / "fixture_unknown_condition.so", kBuiltin});
  gui::MainFrame& frame = session.frame();
  // Reported once, without blocking: a notice across the top of the window.
  CHECK(session.find("notice").IsShown());
  CHECK_THAT(gui::utf8(session.find<wxStaticText>("notice-text").GetLabel()),
             Contains("2 plugins could not be loaded") && Contains("View > Plugins"));
  CHECK_THAT(gui::utf8(frame.GetStatusBar()->GetStatusText()), Contains("2 plugins could not be loaded"));

  // The library still has every built-in exercise.
  CHECK(frame.library().resultCount() >= 66);

  // The notice's button opens the plugins window, which lists each plugin with its reason.
  session.click(session.find("show-plugins"));
  auto& list = session.find<wxListCtrl>("plugins-list");
  const std::string table = pluginsTable(list);
  INFO(table);
  CHECK_THAT(table, Contains("not_a_library.so |  | Failed") && Contains("not a shared library"));
  CHECK_THAT(table, Contains("Invalid") && Contains("unknown condition code 'osteoporsis'"));
  CHECK_THAT(table, Contains("Balance and fall prevention | 1.0.0 | Loaded | 10"));
  CHECK(list.GetItemCount() == 9);
}

TEST_CASE("Scan again in the plugins window asks every plugin afresh, a remembered hang included") {
  // A hang is remembered (it costs its time once); Scan again is how a therapist retries it.
  setenv("MOTUS_PLUGIN_SCAN_TIMEOUT", "2", 1);
  test::GuiSession session({kFixtures / "fixture_loop_in_info.so", kBuiltin / "foam_rolling.so"});
  gui::MainFrame& frame = session.frame();
  frame.showPlugins();
  test::settle();
  auto& list = session.find<wxListCtrl>("plugins-list");
  CHECK_THAT(pluginsTable(list),
             Contains("fixture_loop_in_info.so |  | Failed | 0 | The plugin did not answer within 2 s"));

  session.click(session.find("plugins-scan-again"));
  CHECK(frame.scanningPlugins());  // the hanging plugin alone takes 2 s to be given up again
  CHECK_THAT(pluginsTable(list), Contains("fixture_loop_in_info.so |  | Scanning"));
  REQUIRE(session.waitForPlugins());
  const std::string again = pluginsTable(list);
  INFO(again);
  CHECK_THAT(again, Contains("fixture_loop_in_info.so |  | Failed | 0 | The plugin did not answer within 2 s"));
  CHECK_THAT(again, Contains("Foam rolling for the upper and mid back | 1.0.0 | Loaded | 6"));
  for (const core::PluginRecord& plugin : session.context().plugins->plugins()) CHECK_FALSE(plugin.from_index);
  CHECK(frame.library().resultCount() >= 6);
  unsetenv("MOTUS_PLUGIN_SCAN_TIMEOUT");
}

TEST_CASE("The window starts at once beside plugins that crash or hang, and they join or fail as they answer") {
  // Every fixture at once: crashes, aborts, a hang, a memory bomb, garbage on every descriptor.
  // 8 s: short for the hanging fixture, yet long enough that a built-in plugin (0.4 s alone under
  // ASan) still answers while the memory bomb and the huge document load both cores (at 4 s,
  // balance.so once timed out in CI).
  setenv("MOTUS_PLUGIN_SCAN_TIMEOUT", "8", 1);
  setenv("MOTUS_PLUGIN_SCAN_MEMORY_MB", "256", 1);
  test::GuiSession session({kFixtures, kBuiltin}, false);
  gui::MainFrame& frame = session.frame();
  CHECK(frame.IsShown());

  // Nothing is in the index yet: the plugins window says which are still being read. The hanging
  // fixture needs 8 s before it is given up, so it is certainly among them now.
  frame.showPlugins();  // as View > Plugins does
  test::settle();
  auto& list = session.find<wxListCtrl>("plugins-list");
  const std::string early = pluginsTable(list);
  INFO(early);
  CHECK_THAT(early, Contains("fixture_loop_in_info.so |  | Scanning"));
  CHECK_THAT(gui::utf8(session.find<wxStaticText>("plugins-summary").GetLabel()), Contains("still being read"));
  CHECK(frame.scanningPlugins());

  // The window stays usable meanwhile, and every answer lands in the open plugins window.
  REQUIRE(session.waitForPlugins());
  const std::string table = pluginsTable(list);
  INFO(table);
  CHECK(list.GetItemCount() == 43);
  CHECK_THAT(table, Contains("fixture_loop_in_info.so |  | Failed | 0 | The plugin did not answer within 8 s"));
  CHECK_THAT(table, Contains("fixture_crash_in_exercises.so |  | Failed | 0 | The plugin crashed while describing"));
  CHECK_THAT(table, Contains("fixture_crash_in_static.so |  | Failed | 0 | The plugin crashed as it was opened"));
  CHECK_THAT(table, Contains("fixture_memory_bomb.so |  | Failed | 0 | The plugin used more than 256 MiB"));
  CHECK_THAT(table, Contains("fixture_huge_document.so |  | Failed | 0 | The plugin sent a description larger"));
  CHECK_THAT(table, Contains("Balance and fall prevention | 1.0.0 | Loaded | 10"));
  CHECK_THAT(table, Contains("Foam rolling for the upper and mid back | 1.0.0 | Loaded | 6"));
  // The table cuts long reasons short; the chosen plugin's whole reason shows below it.
  for (long row = 0; row < list.GetItemCount(); ++row) {
    if (gui::utf8(list.GetItemText(row, 0)) == "fixture_crash_in_static.so") {
      list.SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
  }
  test::settle(2);
  CHECK_THAT(gui::utf8(session.find<wxTextCtrl>("plugins-details").GetValue()),
             Contains("The plugin crashed as it was opened, in its start-up code") &&
                 Contains("Remove it or ask its author for a fixed version.") && Contains("File: "));
  // The library is refilled on the UI thread after the last answer; under ASan that can come a
  // little after the plugins window is complete, so wait for it (up to 20 s) rather than race it.
  for (int round = 0; round < 700 && frame.library().resultCount() < 67 + 6; ++round) test::settle(2);
  CHECK(frame.library().resultCount() >= 67 + 6);  // the built-in exercises and the sound fixtures'
  CHECK_THAT(gui::utf8(session.find<wxStaticText>("notice-text").GetLabel()),
             Contains("30 plugins could not be loaded"));
  unsetenv("MOTUS_PLUGIN_SCAN_TIMEOUT");
  unsetenv("MOTUS_PLUGIN_SCAN_MEMORY_MB");
}

namespace {

db::Id addSamplePatient(gui::AppContext& context, const char* chart, const char* family) {
  return context.records->savePatientRecord(std::nullopt, {chart, family, "Test", "", "", "", ""}, {});
}

long rowOf(wxListCtrl& list, const std::string& text) {
  for (long row = 0; row < list.GetItemCount(); ++row) {
    if (gui::utf8(list.GetItemText(row, 0)).starts_with(text)) return row;
  }
  return -1;
}

std::vector<std::string> exerciseOrder(gui::AppContext& context, db::Id program) {
  std::vector<std::string> ids;
  for (const db::ProgramItem& item : context.store().program(program).items) ids.push_back(item.exercise.spec.id);
  return ids;
}

}  // namespace

TEST_CASE("Unsaved changes to a record are never dropped without asking") {
  test::GuiSession session({kBuiltin});
  addSamplePatient(session.context(), "C-1", "Adams");
  addSamplePatient(session.context(), "C-2", "Baker");
  gui::MainFrame& frame = session.frame();
  frame.patients().refresh();
  auto& list = session.find<wxListCtrl>("patient-list");
  session.click(list, test::rowCentre(list, rowOf(list, "Adams")));
  REQUIRE(frame.record().patient().has_value());
  const db::Id adams = *frame.record().patient();
  session.type(session.find("patient-notes"), "Walks with a cane");
  REQUIRE(frame.record().isDirty());

  // Cancel keeps the edit and the patient on screen.
  wxTEST_DIALOG(
      {
        session.click(list, test::rowCentre(list, rowOf(list, "Baker")));
        test::settle(30);
      },
      wxExpectDismissableModal<wxDialog>(wxID_CANCEL));
  CHECK(frame.record().patient() == adams);
  CHECK(session.find<wxTextCtrl>("patient-notes").GetValue() == gui::wx("Walks with a cane"));

  // Save keeps it for good, then moves on.
  wxTEST_DIALOG(
      {
        session.click(list, test::rowCentre(list, rowOf(list, "Baker")));
        test::settle(30);
      },
      wxExpectDismissableModal<wxDialog>(wxID_YES));
  CHECK(session.context().store().patient(adams).details.notes == "Walks with a cane");
  CHECK(frame.record().patient() != adams);

  // Closing the window with unsaved changes asks too; Cancel keeps it open.
  session.type(session.find("patient-notes"), "Uses a walker");
  wxTEST_DIALOG(CHECK_FALSE(session.closeWindow()), wxExpectDismissableModal<wxDialog>(wxID_CANCEL));
}

TEST_CASE("Exercises are reordered by keyboard and by dragging, and every change is saved") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = addSamplePatient(context, "D-1", "Dunn");
  const db::Id draft = context.records->createDraft(patient, "Knee");
  for (const char* id : {"hip-knee/quad-set", "hip-knee/heel-slide", "hip-knee/step-up"})
    context.records->prescribe(draft, *context.catalog.find(id), std::nullopt, "", "");
  gui::MainFrame& frame = session.frame();
  frame.patients().refresh();
  auto& patients = session.find<wxListCtrl>("patient-list");
  session.click(patients, test::rowCentre(patients, 0));
  session.key('2', wxMOD_CONTROL);
  auto& items = session.find<wxListCtrl>("program-items");
  REQUIRE(items.GetItemCount() == 3);

  session.click(items, test::rowCentre(items, 0));
  session.key(WXK_DOWN, wxMOD_ALT);
  CHECK(exerciseOrder(context, draft) == std::vector<std::string>{"heel-slide", "quad-set", "step-up"});
  CHECK(frame.program().selectedRow() == 1);  // the moved exercise stays selected

  session.drag(items, test::rowCentre(items, 2), test::rowCentre(items, 0));
  CHECK(exerciseOrder(context, draft) == std::vector<std::string>{"step-up", "heel-slide", "quad-set"});
  CHECK(gui::utf8(items.GetItemText(0, 1)) == "Step-up");
}

TEST_CASE("The window's size and panes are remembered between runs") {
  std::filesystem::path config;
  {
    test::GuiSession session({kBuiltin});
    session.frame().SetSize(wxSize(1100, 700));
    session.find<wxSplitterWindow>("patients-split").SetSashPosition(300);
    test::settle();
    config = gui::Preferences::file();
    REQUIRE(session.closeWindow());
    const gui::Preferences saved = gui::Preferences::load();
    CHECK(saved.width == 1100);
    CHECK(saved.height == 700);
    CHECK(saved.patients_sash == 300);
    // The next start opens the same way.
    gui::Preferences preferences = saved;
    auto* again = new gui::MainFrame(session.context(), preferences);
    again->Show();
    test::settle();
    CHECK(again->GetSize() == wxSize(1100, 700));
    again->Destroy();
    test::settle();
  }
  CHECK_FALSE(config.empty());
}

TEST_CASE("A window remembered on a screen that is gone opens on this one, whole") {
  test::GuiSession session({kBuiltin});
  REQUIRE(session.closeWindow());
  const wxRect screen = wxDisplay(0U).GetClientArea();
  // Saved on a second monitor to the right, since unplugged; and one taller than this screen.
  for (const wxRect saved :
       {wxRect(5000, 40, 1100, 700), wxRect(-3000, -2000, 1000, 650), wxRect(100, 50, 1200, 4000)}) {
    gui::Preferences preferences = gui::Preferences::load();
    preferences.x = saved.x;
    preferences.y = saved.y;
    preferences.width = saved.width;
    preferences.height = saved.height;
    auto* again = new gui::MainFrame(session.context(), preferences);
    again->Show();
    test::settle();
    INFO("saved at " << saved.x << "," << saved.y << " " << saved.width << "x" << saved.height);
    CHECK(screen.Contains(again->GetRect()));
    CHECK(again->GetSize().GetWidth() == std::min(saved.width, screen.width));  // its size kept where it fits
    again->Destroy();
    test::settle();
  }
}

TEST_CASE("A right-to-left name in the title bar cannot carry the chart number or the app's name across") {
  test::GuiSession session({kBuiltin});
  const db::Id patient = session.context().records->savePatientRecord(
      std::nullopt, {"H-7", "\u202E\u05DB\u05D4\u05DF", "\u05DE\u05E8\u05D9\u05DD", "", "", "", ""}, {});
  session.frame().showPatient(patient);
  test::settle();
  // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE around what was typed; the lone override is gone.
  CHECK(gui::utf8(session.frame().GetTitle()) ==
        "\u2068\u05DE\u05E8\u05D9\u05DD \u05DB\u05D4\u05DF\u2069 (\u2068H-7\u2069) - Motus");
}

TEST_CASE("The handout's file name keeps a name's letters in any script and drops emoji and hidden characters") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(
      std::nullopt, {"R-1", "O'Brien \u05DB\u05D4\u05DF \U0001F600", "Ros\u00E9\u202Efdp.exe", "", "", "", ""}, {});
  const db::Id program = context.records->createDraft(patient, "Knee");
  context.records->prescribe(program, *context.catalog.find("hip-knee/quad-set"), std::nullopt, "", "");
  context.records->issue(program);
  const db::Program issued = context.store().program(program);
  const std::string date = issued.issued_at.substr(0, 10);
  CHECK(session.frame().handout().defaultFileName(issued, "pdf") ==
        "O-Brien-\u05DB\u05D4\u05DF-Ros\u00E9fdp.exe-" + date + ".pdf");
}

TEST_CASE(
    "A reprint from the window is the handout motus-cli printed, byte for byte, after the plugin rewords a topic") {
  const std::filesystem::path first_wording = kFixtures / "topic-first";
  test::GuiSession session({kFixtures / "topic-reworded"});  // the window has the plugin's new wording
  gui::AppContext& context = session.context();
  const db::Id patient = addSamplePatient(context, "E-1", "Evans");
  const db::Id program = context.records->createDraft(patient, "Neck");
  REQUIRE(context.catalog.find("fixture-topic/basic") != nullptr);
  context.records->prescribe(program, *context.catalog.find("fixture-topic/basic"), std::nullopt, "", "");
  context.records->issue(program);

  // motus-cli hands it out while the plugin still words the topic the first way.
  const std::filesystem::path folder = session.folder();
  const std::string cli = test::shellQuoted(MOTUS_CLI) + " --database " +
                          test::shellQuoted(context.store().path().string()) + " --plugin-path " +
                          test::shellQuoted(first_wording.string()) + " handout " + std::to_string(program);
  const test::CommandResult handed_out =
      test::runCommand(cli + " --html " + test::shellQuoted((folder / "cli.html").string()) + " --pdf " +
                       test::shellQuoted((folder / "cli.pdf").string()) + " --education fixture-topic/posture");
  INFO(handed_out.output);
  REQUIRE(handed_out.exit_code == 0);
  REQUIRE_THAT(test::readBytes(folder / "cli.html"), Contains("Sitting tall"));

  // The window reprints it: the topic as the patient got it, not the plugin's new words.
  gui::MainFrame& frame = session.frame();
  frame.patients().refresh();
  auto& patients = session.find<wxListCtrl>("patient-list");
  session.click(patients, test::rowCentre(patients, 0));
  session.key('3', wxMOD_CONTROL);
  test::settle();
  auto& education = session.find<wxCheckListBox>("education");
  REQUIRE(education.GetCount() >= 1);
  CHECK(gui::utf8(education.GetString(0)) == "Sitting tall (as handed out)");
  CHECK(education.IsChecked(0));
  REQUIRE(education.GetCount() >= 2);  // the plugin's new words can still be chosen
  CHECK(gui::utf8(education.GetString(1)) == "Sit up tall (Fixture fixture-topic, new wording)");
  CHECK_FALSE(education.IsChecked(1));
  REQUIRE(frame.handout().exportHtml((folder / "window.html").string()));
  REQUIRE(frame.handout().exportPdf((folder / "window.pdf").string()));
  CHECK(test::readBytes(folder / "window.html") == test::readBytes(folder / "cli.html"));
  CHECK(test::readBytes(folder / "window.pdf") == test::readBytes(folder / "cli.pdf"));
  CHECK_FALSE(Contains("Sit up tall").match(test::readBytes(folder / "window.html")));

  // The window kept the settings as they were, so motus-cli's next reprint is the same again.
  REQUIRE(test::runCommand(cli + " --html " + test::shellQuoted((folder / "again.html").string())).exit_code == 0);
  CHECK(test::readBytes(folder / "again.html") == test::readBytes(folder / "cli.html"));
}

TEST_CASE("The screening box gives each override reason once") {
  test::GuiSession session({kBuiltin});
  gui::AppContext& context = session.context();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"O-1", "Once", "Olga", "", "", "", ""},
                                                            {{"osteoporosis", "T-score -2.8", "2021"}});
  const db::Id draft = context.records->createDraft(patient, "Back");
  context.records->prescribe(draft, *context.catalog.find("foam-rolling/thoracic-pivot"), std::nullopt, "", "");
  context.records->overrideAvoid(draft, 1, "DEXA repeated: normal");
  session.frame().patients().select(patient);
  session.frame().showPatient(patient);
  test::settle();
  const std::string findings = gui::utf8(session.find<wxTextCtrl>("findings").GetValue());
  INFO(findings);
  std::size_t times = 0;
  for (std::size_t at = findings.find("DEXA repeated"); at != std::string::npos;
       at = findings.find("DEXA repeated", at + 1))
    ++times;
  CHECK(times == 1);
  CHECK_THAT(findings, Contains("Overridden: DEXA repeated: normal"));
}

TEST_CASE("The override dialog records only a reason that says why, and Enter records it") {
  test::GuiSession session({kBuiltin});
  gui::OverrideDialog dialog(&session.frame(), "Side-of-back roll",
                             "AVOID Osteoporosis or low bone density: the roller presses hard on the ribs.");
  dialog.Show();
  dialog.Raise();
  test::settle(30);
  auto& reason = session.find<wxTextCtrl>("override-reason");
  REQUIRE(reason.GetParent() == &dialog);
  auto& problem = session.find<wxStaticText>("override-problem");
  auto* ok = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
  REQUIRE(ok != nullptr);
  CHECK_FALSE(ok->IsEnabled());

  session.type(reason, "ok");
  CHECK_FALSE(ok->IsEnabled());
  CHECK_THAT(gui::utf8(problem.GetLabel()), Contains("'ok' does not say why the exercise is safe for this patient"));
  CHECK_THAT(gui::utf8(problem.GetLabel()), Contains("Write who"));
  // All of it in sight: the dialog has room for the longest message from the start.
  INFO("problem shown " << problem.GetSize().y << " px of " << problem.GetBestSize().y);
  CHECK(problem.GetSize().y >= problem.GetBestSize().y);
  CHECK(dialog.GetClientRect().Contains(problem.GetRect()));
  session.key(WXK_RETURN);  // nothing to record yet: the dialog stays, with what was typed
  CHECK(dialog.IsShown());
  CHECK(dialog.reason() == "ok");

  session.type(reason, "Surgeon cleared rolling on 2026-11-01");
  CHECK(ok->IsEnabled());
  CHECK(problem.GetLabel().empty());
  session.key(WXK_RETURN);
  CHECK_FALSE(dialog.IsShown());  // OK's handler closed it (a modeless dialog keeps no return code)
  CHECK(dialog.reason() == "Surgeon cleared rolling on 2026-11-01");
}
