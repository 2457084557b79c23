// Screenshots of the main screens for the README, from the real window with sample records.
// Run by docs/make_screenshots.sh under Xvfb: motus_screenshots OUTPUT_FOLDER
#include "dialogs.hpp"
#include "gui_driver.hpp"
#include "handout_panel.hpp"
#include "library_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/toplevel.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

using namespace motus;

namespace {

// Reads the pixels from the X server itself (ImageMagick's import), as a person would see them:
// wxScreenDC on GTK 3 can return a stale picture of a window that has just repainted.
void capture(wxWindow& window, const std::filesystem::path& file) {
  window.Refresh();
  window.Update();
  test::settle(30);
  const wxRect rect = window.GetScreenRect();
  const std::string geometry = std::to_string(rect.width) + "x" + std::to_string(rect.height) + "+" +
                               std::to_string(rect.x) + "+" + std::to_string(rect.y);
  const std::string command = "import -window root -crop " + geometry + " +repage '" + file.string() + "'";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("could not run: " + command);
  std::cout << "wrote " << file.string() << '\n';
}

db::Id addPatient(gui::AppContext& context, const char* chart, const char* family, const char* given, const char* born,
                  std::vector<db::PatientCondition> conditions) {
  return context.records->savePatientRecord(std::nullopt, {chart, family, given, born, "555-0123", "", ""}, conditions);
}

void prescribe(gui::AppContext& context, db::Id draft, const char* id) {
  const core::CatalogEntry* entry = context.catalog.find(id);
  if (entry == nullptr) throw std::runtime_error(std::string("no exercise ") + id);
  context.records->prescribe(draft, *entry, std::nullopt, "", "");
}

void seed(gui::AppContext& context) {
  addPatient(context, "A-1002", "Okafor", "Ada", "1951-07-19", {{"fall-risk", "2 falls this year", "2026"}});
  addPatient(context, "A-1003", "Lindqvist", "Erik", "1967-01-30", {});
  addPatient(context, "A-1004", "García", "Lucía", "1983-11-02", {{"pregnancy", "24 weeks", "2026-06"}});
  addPatient(context, "A-1005", "Brown", "Sam", "1990-05-12", {});
  const db::Id mai =
      addPatient(context, "A-1001", "Nguyen", "Mai", "1948-03-02",
                 {{"osteoporosis", "T-score -2.8", "2021-05"}, {"hip-replacement", "left, posterior", "2024"}});
  const db::Id first = context.records->createDraft(mai, "Back and balance");
  for (const char* id : {"low-back-care/pelvic-tilt", "hip-knee/sit-to-stand", "balance/tandem-stance",
                         "ankle-foot/heel-raise", "neck-posture/chin-tuck"})
    prescribe(context, first, id);
  context.records->issue(first);
  const db::Id draft = context.records->newVersion(first);
  prescribe(context, draft, "foam-rolling/thoracic-pivot");
  prescribe(context, draft, "low-back-care/knee-to-chest");
}

}  // namespace

int main(int argc, char* argv[]) {
  int width = 1280;
  int height = 800;
  if ((argc != 2 && argc != 3) || (argc == 3 && std::sscanf(argv[2], "%dx%d", &width, &height) != 2)) {
    std::cerr << "usage: motus_screenshots OUTPUT_FOLDER [WIDTHxHEIGHT, 1280x800 unless given]\n";
    return 2;
  }
  const std::filesystem::path out = argv[1];
  std::filesystem::create_directories(out);
  wxApp::SetInstance(new wxApp());
  int wx_argc = 1;
  char* wx_argv[] = {argv[0], nullptr};
  if (!wxEntryStart(wx_argc, wx_argv)) return 1;
  wxTheApp->CallOnInit();
  wxInitAllImageHandlers();
  {
    test::GuiSession session({MOTUS_BUILTIN_PLUGIN_DIR});
    gui::MainFrame& frame = session.frame();
    frame.SetSize(0, 0, width, height);
    seed(session.context());
    frame.patients().refresh();
    const db::Id mai = session.context().store().findPatientByChart("A-1001")->id;
    frame.patients().select(mai);
    frame.showPatient(mai);
    frame.showPage(gui::Page::record);
    capture(frame, out / "record.png");

    frame.showPage(gui::Page::program);
    session.find<wxSearchCtrl>("library-search").ChangeValue(gui::wx("bridge"));
    frame.library().search();
    frame.program().selectRow(0);
    capture(frame, out / "program.png");

    const auto programs = session.context().store().programs(mai);
    frame.handout().showProgram(programs.back().id);  // the issued first version
    frame.showPage(gui::Page::handout);
    while (frame.handout().previewDrawing()) test::settle(1);  // the pages are drawn off the UI thread
    capture(frame, out / "handout.png");

    frame.showPlugins();
    test::settle(10);
    capture(session.find("plugins-window"), out / "plugins.png");
    session.find("plugins-window").Destroy();

    // Modal dialogs: captured from inside their own event loop, then closed.
    const auto captureModal = [&](const char* name, const char* file) {
      frame.CallAfter([&out, name, file] {
        if (auto* dialog = dynamic_cast<wxDialog*>(wxWindow::FindWindowByName(gui::wx(name)))) {
          capture(*dialog, out / file);
          dialog->EndModal(wxID_CANCEL);
        }
      });
    };
    gui::Preferences preferences;
    preferences.clinician = "Dr. Lee, PT";
    captureModal("settings-dialog", "settings.png");
    gui::showSettings(&frame, session.context(), preferences, false);
    sdk::Dosage dosage = session.context().catalog.find("hip-knee/sit-to-stand")->spec.default_dosage;
    std::string note = "Use the kitchen chair with arms.";
    captureModal("dosage-dialog", "dosage.png");
    gui::editDosage(&frame, "Sit to stand", dosage, note);
    captureModal("override-dialog", "override.png");
    gui::askOverrideReason(&frame, "Knee to chest",
                           "Hip replacement with movement precautions: Avoid. This bends the hip past 90 degrees, "
                           "beyond the usual precautions after a hip replacement.");
  }
  wxTheApp->OnExit();
  wxEntryCleanup();
  return 0;
}
