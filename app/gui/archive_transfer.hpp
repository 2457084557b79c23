#pragma once
// File > Export patient / clinic / templates and File > Import: a Motus archive (core/archive.hpp)
// out of or into the database the window has open. Each asks where (the file dialog), an import
// also how to treat chart numbers the database has already; the work then runs off the window's
// thread (ArchiveJob) behind a progress dialog, and ends with what was done or exactly why nothing
// was. While it runs the main window takes no input: an import holds the database's write lock,
// and a save from the window would only wait for it.

#include "app_context.hpp"

#include <motus/core/archive.hpp>

#include <wx/string.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class wxWindowDisabler;

namespace motus::gui {

class MainFrame;
class ArchiveJob;
class ArchiveProgressDialog;
struct ArchiveSummary;

class ArchiveTransfer {
 public:
  ArchiveTransfer(MainFrame& frame, AppContext& context);
  // Waits for work still running (see ArchiveJob).
  ~ArchiveTransfer();
  ArchiveTransfer(const ArchiveTransfer&) = delete;
  ArchiveTransfer& operator=(const ArchiveTransfer&) = delete;

  void exportPatientAsk(db::Id patient);
  void exportClinicAsk();
  void exportTemplatesAsk();
  void importAsk();

  // An export or import is running.
  bool busy() const { return job_ != nullptr; }
  // Importing needs a database this user can write.
  bool canImport() const;

  // "A-1001.motus.json", "Riverside-Physical-Therapy-2026-12-02.motus.json": safe as a file name
  // on any system the archive may travel to.
  std::string defaultFileName(const core::ArchiveSelection& selection) const;

  // Where to save, and which archive to open: the platform's file dialog. Tests replace them, as
  // they do the handout's, since a native dialog cannot be driven from inside the program.
  std::function<std::optional<std::string>(const wxString& title, const std::string& default_name,
                                           const wxString& wildcard)>
      ask_save_path;
  std::function<std::optional<std::string>(const wxString& title, const wxString& wildcard)> ask_open_path;

 private:
  void exportAsk(const core::ArchiveSelection& selection, const wxString& title);
  // Starts `work` in the background behind the progress dialog; `after` runs on the window's
  // thread once it succeeded, before the summary is shown.
  void start(const wxString& title, const wxString& heading, const wxString& failure,
             std::function<ArchiveSummary(core::Records&, const core::ArchiveProgress&)> work,
             std::function<void()> after);
  void arrived();  // the job has news: progress, or the end

  MainFrame& frame_;
  AppContext& context_;
  // What the running job is called, the title of its error should it fail, and what to say first.
  wxString title_;
  wxString failure_;
  std::string failure_note_;
  std::function<void()> after_;
  ArchiveProgressDialog* progress_ = nullptr;
  std::unique_ptr<wxWindowDisabler> disabler_;
  std::unique_ptr<ArchiveJob> job_;  // last: joined first, before what its results would touch goes
};

}  // namespace motus::gui
