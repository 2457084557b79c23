// Motus archives in the window: File > Export clinic in one database, File > Import in another,
// through the menu items, with the work in the background and the summary read from its dialog;
// and an archive that cannot be imported, whose reason is shown while the database stays as it was.
#include "gui_driver.hpp"

#include "actions.hpp"
#include "archive_transfer.hpp"
#include "patient_list_panel.hpp"
#include "wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/choicdlg.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

#include <utility>

using namespace motus;
using Catch::Matchers::Contains;

// Answers "how to treat chart numbers the database has already" with the choice at `index`
// (0 refuse, 1 skip, 2 renumber), after checking that refusing is what is offered first.
class ChooseChartClash : public wxExpectModalBase<wxSingleChoiceDialog, ChooseChartClash> {
 public:
  explicit ChooseChartClash(int index) : index_(index) {}

 protected:
  int OnInvoked(wxSingleChoiceDialog* dialog) const override {
    CHECK(dialog->GetSelection() == 0);
    dialog->SetSelection(index_);
    return wxID_OK;
  }

 private:
  int index_;
};

// Reads a message box (the summary, or the error) into `text`: title, message, details.
class ReadMessage : public wxExpectModalBase<wxMessageDialog, ReadMessage> {
 public:
  explicit ReadMessage(std::string& text) : text_(&text) {}

 protected:
  int OnInvoked(wxMessageDialog* dialog) const override {
    *text_ = gui::utf8(dialog->GetTitle()) + "\n" + gui::utf8(dialog->GetMessage()) + "\n" +
             gui::utf8(dialog->GetExtendedMessage());
    return wxID_OK;
  }

 private:
  std::string* text_;
};

namespace {

const std::filesystem::path kFoamRolling = std::filesystem::path(MOTUS_BUILTIN_PLUGIN_DIR) / "foam_rolling.so";

// As a click on the menu item does: refused (a failed check) when the item is greyed.
void chooseMenuItem(gui::MainFrame& frame, const char* name) {
  const int id = gui::actionId(gui::action(name));
  frame.refreshActions();
  REQUIRE(frame.GetMenuBar()->IsEnabled(id));
  wxCommandEvent event(wxEVT_MENU, id);
  event.SetEventObject(&frame);
  frame.ProcessWindowEvent(event);
}

// Runs the window until the archive work is done (its summary or error then shows).
void waitForArchive(gui::MainFrame& frame) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (frame.archive().busy() && std::chrono::steady_clock::now() < give_up) test::settle(1);
  test::settle();
  REQUIRE_FALSE(frame.archive().busy());
}

std::string status(gui::MainFrame& frame) { return gui::utf8(frame.GetStatusBar()->GetStatusText()); }

std::vector<std::string> listedPatients(test::GuiSession& session) {
  auto& list = session.find<wxListCtrl>("patient-list");
  std::vector<std::string> rows;
  for (long row = 0; row < list.GetItemCount(); ++row)
    rows.push_back(gui::utf8(list.GetItemText(row, 0)) + " | " + gui::utf8(list.GetItemText(row, 1)));
  return rows;
}

// An import through File > Import, answered with `clash`; returns what the dialog at the end said.
std::string importThroughMenu(test::GuiSession& session, const std::filesystem::path& archive, int clash) {
  gui::MainFrame& frame = session.frame();
  frame.archive().ask_open_path = [archive](const wxString&, const wxString&) {
    return std::optional<std::string>(archive.string());
  };
  std::string said;
  wxTEST_DIALOG(
      {
        chooseMenuItem(frame, "import-archive");
        // The menu item has returned, yet the work goes on: off the window's thread, behind the
        // progress dialog, with the window taking no input meanwhile.
        CHECK(frame.archive().busy());
        CHECK(session.find("archive-progress").IsShown());
        CHECK_FALSE(frame.IsEnabled());
        waitForArchive(frame);
      },
      ChooseChartClash(clash), ReadMessage(said));
  CHECK(frame.IsEnabled());
  CHECK(wxWindow::FindWindowByName(gui::wx("archive-progress")) == nullptr);
  return said;
}

std::string databaseBytes(const std::filesystem::path& database) {
  std::string bytes = test::readBytes(database);
  const std::filesystem::path wal = database.string() + "-wal";
  if (std::filesystem::exists(wal)) bytes += "\n-- wal --\n" + test::readBytes(wal);
  return bytes;
}

}  // namespace

TEST_CASE("A clinic exported through File > Export clinic is imported through File > Import into an empty database") {
  const test::TempFolder shared("archive-gui");
  const std::filesystem::path archive = shared / "clinic.motus.json";
  {
    test::GuiSession session({kFoamRolling});
    gui::AppContext& context = session.context();
    core::Records& records = *context.records;
    const db::Id patient =
        records.savePatientRecord(std::nullopt, {"A-1001", "Nguyen", "Mai", "1948-03-02", "", "", ""},
                                  {{"osteoporosis", "T-score -2.8", "2021"}});
    const db::Id issued = records.createDraft(patient, "Upper back");
    REQUIRE(context.catalog.find("foam-rolling/thoracic-pivot") != nullptr);
    records.prescribe(issued, *context.catalog.find("foam-rolling/thoracic-pivot"), std::nullopt, "Slowly", "");
    records.overrideAvoid(issued, 1, "DEXA repeated 2026-10: normal");
    records.issue(issued);
    const db::Id draft = records.createDraft(patient, "Next step");
    records.prescribe(draft, *context.catalog.find("foam-rolling/thoracic-pivot"), std::nullopt, "", "");
    records.saveTemplate("Upper back basics", issued);
    gui::MainFrame& frame = session.frame();
    frame.patients().refresh();

    // Nobody shown: a patient cannot be exported; the clinic and the templates can.
    frame.refreshActions();
    CHECK_FALSE(frame.GetMenuBar()->IsEnabled(gui::actionId(gui::action("export-patient"))));
    CHECK(frame.GetMenuBar()->IsEnabled(gui::actionId(gui::action("export-clinic"))));
    CHECK(frame.GetMenuBar()->IsEnabled(gui::actionId(gui::action("export-templates"))));
    CHECK(frame.GetMenuBar()->IsEnabled(gui::actionId(gui::action("import-archive"))));

    std::string offered;
    frame.archive().ask_save_path = [&](const wxString&, const std::string& default_name, const wxString&) {
      offered = default_name;
      return std::optional<std::string>(archive.string());
    };
    std::string said;
    wxTEST_DIALOG(
        {
          chooseMenuItem(frame, "export-clinic");
          waitForArchive(frame);
        },
        ReadMessage(said));
    INFO(said);
    CHECK_THAT(offered, Contains("Riverside-Physical-Therapy-"));
    CHECK(offered.ends_with(".motus.json"));
    CHECK_THAT(said, Contains("Exported 1 patient, 2 programs and 1 template to clinic.motus.json."));
    CHECK_THAT(status(frame), Contains("Exported 1 patient"));
    REQUIRE(std::filesystem::exists(archive));

    // The templates alone, to share a protocol: no patient in it.
    const std::filesystem::path shared_templates = shared / "templates.motus.json";
    frame.archive().ask_save_path = [&](const wxString&, const std::string& default_name, const wxString&) {
      offered = default_name;
      return std::optional<std::string>(shared_templates.string());
    };
    wxTEST_DIALOG(
        {
          chooseMenuItem(frame, "export-templates");
          waitForArchive(frame);
        },
        ReadMessage(said));
    CHECK(offered == "Riverside-Physical-Therapy-templates.motus.json");
    CHECK_THAT(said, Contains("Exported 0 patients, 0 programs and 1 template to templates.motus.json."));
    CHECK(std::filesystem::exists(shared_templates));

    // With the patient shown, Export patient offers the chart number as the file's name.
    frame.patients().select(patient);
    frame.showPatient(patient);
    test::settle();
    const std::filesystem::path one = shared / "one.motus.json";
    frame.archive().ask_save_path = [&](const wxString&, const std::string& default_name, const wxString&) {
      offered = default_name;
      return std::optional<std::string>(one.string());
    };
    wxTEST_DIALOG(
        {
          chooseMenuItem(frame, "export-patient");
          waitForArchive(frame);
        },
        ReadMessage(said));
    CHECK(offered == "A-1001.motus.json");
    CHECK_THAT(said, Contains("Exported 1 patient, 2 programs"));
    CHECK(std::filesystem::exists(one));
    // Made safe for a file name: no folder separator, no hidden reordering characters.
    CHECK(frame.archive().defaultFileName({core::ArchiveContents::patients, {"B/12 7\u202E"}}) == "B-12-7.motus.json");
  }

  // A second, empty database in the window: the patient arrives, and the list shows them.
  test::GuiSession session({kFoamRolling});
  gui::MainFrame& frame = session.frame();
  REQUIRE(listedPatients(session).empty());
  const std::string summary = importThroughMenu(session, archive, 0);
  INFO(summary);
  CHECK_THAT(summary, Contains("Imported 1 patient, 1 issued program, 1 draft and 1 template from clinic.motus.json."));
  CHECK_THAT(status(frame), Contains("Imported 1 patient"));
  CHECK(listedPatients(session) == std::vector<std::string>{"Nguyen, Mai | A-1001"});
  const std::optional<db::Patient> imported = session.context().store().findPatientByChart("A-1001");
  REQUIRE(imported.has_value());
  const auto programs = session.context().store().programs(imported->id);
  REQUIRE(programs.size() == 2);

  // The same archive again, renumbered: the summary says under which chart number.
  const std::string renumbered = importThroughMenu(session, archive, 2);
  INFO(renumbered);
  CHECK_THAT(renumbered, Contains("Imported 1 patient") && Contains("A-1001 is now A-1001-2"));
  CHECK(listedPatients(session).size() == 2);

  // And refused: nothing imported, and the dialog says exactly why.
  const std::string refused = importThroughMenu(session, archive, 0);
  INFO(refused);
  CHECK_THAT(refused,
             Contains("Could not import the archive") && Contains("Nothing was imported") && Contains("A-1001"));
  CHECK_THAT(status(frame), Contains("Could not import the archive"));
  CHECK(listedPatients(session).size() == 2);
}

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("An archive that cannot be imported shows why in the window and leaves the database as it was") {
  test::GuiSession session({kFoamRolling});
  core::Records& records = *session.context().records;
  records.savePatientRecord(std::nullopt, {"C-7", "Okafor", "Ada", "1950-01-01", "", "", ""}, {});
  records.savePatientRecord(std::nullopt, {"D-8", "Diallo", "Ben", "1961-06-15", "", "", ""}, {});
  gui::MainFrame& frame = session.frame();
  frame.patients().refresh();
  test::settle();
  const std::filesystem::path database = session.context().store().path();
  const std::vector<std::string> listed = listedPatients(session);
  REQUIRE(listed.size() == 2);

  // Cut short in the middle of a patient, as a copy that failed part way would be.
  const std::filesystem::path cut_short = session.folder() / "cut-short.motus.json";
  test::writeBytes(cut_short, R"({"format": "motus.archive", "version": 1, "patients": [{"chart_number": "Q-1", "fam)");
  // Well formed, new chart numbers, but the second patient (in name order) was born on a day that
  // never was: the first one must not come in alone.
  const std::filesystem::path exported = session.folder() / "exported.motus.json";
  core::exportArchive(records, {}, exported);
  std::string text = replaced(test::readBytes(exported), "\"C-7\"", "\"N-1\"");
  text = replaced(replaced(text, "\"D-8\"", "\"N-2\""), "1950-01-01", "1950-02-30");
  const std::filesystem::path bad_date = session.folder() / "bad-date.motus.json";
  test::writeBytes(bad_date, text);

  for (const auto& [archive, reason] :
       {std::pair{cut_short, "The file is not valid JSON"},
        std::pair{bad_date, "$.patients[1]: the date of birth '1950-02-30' is not a real date"}}) {
    INFO(archive.filename().string());
    const std::string before = databaseBytes(database);
    const std::string said = importThroughMenu(session, archive, 0);
    INFO(said);
    CHECK_THAT(said, Contains("Could not import the archive") && Contains("Nothing was imported") && Contains(reason));
    CHECK_THAT(status(frame), Contains("Could not import the archive"));
    CHECK(databaseBytes(database) == before);
    CHECK(listedPatients(session) == listed);
    CHECK_FALSE(session.context().store().findPatientByChart("Q-1").has_value());
    CHECK_FALSE(session.context().store().findPatientByChart("N-1").has_value());
    CHECK_FALSE(session.context().store().findPatientByChart("N-2").has_value());
  }
}
