#include "handout_panel.hpp"
#include "actions.hpp"
#include "error_report.hpp"
#include "preferences.hpp"
#include "wx_image.hpp"
#include "wx_text.hpp"

#include <motus/core/file_name.hpp>
#include <motus/core/handout_job.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/core/raster.hpp>
#include <motus/db/errors.hpp>

#include <wx/busyinfo.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/print.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <stdexcept>

namespace motus::gui {
namespace {

// Pages for the platform's printer: each page drawn at 150 dpi, then fitted to the paper.
class HandoutPrintout final : public wxPrintout {
 public:
  explicit HandoutPrintout(const core::HandoutDocument& document)
      : wxPrintout(wx("Home exercises")), pages_(document) {}
  bool HasPage(int page) override { return page >= 1 && page <= pages_.count(); }
  void GetPageInfo(int* min, int* max, int* from, int* to) override {
    *min = *from = 1;
    *max = *to = pages_.count();
  }
  bool OnPrintPage(int page) override {
    wxDC* dc = GetDC();
    if (dc == nullptr) return false;
    const wxImage image = toWxImage(core::rasterizePage(pages_, page - 1, 150.0 / 72.0));
    FitThisSizeToPage(wxSize(image.GetWidth(), image.GetHeight()));
    dc->DrawBitmap(wxBitmap(image), 0, 0);
    return true;
  }

 private:
  core::HandoutPages pages_;
};

constexpr double kPreviewScale = 0.9;  // pixels per point: a page about as wide as the pane
constexpr int kPageMargin = 10;        // around each page in the preview

// On the worker thread: lays the handout out and draws each page, giving up between pages once a
// newer preview was asked for. Only the core's drawing (cairo, pango, librsvg) runs here, each
// page on a surface and context of its own; the pixels become bitmaps on the UI thread.
HandoutPanel::PreviewPages drawPreview(const core::HandoutDocument& document, const LatestOnlyWorker::Stop& stop) {
  HandoutPanel::PreviewPages drawn;
  try {
    const core::HandoutPages pages(document);
    for (int i = 0; i < pages.count() && !stop.requested(); ++i)
      drawn.pages.push_back(core::rasterizePage(pages, i, kPreviewScale));
  } catch (const std::exception& error) {
    drawn.error = error.what();
  }
  return drawn;
}

}  // namespace

HandoutPanel::HandoutPanel(wxWindow* parent, AppContext& context, const Preferences& defaults)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("handout")),
      context_(context),
      defaults_(defaults) {
  paper_ =
      new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, wx("paper"));
  paper_->Append(wx("A4"));
  paper_->Append(wx("US Letter"));
  large_print_ = new wxCheckBox(this, wxID_ANY, wx("&Large print"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, wx("large-print"));
  pictures_ = new wxCheckBox(this, wxID_ANY, wx("P&ictures"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             wx("pictures"));
  log_weeks_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(120, -1), wxSP_ARROW_KEYS, 0, 26, 2,
                              wx("log-weeks"));
  education_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(250, -1), 0, nullptr, 0, wxDefaultValidator,
                                  wx("education"));
  note_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("handout-note"));
  auto* export_pdf = makeActionButton(this, "export-pdf");
  auto* export_html = makeActionButton(this, "export-html");
  auto* print_button = makeActionButton(this, "print");

  auto* options = new wxBoxSizer(wxVERTICAL);
  auto* paper_row = new wxBoxSizer(wxHORIZONTAL);
  paper_row->Add(new wxStaticText(this, wxID_ANY, wx("P&aper")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
  paper_row->Add(paper_, wxSizerFlags(1));
  auto* log_row = new wxBoxSizer(wxHORIZONTAL);
  log_row->Add(new wxStaticText(this, wxID_ANY, wx("Weeks of &log")),
               wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
  log_row->Add(log_weeks_);
  options->Add(paper_row, wxSizerFlags().Expand().Border(wxBOTTOM, 6));
  options->Add(large_print_, wxSizerFlags().Border(wxBOTTOM, 6));
  options->Add(pictures_, wxSizerFlags().Border(wxBOTTOM, 6));
  options->Add(log_row, wxSizerFlags().Border(wxBOTTOM, 10));
  options->Add(new wxStaticText(this, wxID_ANY, wx("E&ducation to add")), wxSizerFlags());
  options->Add(education_, wxSizerFlags(1).Expand().Border(wxBOTTOM, 10));
  options->Add(note_, wxSizerFlags().Expand().Border(wxBOTTOM, 6));
  warning_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("handout-warning"));
  warning_->SetForegroundColour(*wxRED);
  options->Add(warning_, wxSizerFlags().Expand().Border(wxBOTTOM, 6));
  options->Add(export_pdf, wxSizerFlags().Expand().Border(wxBOTTOM, 4));
  options->Add(export_html, wxSizerFlags().Expand().Border(wxBOTTOM, 4));
  options->Add(print_button, wxSizerFlags().Expand());

  preview_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxHSCROLL,
                                  wx("handout-preview"));
  preview_->SetBackgroundColour(wxColour(120, 120, 120));
  preview_->SetScrollRate(0, 20);
  pages_ = new wxBoxSizer(wxVERTICAL);
  preview_->SetSizer(pages_);
  preview_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    CallAfter([this] { fitPages(); });  // once the scrolled window knows its new client width
  });

  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(options, wxSizerFlags().Expand().Border(wxALL, 10));
  sizer->Add(preview_, wxSizerFlags(1).Expand());
  SetSizer(sizer);

  const auto changed = [this](wxCommandEvent&) {
    if (loading_) return;
    settings_touched_ = true;
    refreshPreview();
  };
  paper_->Bind(wxEVT_CHOICE, changed);
  large_print_->Bind(wxEVT_CHECKBOX, changed);
  pictures_->Bind(wxEVT_CHECKBOX, changed);
  education_->Bind(wxEVT_CHECKLISTBOX, changed);
  log_weeks_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
    if (loading_) return;
    settings_touched_ = true;
    refreshPreview();
  });
  ask_save_path = [this](const wxString& title, const std::string& default_name,
                         const wxString& wildcard) -> std::optional<std::string> {
    wxFileDialog ask(this, title, wxGetHomeDir(), wx(default_name), wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(ask.GetPath());
  };
  showProgram(std::nullopt);
}

void HandoutPanel::showSettings(const db::HandoutSettings& settings) {
  loading_ = true;
  paper_->SetSelection(settings.paper == "letter" ? 1 : 0);
  large_print_->SetValue(settings.large_print);
  pictures_->SetValue(settings.pictures);
  log_weeks_->SetValue(settings.log_weeks);
  // The topics handed out before come first, word for word as the patient got them, even if the
  // plugin has reworded them since; then the plugins' topics (a reworded one marked so, for the
  // therapist who wants the new words).
  education_->Clear();
  topics_.clear();
  for (const sdk::EducationTopic& topic : settings.education) {
    education_->Append(wx(topic.title + " (as handed out)"));
    education_->Check(education_->GetCount() - 1, true);
    topics_.push_back(topic);
  }
  for (const core::PluginRecord& plugin : context_.plugins->plugins()) {
    for (const sdk::EducationTopic& topic : plugin.education) {
      bool kept = false;
      bool reworded = false;
      for (const sdk::EducationTopic& chosen : settings.education) {
        kept = kept || chosen == topic;
        reworded = reworded || (chosen.id == topic.id && chosen != topic);
      }
      if (kept) continue;
      education_->Append(wx(topic.title + " (" + plugin.info.name + (reworded ? ", new wording)" : ")")));
      topics_.push_back(topic);
    }
  }
  settings_touched_ = false;
  loading_ = false;
}

std::optional<db::HandoutSettings> HandoutPanel::chosenSettings() const {
  if (kept_ && !settings_touched_) return std::nullopt;  // a reprint: exactly what was handed out
  return settingsFromControls();
}

db::HandoutSettings HandoutPanel::settingsFromControls() const {
  db::HandoutSettings settings;
  settings.paper = paper_->GetSelection() == 1 ? "letter" : "a4";
  settings.large_print = large_print_->GetValue();
  settings.pictures = pictures_->GetValue();
  settings.log_weeks = log_weeks_->GetValue();
  for (unsigned i = 0; i < education_->GetCount(); ++i) {
    if (education_->IsChecked(i)) settings.education.push_back(topics_[i]);
  }
  return settings;
}

void HandoutPanel::showProgram(std::optional<db::Id> program) {
  program_ = program;
  issued_ = program_ && context_.store().program(*program_).status == db::ProgramStatus::issued;
  kept_.reset();
  if (program_) kept_ = context_.store().handoutSettings(*program_);
  std::optional<db::HandoutSettings> kept = kept_;
  if (!kept) {
    kept = db::HandoutSettings{};
    kept->paper = defaults_.paper;
    kept->large_print = defaults_.large_print;
    kept->pictures = defaults_.pictures;
    kept->log_weeks = defaults_.log_weeks;
  }
  showSettings(*kept);
  // Drawing every page takes a moment: do it now only if the tab is in view, else when it opens.
  preview_stale_ = true;
  if (IsShownOnScreen()) refreshPreview();
}

void HandoutPanel::showing() {
  if (preview_stale_) refreshPreview();
}

core::HandoutDocument HandoutPanel::document(const db::Program& program) const {
  return core::buildHandout(program, context_.store().patient(program.patient_id), context_.store().clinic(),
                            chosenSettings().value_or(kept_.value_or(db::HandoutSettings{})));
}

void HandoutPanel::refreshPreview() {
  preview_stale_ = false;
  preview_->Freeze();
  pages_->Clear(true);
  page_images_.clear();
  page_bitmaps_.clear();
  page_count_ = 0;
  std::optional<core::HandoutDocument> to_draw;
  std::string refused;
  if (program_) {
    const db::Program program = context_.store().program(*program_);
    try {
      if (!program.items.empty()) to_draw = document(program);  // read from the records here, on the UI thread
    } catch (const db::AlteredRecord& altered) {
      refused = altered.what();  // no handout of what nobody prescribed, not even a preview
    }
  }
  // Shown before any export, so the therapist can fix it first (the CLI prints the same).
  std::string warnings;
  std::string details;
  if (to_draw) {
    for (const core::HandoutWarning& warning : core::handoutWarnings(*to_draw)) {
      warnings += (warnings.empty() ? "" : "\n") + warning.brief;
      details += (details.empty() ? "" : "\n") + warning.detail;
    }
  }
  if (warning_->GetLabel() != wx(warnings)) {
    warning_->SetLabel(wx(warnings));
    warning_->Wrap(FromDIP(240));
    warning_->SetToolTip(wx(details));
    Layout();  // the buttons under it move down, never under the words
  }
  preview_refused_ = !refused.empty();
  if (preview_refused_) {
    drawer_.cancel();
    auto* text =
        new wxStaticText(preview_, wxID_ANY, wx(refused), wxDefaultPosition, wxDefaultSize, 0, wx("preview-refused"));
    text->SetForegroundColour(*wxRED);
    text->Wrap(FromDIP(420));
    pages_->Add(text, wxSizerFlags().Center().Border(wxALL, 20));
  } else if (to_draw) {
    // Drawing 20 exercises' pages takes most of a second: the window stays usable meanwhile.
    pages_->Add(new wxStaticText(preview_, wxID_ANY, wx("Drawing the preview..."), wxDefaultPosition, wxDefaultSize, 0,
                                 wx("preview-drawing")),
                wxSizerFlags().Center().Border(wxALL, 20));
    drawer_.run<PreviewPages>(
        [document = std::move(*to_draw)](const LatestOnlyWorker::Stop& stop) { return drawPreview(document, stop); },
        [this](PreviewPages drawn) { showPages(std::move(drawn)); });
  } else {
    drawer_.cancel();  // a preview still drawing is for a program no longer shown
  }
  preview_->FitInside();
  preview_->Thaw();
  preview_->Refresh();
  showNote();
}

void HandoutPanel::showPages(PreviewPages drawn) {
  preview_->Freeze();
  pages_->Clear(true);
  page_images_.clear();
  page_bitmaps_.clear();
  fitted_width_ = 0;
  for (const core::RgbImage& pixels : drawn.pages) {
    page_images_.push_back(toWxImage(pixels));
    page_bitmaps_.push_back(new wxStaticBitmap(preview_, wxID_ANY, wxBitmap(page_images_.back())));
    pages_->Add(page_bitmaps_.back(), wxSizerFlags().Center().Border(wxALL, kPageMargin));
  }
  fitPages();
  if (!drawn.error.empty()) {
    pages_->Add(new wxStaticText(preview_, wxID_ANY, wx("The preview could not be drawn: " + drawn.error)),
                wxSizerFlags().Center().Border(wxALL, 20));
  }
  page_count_ = static_cast<int>(drawn.pages.size());
  preview_->FitInside();
  preview_->Thaw();
  preview_->Refresh();
  showNote();
}

// A page wider than the preview is shown scaled to its width, so the whole line of the handout
// reads without scrolling sideways; never enlarged beyond the drawing's own pixels.
void HandoutPanel::fitPages() {
  const int room = preview_->GetClientSize().GetWidth() - 2 * kPageMargin;
  if (room < 50 || room == fitted_width_) return;
  fitted_width_ = room;
  for (std::size_t i = 0; i < page_images_.size(); ++i) {
    const wxImage& page = page_images_[i];
    const int width = std::min(room, page.GetWidth());
    const int height = page.GetHeight() * width / page.GetWidth();
    page_bitmaps_[i]->SetBitmap(
        wxBitmap(width == page.GetWidth() ? page : page.Scale(width, height, wxIMAGE_QUALITY_HIGH)));
  }
  preview_->FitInside();
  preview_->Layout();
}

void HandoutPanel::showNote() {
  if (!program_) {
    note_->SetLabel(wx("Choose a program to see its handout."));
  } else if (!issued_) {
    note_->SetLabel(wx("This is a draft. Issue it before\nhanding it out."));
  } else if (preview_refused_) {
    note_->SetLabel(wx("No handout: the program was\nchanged outside Motus."));
  } else if (previewDrawing()) {
    note_->SetLabel(wx("Drawing the preview..."));
  } else {
    note_->SetLabel(wx(std::to_string(page_count_) + (page_count_ == 1 ? " page." : " pages.")));
  }
}

std::string HandoutPanel::defaultFileName(const db::Program& program, const char* extension) const {
  const db::PatientDetails patient = context_.store().patient(program.patient_id).details;
  const std::string date =
      program.issued_at.empty() ? program.created_at.substr(0, 10) : program.issued_at.substr(0, 10);
  // The name may be cut to fit; the date never is.
  return core::safeFileStem(patient.family_name + "-" + patient.given_name, "handout") + "-" + date + "." + extension;
}

std::optional<db::Program> HandoutPanel::issuedProgram() {
  if (program_) {
    db::Program program = context_.store().program(*program_);
    if (program.status == db::ProgramStatus::issued) return program;
  }
  if (on_status) on_status(wx("Issue the program first, so the handout matches the record for good."));
  return std::nullopt;
}

bool HandoutPanel::handOut(const db::Program& program, const std::string& failure,
                           const std::function<std::string(core::HandoutJob&)>& deliver) {
  try {
    // The core keeps the options with the program, so a reprint years later is the same handout.
    core::HandoutJob job(*context_.records, program.id, chosenSettings());
    const std::string done = deliver(job);
    if (!done.empty()) {  // handed out: these settings are now the ones kept with the program
      kept_ = job.settings();
      settings_touched_ = false;
    }
    if (!done.empty() && on_status) on_status(wx(done));
    return !done.empty();
  } catch (const core::HandoutError& error) {
    logShownError(wx(failure), error);
    if (on_status) on_status(wx(error.what()));
    return false;
  } catch (const std::exception& error) {
    logShownError(wx(failure), error);
    if (on_status) on_status(wx(failure + error.what()));
    return false;
  }
}

bool HandoutPanel::writePdf(const db::Program& program, const std::string& file) {
  return handOut(program, "Could not save the PDF: ", [&](core::HandoutJob& job) {
    wxBusyCursor busy;
    job.writeTo(core::HandoutFormat::pdf, file, core::Overwrite::allow);  // the file dialog has asked
    return "Saved the PDF handout to " + file + ".";
  });
}

bool HandoutPanel::writeHtml(const db::Program& program, const std::string& file) {
  return handOut(program, "Could not save the HTML: ", [&](core::HandoutJob& job) {
    wxBusyCursor busy;
    job.writeTo(core::HandoutFormat::html, file, core::Overwrite::allow);
    return "Saved the HTML handout to " + file + ".";
  });
}

bool HandoutPanel::exportPdf(const std::string& file) {
  const std::optional<db::Program> program = issuedProgram();
  return program && writePdf(*program, file);
}

bool HandoutPanel::exportHtml(const std::string& file) {
  const std::optional<db::Program> program = issuedProgram();
  return program && writeHtml(*program, file);
}

void HandoutPanel::exportPdfAsk() {
  const std::optional<db::Program> program = issuedProgram();
  if (!program) return;
  if (const auto file =
          ask_save_path(wx("Save the handout as PDF"), defaultFileName(*program, "pdf"), wx("PDF files (*.pdf)|*.pdf")))
    writePdf(*program, *file);
}

void HandoutPanel::exportHtmlAsk() {
  const std::optional<db::Program> program = issuedProgram();
  if (!program) return;
  if (const auto file = ask_save_path(wx("Save the handout as HTML"), defaultFileName(*program, "html"),
                                      wx("HTML files (*.html)|*.html")))
    writeHtml(*program, *file);
}

void HandoutPanel::print() {
  const std::optional<db::Program> program = issuedProgram();
  if (!program) return;
  handOut(*program, "Could not print: ", [&](core::HandoutJob& job) -> std::string {
    wxPrintDialogData data;
    data.GetPrintData().SetPaperId(job.settings().paper == "letter" ? wxPAPER_LETTER : wxPAPER_A4);
    wxPrinter printer(&data);
    HandoutPrintout printout(job.document());
    if (printer.Print(this, &printout, true)) {
      job.recordPrinted();
      return "Sent the handout to the printer.";
    }
    if (wxPrinter::GetLastError() == wxPRINTER_ERROR)
      throw std::runtime_error("the printer reported an error. Check it, or export a PDF and print that.");
    return {};  // cancelled in the print dialog
  });
}

}  // namespace motus::gui
