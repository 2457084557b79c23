#pragma once
// The handout tab: the options, a preview of the real pages (drawn by the same code as the PDF),
// and export to PDF or HTML, or print. Only an issued program is handed out; a draft is previewed
// with a reminder to issue it.

#include "app_context.hpp"
#include "background.hpp"

#include <motus/core/handout_job.hpp>
#include <motus/core/raster.hpp>

#include <wx/image.h>
#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxCheckBox;
class wxCheckListBox;
class wxSpinCtrl;
class wxScrolledWindow;
class wxStaticBitmap;
class wxStaticText;
class wxBoxSizer;

namespace motus::gui {

struct Preferences;

class HandoutPanel final : public wxPanel {
 public:
  HandoutPanel(wxWindow* parent, AppContext& context, const Preferences& defaults);

  void showProgram(std::optional<db::Id> program);
  void showing();  // the tab came into view: draws the preview if the program changed meanwhile
  // Exports to this file; returns false (and says why in the status) when it could not.
  bool exportPdf(const std::string& file);
  bool exportHtml(const std::string& file);
  void exportPdfAsk();
  void exportHtmlAsk();
  void print();
  int pageCount() const { return page_count_; }  // of the preview shown; 0 while it is drawn
  bool previewDrawing() const { return drawer_.busy(); }
  bool canHandOut() const { return issued_; }  // the program shown is issued
  // "Nguyen-Mai-2026-11-25.pdf": the patient and the day the program was issued.
  std::string defaultFileName(const db::Program& program, const char* extension) const;

  std::function<void(const wxString&)> on_status;
  // Where to save: shows the platform's file dialog. Tests replace it, since a native dialog
  // cannot be driven from inside the program.
  std::function<std::optional<std::string>(const wxString& title, const std::string& default_name,
                                           const wxString& wildcard)>
      ask_save_path;

  // The preview's pages as pixels, drawn off the UI thread.
  struct PreviewPages {
    std::vector<core::RgbImage> pages;
    std::string error;  // why not, when the drawing failed
  };

 private:
  db::HandoutSettings settingsFromControls() const;
  // nullopt while the controls still show the settings kept with the program: a reprint.
  std::optional<db::HandoutSettings> chosenSettings() const;
  void showSettings(const db::HandoutSettings& settings);
  core::HandoutDocument document(const db::Program& program) const;
  void refreshPreview();  // starts drawing the preview; the pages follow
  void showPages(PreviewPages drawn);
  void showNote();
  // The program shown, when it is issued; otherwise says to issue it first.
  std::optional<db::Program> issuedProgram();
  // One way of handing the program out: the core's HandoutJob (the same one motus-cli uses)
  // keeps the options and builds the document; `deliver` writes or prints it and returns what
  // to say (empty when the user cancelled). A failure is said in the status bar, never thrown
  // into the event loop.
  bool handOut(const db::Program& program, const std::string& failure,
               const std::function<std::string(core::HandoutJob&)>& deliver);
  bool writePdf(const db::Program& program, const std::string& file);
  bool writeHtml(const db::Program& program, const std::string& file);

  AppContext& context_;
  const Preferences& defaults_;
  std::optional<db::Id> program_;
  std::optional<db::HandoutSettings> kept_;  // kept with the program shown, if it was handed out
  bool settings_touched_ = false;            // the therapist changed a control since
  std::vector<sdk::EducationTopic> topics_;  // the education list's topics, in list order
  wxChoice* paper_ = nullptr;
  wxCheckBox* large_print_ = nullptr;
  wxCheckBox* pictures_ = nullptr;
  wxSpinCtrl* log_weeks_ = nullptr;
  wxCheckListBox* education_ = nullptr;
  wxStaticText* note_ = nullptr;
  wxStaticText* warning_ = nullptr;  // what the therapist should fix before handing out (no clinic phone)
  wxScrolledWindow* preview_ = nullptr;
  wxBoxSizer* pages_ = nullptr;
  int page_count_ = 0;
  // The pages as drawn, and as shown: scaled down to the preview's width when it is narrower.
  std::vector<wxImage> page_images_;
  std::vector<wxStaticBitmap*> page_bitmaps_;
  int fitted_width_ = 0;
  void fitPages();
  bool preview_refused_ = false;  // the program was changed outside Motus: no handout of it
  bool loading_ = false;
  bool preview_stale_ = true;
  bool issued_ = false;
  LatestOnlyWorker drawer_;  // last member: gone first, so no drawing outlives what it would show
};

}  // namespace motus::gui
