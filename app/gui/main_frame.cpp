#include "main_frame.hpp"
#include "actions.hpp"
#include "archive_transfer.hpp"
#include "dialogs.hpp"
#include "handout_panel.hpp"
#include "library_panel.hpp"
#include "patient_form_panel.hpp"
#include "patient_list_panel.hpp"
#include "plugin_scan_job.hpp"
#include "program_panel.hpp"
#include "visits_panel.hpp"
#include "window_placement.hpp"
#include "wx_text.hpp"

#include <motus/core/bidi_text.hpp>

#include <wx/button.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

namespace motus::gui {

namespace {

// "&Undo removing Heel slide\tCtrl+Z": the menu says what it would take back before it is chosen.
void sayWhatUndoDoes(wxMenuBar& bar, const Action& action, const std::string& what) {
  wxMenuItem* item = bar.FindItem(actionId(action));
  if (item == nullptr) return;
  std::string label(action.label);
  if (!what.empty()) label += " ";
  for (const char c : what) label += c == '&' ? std::string("&&") : std::string(1, c);  // a name's '&' is no mnemonic
  const wxString text = wx(label + "\t" + std::string(action.shortcut));
  if (item->GetItemLabel() != text) item->SetItemLabel(text);
}

}  // namespace

MainFrame::MainFrame(AppContext& context, Preferences& preferences)
    : wxFrame(nullptr, wxID_ANY, wx("Motus"), wxDefaultPosition, wxSize(1280, 800), wxDEFAULT_FRAME_STYLE,
              wx("motus-main")),
      context_(context),
      preferences_(preferences) {
  auto* root = new wxPanel(this);
  // A notice across the top for problems that must not block work (a plugin that failed to load).
  notice_ = new wxPanel(root, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("notice"));
  notice_->SetBackgroundColour(wxColour(255, 243, 205));
  notice_text_ =
      new wxStaticText(notice_, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("notice-text"));
  auto* notice_button = makeActionButton(notice_, "show-plugins");
  auto* dismiss = new wxButton(notice_, wxID_ANY, wx("Dismiss"));
  auto* notice_sizer = new wxBoxSizer(wxHORIZONTAL);
  notice_sizer->Add(notice_text_, wxSizerFlags(1).CenterVertical().Border(wxALL, 8));
  notice_sizer->Add(notice_button, wxSizerFlags().CenterVertical().Border(wxALL, 4));
  notice_sizer->Add(dismiss, wxSizerFlags().CenterVertical().Border(wxALL, 4));
  notice_->SetSizer(notice_sizer);
  notice_->Hide();
  dismiss->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    notice_->Hide();
    notice_->GetParent()->Layout();
  });
  split_ = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH,
                                wx("patients-split"));
  patients_ = new PatientListPanel(split_, context_);
  pages_ = new wxNotebook(split_, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, wx("pages"));
  record_ = new PatientFormPanel(pages_, context_);
  builder_split_ =
      new wxSplitterWindow(pages_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  library_ = new LibraryPanel(builder_split_, context_, preferences_);
  program_ = new ProgramPanel(builder_split_, context_);
  builder_split_->SplitVertically(library_, program_, preferences_.library_sash);
  builder_split_->SetMinimumPaneSize(260);
  // The pictures and the program share a change of the window's width 38 to 62, and a first run
  // starts them so, whatever the screen. Set after the pane's first real size: a gravity set
  // before would move the remembered sash by the window's growth from nothing.
  builder_split_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    if (builder_sash_settled_ || event.GetSize().GetWidth() < 2 * 260) return;
    builder_sash_settled_ = true;
    CallAfter([this] {
      if (preferences_.width == 0)
        builder_split_->SetSashPosition(builder_split_->GetClientSize().GetWidth() * 38 / 100);
      builder_split_->SetSashGravity(0.38);
    });
  });
  handout_ = new HandoutPanel(pages_, context_, preferences_);
  pages_->AddPage(record_, wx("Record"));
  pages_->AddPage(builder_split_, wx("Program"));
  pages_->AddPage(handout_, wx("Handout"));
  split_->SplitVertically(patients_, pages_, preferences_.patients_sash);
  split_->SetMinimumPaneSize(200);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(notice_, wxSizerFlags().Expand());
  sizer->Add(split_, wxSizerFlags(1).Expand());
  root->SetSizer(sizer);

  archive_ = std::make_unique<ArchiveTransfer>(*this, context_);
  CreateStatusBar(1);
  buildMenus();

  const auto status = [this](const wxString& text) { setStatus(text); };
  record_->on_status = status;
  program_->on_status = status;
  handout_->on_status = status;
  patients_->on_choose = [this](std::optional<db::Id> patient) {
    if (!confirmLeavingPatient()) return false;
    showPatient(patient);
    return true;
  };
  record_->on_archived = [this](db::Id) { patients_->refresh(); };
  record_->on_saved = [this](db::Id patient) {
    patients_->select(patient);
    patientChanged(patient);
  };
  library_->on_add = [this](const core::CatalogEntry& exercise) { program_->addExercise(exercise); };
  program_->on_exercise_added = [this](const std::string& id) { library_->noteUsed(id); };
  library_->on_drop = [this](const core::CatalogEntry& exercise, wxPoint at) { program_->dropExercise(exercise, at); };
  program_->on_program_changed = [this](std::optional<db::Id> program) {
    handout_->showProgram(program);
    record_->visits().refresh();
    library_->setProgramExercises(program_->exerciseIds());
  };
  record_->visits().on_open = [this](db::Id program) {
    program_->openProgram(program);
    showPage(Page::program);
  };
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
  // Ctrl+I is Tab's control character: a list with the focus (the program's, the library's, the
  // visits, the patients) took it as Tab and the menu never saw it. Caught here, before them.
  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
    if (event.GetKeyCode() == 'I' && event.GetModifiers() == wxMOD_CONTROL) {
      perform(action("issue-program"));
      return;
    }
    event.Skip();
  });
  pages_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
    event.Skip();
    if (event.GetSelection() == static_cast<int>(Page::handout)) handout_->showing();
  });

  SetMinSize(wxSize(960, 640));  // below this the builder's two panes cannot show their buttons
  restoreLayout();
  setStatus(wx(std::to_string(context_.catalog.size()) + " exercises from " +
               std::to_string(context_.plugins->plugins().size()) +
               " plugins. Database: " + context_.store().path().string() +
               (context_.store().readOnly() ? " (read-only for you: changes cannot be saved)" : "")));
}

void MainFrame::buildMenus() {
  SetMenuBar(makeMenuBar());
  // A menu item, a button and a key of an action all send its id; they all arrive here.
  for (const Action& each : actions()) {
    const auto perform = [this, &each](wxCommandEvent&) { this->perform(each); };
    Bind(wxEVT_MENU, perform, actionId(each));
    Bind(wxEVT_BUTTON, perform, actionId(each));
    wxWindow* button = FindWindowByName(wx(std::string(each.name)), this);
    buttons_.push_back(dynamic_cast<wxButton*>(button));
  }
  // Idle time follows every burst of events (a click, a key, a result from a worker), so the
  // window never shows an action in a state it is not in for longer than one round of the loop.
  Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
    event.Skip();
    refreshActions();
  });
}

void MainFrame::perform(const Action& action) {
  if (!action.enabled(*this)) return;  // a key whose action is disabled does nothing, as its greyed item
  action.run(*this);
  if (!IsBeingDeleted()) refreshActions();
}

void MainFrame::refreshActions() {
  wxMenuBar* bar = GetMenuBar();
  const std::span<const Action> all = actions();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const bool enabled = all[i].enabled(*this);
    if (wxMenuItem* item = bar->FindItem(actionId(all[i])); item != nullptr && item->IsEnabled() != enabled)
      item->Enable(enabled);
    if (buttons_[i] != nullptr && buttons_[i]->IsEnabled() != enabled) buttons_[i]->Enable(enabled);
  }
  sayWhatUndoDoes(*bar, action("undo"), program_->undoLabel());
  sayWhatUndoDoes(*bar, action("redo"), program_->redoLabel());
}

void MainFrame::showPage(Page page) { pages_->SetSelection(static_cast<size_t>(page)); }

Page MainFrame::page() const { return static_cast<Page>(pages_->GetSelection()); }

void MainFrame::setStatus(const wxString& text) { SetStatusText(text); }

void MainFrame::newPatient() {
  if (!confirmLeavingPatient()) return;
  record_->showPatient(std::nullopt);
  patientChanged(std::nullopt);
  showPage(Page::record);
  if (wxWindow* chart = FindWindowByName(wx("chart"), record_)) chart->SetFocus();
  setStatus(wx("New patient: fill in the record and save it (Ctrl+S)."));
}

void MainFrame::showPatient(std::optional<db::Id> patient) {
  record_->showPatient(patient);
  patientChanged(patient);
}

void MainFrame::patientChanged(std::optional<db::Id> patient) {
  std::vector<std::string> codes;
  std::string title = "Motus";
  if (patient) {
    for (const db::PatientCondition& condition : context_.store().conditions(*patient)) codes.push_back(condition.code);
    const db::PatientDetails details = context_.store().patient(*patient).details;
    // Isolated, so a right-to-left name cannot carry "- Motus" or the chart number to its far side.
    title = core::bidiIsolated(details.given_name + " " + details.family_name) + " (" +
            core::bidiIsolated(details.chart_number) + ") - Motus";
  }
  SetTitle(wx(title));
  library_->setPatientConditions(codes);
  program_->showPatient(patient);
}

bool MainFrame::confirmLeavingPatient() {
  if (!record_->isDirty()) return true;
  switch (askSaveChanges(this, "The patient's record has changes that are not saved.")) {
    case wxID_YES:
      return record_->save();
    case wxID_NO:
      return true;
    default:
      return false;
  }
}

// The scan job stops its scanners and joins its thread; an archive job still running is waited for.
MainFrame::~MainFrame() = default;

void MainFrame::showPlugins() {
  showPluginsWindow(this, *context_.plugins, [this] { scanPlugins(true); });
}

void MainFrame::scanPlugins(bool rescan) {
  if (scan_job_ && scan_job_->running()) return;  // one scan at a time
  std::vector<core::PendingScan> files = rescan ? context_.plugins->rescanAll() : std::move(context_.pending_scans);
  context_.pending_scans.clear();
  if (files.empty()) return;
  refreshPluginsWindow(this, *context_.plugins);  // a rescan: every row says Scanning at once
  setStatus(wx("Reading " + std::to_string(files.size()) + (files.size() == 1 ? " plugin..." : " plugins...")));
  scan_job_ = std::make_unique<PluginScanJob>(std::move(files), context_.plugins->options(), [this] {
    CallAfter([this] { pluginsArrived(); });  // from the worker thread: only post the call
  });
}

bool MainFrame::scanningPlugins() const { return (scan_job_ && scan_job_->running()) || context_.plugins->scanning(); }

void MainFrame::pluginsArrived() {
  if (!scan_job_) return;
  std::vector<core::ScannedPlugin> arrived = scan_job_->take();
  if (arrived.empty()) return;
  const std::string selected = library_->selectedId();
  context_.pluginsScanned(std::move(arrived));
  library_->catalogChanged(selected);
  refreshPluginsWindow(this, *context_.plugins);
  if (!context_.plugins->scanning()) {
    setStatus(wx(std::to_string(context_.catalog.size()) + " exercises from " +
                 std::to_string(context_.plugins->plugins().size()) + " plugins."));
    reportPluginTrouble();
  }
}

void MainFrame::reportPluginTrouble() {
  const std::string trouble = context_.pluginTrouble();
  if (trouble.empty()) {
    if (notice_->IsShown()) {
      notice_->Hide();
      notice_->GetParent()->Layout();
    }
    return;
  }
  notice_text_->SetLabel(wx(trouble));
  notice_->Show();
  notice_->GetParent()->Layout();
  setStatus(wx(trouble));
}

void MainFrame::openSettings(bool first_run) {
  if (showSettings(this, context_, preferences_, first_run)) {
    setStatus(wx("Settings saved."));
    handout_->showProgram(program_->program());
  }
}

void MainFrame::restoreLayout() {
  if (preferences_.width > 0) {
    SetSize(placedOnScreen(wxRect(preferences_.x, preferences_.y, preferences_.width, preferences_.height)));
  } else {
    SetSize(placedOnScreen(wxRect(0, 0, 1280, 800)));  // smaller on a smaller screen
    Centre();
  }
  if (preferences_.maximized) Maximize();
}

void MainFrame::saveLayout() {
  preferences_.maximized = IsMaximized();
  if (!IsMaximized() && !IsIconized()) {
    const wxRect rect = GetRect();
    preferences_.x = rect.x;
    preferences_.y = rect.y;
    preferences_.width = rect.width;
    preferences_.height = rect.height;
  }
  preferences_.patients_sash = split_->GetSashPosition();
  preferences_.library_sash = builder_split_->GetSashPosition();
  preferences_.save();
}

void MainFrame::onClose(wxCloseEvent& event) {
  if (event.CanVeto() && !confirmLeavingPatient()) {
    event.Veto();
    return;
  }
  saveLayout();
  Destroy();
}

}  // namespace motus::gui
