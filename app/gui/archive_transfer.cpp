#include "archive_transfer.hpp"
#include "archive_job.hpp"
#include "error_report.hpp"
#include "handout_panel.hpp"
#include "main_frame.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include <motus/core/file_name.hpp>
#include <motus/core/log.hpp>

#include <wx/choicdlg.h>
#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace motus::gui {

// Says what the background work is doing. Modeless, so the window's thread goes on drawing; it
// cannot be closed while the work runs (there is nothing to stop: an import is one transaction).
class ArchiveProgressDialog final : public wxDialog {
 public:
  // `heading` names the file too: the title bar is not always there to say what this is.
  ArchiveProgressDialog(wxWindow* parent, const wxString& title, const wxString& heading)
      : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxCAPTION, wx("archive-progress")) {
    auto* headline = new wxStaticText(this, wxID_ANY, heading);
    headline->SetFont(headline->GetFont().Bold());
    doing_ = new wxStaticText(this, wxID_ANY, wx("Starting..."), wxDefaultPosition, wxDefaultSize, 0,
                              wx("archive-progress-doing"));
    gauge_ = new wxGauge(this, wxID_ANY, kSteps, wxDefaultPosition, wxSize(420, -1), wxGA_HORIZONTAL | wxGA_SMOOTH,
                         wxDefaultValidator, wx("archive-progress-gauge"));
    count_ =
        new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("archive-progress-count"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(headline, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 16));
    sizer->AddSpacer(10);
    sizer->Add(doing_, wxSizerFlags().Border(wxLEFT | wxRIGHT, 16));
    sizer->Add(gauge_, wxSizerFlags().Expand().Border(wxALL, 16));
    sizer->Add(count_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 16));
    SetSizerAndFit(sizer);
    CentreOnParent();
    Bind(wxEVT_CLOSE_WINDOW, [](wxCloseEvent& event) {
      if (event.CanVeto()) event.Veto();
    });
    gauge_->Pulse();
  }

  void show(const ArchiveJob::Progress& progress) {
    if (!progress.doing.empty()) doing_->SetLabel(wx(progress.doing + "..."));
    if (progress.total == 0) {
      gauge_->Pulse();
      count_->SetLabel(progress.done == 0 ? wxString() : wx(std::to_string(progress.done) + " patients so far"));
    } else {
      const std::uint64_t done = std::min(progress.done, progress.total);
      gauge_->SetValue(static_cast<int>(done * kSteps / progress.total));
      count_->SetLabel(wx(std::to_string(done) + " of " + std::to_string(progress.total) + " patients"));
    }
    Layout();
  }

 private:
  static constexpr int kSteps = 1000;
  wxStaticText* doing_ = nullptr;
  wxGauge* gauge_ = nullptr;
  wxStaticText* count_ = nullptr;
};

namespace {

constexpr const char* kExtension = ".motus.json";
constexpr const char* kWildcard = "Motus archives (*.motus.json)|*.motus.json|JSON files (*.json)|*.json|All files|*";

std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "A, B and C"; a long list names the first ones and says how many more.
std::string listed(const std::vector<std::string>& items) {
  constexpr std::size_t kNamed = 12;
  std::string text;
  const std::size_t named = std::min(items.size(), kNamed);
  for (std::size_t i = 0; i < named; ++i) {
    if (i > 0) text += (i + 1 == named && items.size() <= kNamed) ? " and " : ", ";
    text += items[i];
  }
  if (items.size() > kNamed) text += " and " + std::to_string(items.size() - kNamed) + " more";
  return text;
}

std::vector<std::string> pairs(const std::vector<std::pair<std::string, std::string>>& renamed, const char* quote) {
  std::vector<std::string> lines;
  lines.reserve(renamed.size());
  for (const auto& [before, now] : renamed) lines.push_back(quote + before + quote + " is now " + quote + now + quote);
  return lines;
}

std::string fileName(const std::filesystem::path& file) { return file.filename().string(); }

std::string sizeText(std::uintmax_t bytes) {
  char text[32];
  if (bytes < 1024) {
    std::snprintf(text, sizeof text, "%ju bytes", bytes);
  } else if (bytes < std::uintmax_t{1024} * 1024) {
    std::snprintf(text, sizeof text, "%.0f KB", static_cast<double>(bytes) / 1024.0);
  } else {
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  return text;
}

ArchiveSummary exportSummary(const core::ArchiveExport& done, const std::filesystem::path& file) {
  ArchiveSummary summary;
  summary.headline = "Exported " + counted(done.patients, "patient", "patients") + ", " +
                     counted(done.programs, "program", "programs") + " and " +
                     counted(done.templates, "template", "templates") + " to " + fileName(file) + ".";
  summary.details = "Saved as " + file.string() + " (" + sizeText(done.bytes) + ").";
  if (done.patients > 0)
    summary.details +=
        "\n\nThe file holds patient records: keep it as safe as the database, and delete it once "
        "it has served.";
  return summary;
}

ArchiveSummary importSummary(const core::ArchiveImport& done, const std::filesystem::path& file) {
  ArchiveSummary summary;
  summary.headline = "Imported " + counted(done.patients, "patient", "patients") + ", " +
                     counted(done.issued_programs, "issued program", "issued programs") + ", " +
                     counted(done.drafts, "draft", "drafts") + " and " +
                     counted(done.templates, "template", "templates") + " from " + fileName(file) + ".";
  std::vector<std::string> lines;
  if (done.issued_programs > 0)
    lines.emplace_back("Issued programs stay issued, with their dates and fingerprints, and reprint as they did.");
  if (!done.skipped_patients.empty())
    lines.emplace_back("Left as they were, since this database has their chart numbers already (" +
                       counted(done.skipped_patients.size(), "patient", "patients") +
                       "): " + listed(done.skipped_patients) + ".");
  if (!done.renumbered.empty())
    lines.emplace_back("Imported under a new chart number, since this database has the old one already: " +
                       listed(pairs(done.renumbered, "")) + ".");
  if (!done.skipped_templates.empty())
    lines.push_back(
        "Templates left out, since this database has one of the same name: " + listed(done.skipped_templates) + ".");
  if (!done.renamed_templates.empty())
    lines.emplace_back("Templates imported under a new name: " + listed(pairs(done.renamed_templates, "\"")) + ".");
  if (done.clinic_profile_imported)
    lines.emplace_back("The clinic's name, address and logo came from the archive, since this database had none.");
  if (done.clinic_profile_differs)
    lines.emplace_back(
        "The archive's clinic details differ from this database's, which were kept (File > Settings "
        "shows them).");
  for (const std::string& line : lines) summary.details += (summary.details.empty() ? "" : "\n\n") + line;
  return summary;
}

// How to treat a patient whose chart number the database has already; nullopt when cancelled.
std::optional<core::ChartClash> askChartClash(wxWindow* parent) {
  const wxString choices[] = {
      wx("Import nothing, and say which chart numbers they are (the safest)"),
      wx("Skip them: leave those patients as they are, import the others"),
      wx("Renumber them: import them under a new chart number, such as A-1001-2"),
  };
  wxSingleChoiceDialog ask(parent,
                           wx("If a patient in the archive has a chart number this database has already, Motus "
                              "should:"),
                           wx("Import a Motus archive"), 3, choices);
  ask.SetName(wx("archive-clash"));
  ask.SetSelection(0);
  if (ask.ShowModal() != wxID_OK) return std::nullopt;
  switch (ask.GetSelection()) {
    case 1:
      return core::ChartClash::skip_existing;
    case 2:
      return core::ChartClash::renumber;
    default:
      return core::ChartClash::refuse;
  }
}

}  // namespace

ArchiveTransfer::ArchiveTransfer(MainFrame& frame, AppContext& context) : frame_(frame), context_(context) {
  ask_save_path = [this](const wxString& title, const std::string& default_name,
                         const wxString& wildcard) -> std::optional<std::string> {
    wxFileDialog ask(&frame_, title, wxGetHomeDir(), wx(default_name), wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(ask.GetPath());
  };
  ask_open_path = [this](const wxString& title, const wxString& wildcard) -> std::optional<std::string> {
    wxFileDialog ask(&frame_, title, wxGetHomeDir(), wxString(), wildcard, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(ask.GetPath());
  };
}

ArchiveTransfer::~ArchiveTransfer() = default;

bool ArchiveTransfer::canImport() const { return !busy() && !context_.store().readOnly(); }

std::string ArchiveTransfer::defaultFileName(const core::ArchiveSelection& selection) const {
  const std::string clinic = core::safeFileStem(context_.store().clinic().name, "Motus");
  switch (selection.contents) {
    case core::ArchiveContents::patients:
      if (selection.chart_numbers.size() == 1)
        return core::safeFileStem(selection.chart_numbers[0], "patient") + kExtension;
      return clinic + "-patients" + kExtension;
    case core::ArchiveContents::templates:
      return clinic + "-templates" + kExtension;
    case core::ArchiveContents::clinic:
      break;
  }
  return clinic + "-" + utf8(wxDateTime::Now().FormatISODate()) + kExtension;
}

void ArchiveTransfer::exportPatientAsk(db::Id patient) {
  core::ArchiveSelection selection{core::ArchiveContents::patients, {}};
  selection.chart_numbers.push_back(context_.store().patient(patient).details.chart_number);
  exportAsk(selection, wx("Export the patient"));
}

void ArchiveTransfer::exportClinicAsk() { exportAsk({core::ArchiveContents::clinic, {}}, wx("Export the clinic")); }

void ArchiveTransfer::exportTemplatesAsk() {
  exportAsk({core::ArchiveContents::templates, {}}, wx("Export the templates"));
}

void ArchiveTransfer::exportAsk(const core::ArchiveSelection& selection, const wxString& title) {
  if (busy()) return;
  const std::optional<std::string> file = ask_save_path(title, defaultFileName(selection), wx(kWildcard));
  if (!file) return;
  failure_note_ = "No archive was written (a file that was there already is as it was).\n\n";
  start(title, wx("Exporting to " + std::filesystem::path(*file).filename().string()),
        wx("Could not export the archive"),
        [selection, archive = std::filesystem::path(*file)](core::Records& records,
                                                            const core::ArchiveProgress& progress) {
          return exportSummary(core::exportArchive(records, selection, archive, progress), archive);
        },
        {});
}

void ArchiveTransfer::importAsk() {
  if (!canImport()) return;
  const std::optional<std::string> file = ask_open_path(wx("Import a Motus archive"), wx(kWildcard));
  if (!file) return;
  const std::optional<core::ChartClash> clash = askChartClash(&frame_);
  if (!clash) return;
  core::ImportOptions options;
  options.clash = *clash;
  failure_note_ = "Nothing was imported: the records are as they were.\n\n";
  start(
      wx("Import a Motus archive"), wx("Importing " + std::filesystem::path(*file).filename().string()),
      wx("Could not import the archive"),
      [options, archive = std::filesystem::path(*file)](core::Records& records, const core::ArchiveProgress& progress) {
        return importSummary(records.importArchive(archive, options, progress), archive);
      },
      [this] {
        frame_.patients().refresh();
        frame_.handout().showProgram(frame_.program().program());  // the clinic profile may have come with it
      });
}

void ArchiveTransfer::start(const wxString& title, const wxString& heading, const wxString& failure,
                            std::function<ArchiveSummary(core::Records&, const core::ArchiveProgress&)> work,
                            std::function<void()> after) {
  title_ = title;
  failure_ = failure;
  after_ = std::move(after);
  progress_ = new ArchiveProgressDialog(&frame_, title, heading);
  progress_->Show();
  disabler_ = std::make_unique<wxWindowDisabler>(progress_);
  frame_.setStatus(title + wx("..."));
  job_ = std::make_unique<ArchiveJob>(context_.store().path(), context_.clinician, std::move(work), [this] {
    frame_.CallAfter([this] { arrived(); });  // from the worker thread: only post the call
  });
}

void ArchiveTransfer::arrived() {
  if (!job_) return;  // the end's wake came after a progress wake that already saw the end
  if (!job_->finished()) {
    progress_->show(job_->progress());
    return;
  }
  const std::unique_ptr<ArchiveJob> job = std::move(job_);
  disabler_.reset();
  progress_->Destroy();
  progress_ = nullptr;
  if (frame_.IsBeingDeleted()) return;
  ArchiveSummary summary;
  try {
    summary = job->result();
  } catch (const std::exception& error) {
    const std::string reason = error.what();
    // The core's words already say what to do; the note goes first unless they begin with it.
    std::string message = reason.starts_with("Nothing was imported") ? reason : failure_note_ + reason;
    if (dynamic_cast<const core::ArchiveClash*>(&error) != nullptr)
      message += "\n\nChoose File > Import... again, and skip the existing ones or renumber them.";
    frame_.setStatus(failure_ + wx(": ") + wx(reason));
    showError(&frame_, failure_, wx(message), core::log::kindOf(error));
    return;
  } catch (...) {
    frame_.setStatus(failure_ + wx("."));
    showError(&frame_, failure_,
              wx(failure_note_ + "An unexpected error stopped it. Try again; if it happens again, "
                                 "keep the file and tell us."),
              "unexpected");
    return;
  }
  try {
    if (after_) after_();
  } catch (const std::exception& error) {  // the work is done; only showing it failed
    logShownError(wx("Showing the records after the archive work"), error);
  }
  frame_.setStatus(wx(summary.headline));
  wxMessageDialog shown(&frame_, wx(summary.headline), title_, wxOK | wxICON_INFORMATION);
  if (!summary.details.empty()) shown.SetExtendedMessage(wx(summary.details));
  shown.ShowModal();
}

}  // namespace motus::gui
