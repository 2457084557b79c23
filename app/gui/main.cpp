// motus: the clinician's window.
#include "app_context.hpp"
#include "error_report.hpp"
#include "main_frame.hpp"
#include "preferences.hpp"
#include "wx_text.hpp"

#include <motus/core/audit_anchor.hpp>
#include <motus/core/database_path.hpp>
#include <motus/core/log.hpp>
#include <motus/sdk/api_version.hpp>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#ifndef MOTUS_VERSION
#error "MOTUS_VERSION must be defined by the build"
#endif

namespace {

using motus::gui::wx;
namespace fs = std::filesystem;

// The records the window opens: $MOTUS_DATABASE, else the standard path, which is created on the
// first run. Anywhere else, a path with no database (missing, or an empty file) is made into one
// only when the person says so: the path may be mistyped, and an empty file is usually a database
// that was lost. Null when they would rather quit.
std::unique_ptr<motus::gui::AppContext> openContext() {
  namespace core = motus::core;
  namespace db = motus::db;
  const fs::path database = core::defaultDatabasePath();
  db::OpenMode mode = core::unaskedOpenMode(database);
  for (;;) {
    try {
      return motus::gui::AppContext::open(database, mode, core::defaultPluginLocations());
    } catch (const db::DatabaseNotFound& missing) {
      if (mode == db::OpenMode::create) throw;
      std::error_code ec;
      const bool empty_file = fs::exists(database, ec);
      wxMessageDialog ask(nullptr,
                          wx(std::string(missing.what()) + "\n\n" +
                             (empty_file ? "Start a new, empty database in this file? Only do this if no records "
                                           "should be in it: restore a backup with 'motus-cli restore' otherwise."
                                         : "Create a new, empty database there? If the path is mistyped, quit and "
                                           "correct MOTUS_DATABASE.")),
                          wx("No database at this path"),
                          wxYES_NO | (empty_file ? wxNO_DEFAULT : wxYES_DEFAULT) | wxICON_QUESTION);
      ask.SetYesNoLabels(wx(empty_file ? "Start a new database" : "Create a new database"), wx("Quit"));
      motus::core::log::warning(motus::core::log::Source::gui, "No database at the chosen path; asking to create it");
      if (ask.ShowModal() != wxID_YES) return nullptr;
      mode = db::OpenMode::create;
    }
  }
}

// Taken as early as a program can: static initialisation, before wx starts.
const auto kProcessStart = std::chrono::steady_clock::now();

class MotusApp final : public wxApp {
 public:
  bool OnInit() override {
    if (!wxApp::OnInit()) return false;
    using namespace motus::gui;
    namespace log = motus::core::log;
    log::open();
    log::info(log::Source::gui, "motus " MOTUS_VERSION " started (plugin API " + std::to_string(MOTUS_SDK_API_MAJOR) +
                                    "." + std::to_string(MOTUS_SDK_API_MINOR) + ")");
    preferences_ = Preferences::load();
    try {
      context_ = openContext();
      if (!context_) return false;  // no database, and the person chose not to make one
    } catch (const std::exception& error) {
      showError(nullptr, wx("Motus cannot open the records"), error,
                wx("Nothing was changed. Choose another file with MOTUS_DATABASE, or restore a backup with "
                   "'motus-cli restore'."),
                wxICON_ERROR);
      return false;
    }
    std::string clinician = preferences_.clinician;
    if (clinician.empty()) {
      if (const char* user = std::getenv("USER")) clinician = user;
    }
    context_->setClinician(clinician);
    auto* frame = new MainFrame(*context_, preferences_);
    frame->Show();
    warnOfRewrittenAuditLog(*frame);
    frame->reportPluginTrouble();
    frame->scanPlugins();  // what the plugin index did not know, in the background
    if (exit_when_idle_) {
      // For the start-up benchmark: the first idle event means the window is up and responsive;
      // then it waits for every plugin to be in the library.
      Bind(wxEVT_IDLE, [frame](wxIdleEvent& event) {
        static bool window_reported = false;
        const auto since_start = [] {
          return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count();
        };
        if (!window_reported) {
          window_reported = true;
          std::cout << "first idle after " << since_start() << " ms\n";
        }
        if (frame->scanningPlugins()) {
          event.RequestMore();
          wxMilliSleep(1);
          return;
        }
        static bool plugins_reported = false;
        if (plugins_reported) return;
        plugins_reported = true;
        std::cout << "plugins ready after " << since_start() << " ms\n";
        frame->Destroy();
      });
    } else if (context_->store().clinic().name.empty()) {
      frame->CallAfter([frame] { frame->openSettings(true); });  // first run: who is the clinic?
    }
    return true;
  }

  // The one net under every handler: a failure the window did not expect (the database went
  // away, a disk filled up) is said in words and the window keeps running. Every save is one
  // transaction, so what was saved before stays saved.
  bool OnExceptionInMainLoop() override {
    std::string what = "an unknown error";
    std::string_view kind = "unknown error";
    try {
      throw;
    } catch (const std::exception& error) {
      what = error.what();
      kind = motus::core::log::kindOf(error);
    } catch (...) {
    }
    motus::gui::showError(nullptr, wx("Motus"),
                          wx("That did not work: " + what +
                             "\n\nEverything saved before is still saved. If it happens again, close Motus and "
                             "check the records with 'motus-cli check'."),
                          kind);
    return true;  // keep running
  }

  int OnExit() override {
    motus::core::log::info(motus::core::log::Source::gui, "motus exit");
    return wxApp::OnExit();
  }

  void OnInitCmdLine(wxCmdLineParser& parser) override {
    wxApp::OnInitCmdLine(parser);
    parser.AddSwitch(wxString(), wx("exit-when-idle"), wx("Print the start-up time and quit (for benchmarks)."));
  }
  bool OnCmdLineParsed(wxCmdLineParser& parser) override {
    exit_when_idle_ = parser.Found(wx("exit-when-idle"));
    return wxApp::OnCmdLineParsed(parser);
  }

 private:
  // Rows removed from the end of the audit log, or a rewritten log, since Motus last wrote it
  // here: said at start-up, before any work is done on these records.
  void warnOfRewrittenAuditLog(motus::gui::MainFrame& frame) const {
    using motus::core::AnchorState;
    if (exit_when_idle_) return;
    const motus::core::AnchorCheck anchor = context_->records->anchorCheck();
    if (anchor.state != AnchorState::behind && anchor.state != AnchorState::differs) return;
    frame.CallAfter([&frame, message = anchor.message] {
      motus::gui::showError(&frame, wx("The audit log was changed outside Motus"),
                            wx(message + "\n\n'motus-cli check' lists everything that was changed."),
                            "audit log altered");
    });
  }

  motus::gui::Preferences preferences_;
  std::unique_ptr<motus::gui::AppContext> context_;
  bool exit_when_idle_ = false;
};

}  // namespace

wxIMPLEMENT_APP(MotusApp);
