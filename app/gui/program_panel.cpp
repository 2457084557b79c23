#include "program_panel.hpp"
#include "actions.hpp"
#include "dialogs.hpp"
#include "error_report.hpp"
#include "wx_text.hpp"

#include <motus/core/bidi_text.hpp>
#include <motus/core/calendar_date.hpp>
#include <motus/core/dosage_shorthand.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/fingerprint.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/utils.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace motus::gui {
namespace {

// "Back and balance, visit 2: issued 03/14/2026 (current)"; the title isolated, so a
// right-to-left title cannot reorder the rest.
std::string programLabel(const db::ProgramSummary& program, bool current, const core::DateStyle& dates) {
  std::string label = core::bidiIsolated(program.title) + ", visit " + std::to_string(program.version) + ": ";
  if (program.status == db::ProgramStatus::draft) return label + "draft";
  return label + "issued " + core::writtenDate(core::localDateOf(program.issued_at), dates) +
         (current ? " (current)" : "");
}

}  // namespace

ProgramPanel::ProgramPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("program")), context_(context) {
  programs_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                           wx("program-choice"));
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(new wxStaticText(this, wxID_ANY, wx("Pro&gram")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
  top->Add(programs_, wxSizerFlags(1));
  // Buttons wrap onto more lines when the pane is narrow, so none is ever cut off.
  auto* program_actions = new wxWrapSizer(wxHORIZONTAL);
  for (const char* name : {"new-program", "next-visit", "from-template", "save-template", "delete-draft"})
    program_actions->Add(makeActionButton(this, name, wxBU_EXACTFIT), wxSizerFlags().Border(wxRIGHT | wxBOTTOM, 4));

  status_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("program-status"));
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    if (!status_text_.empty() && event.GetSize().GetWidth() != wrapped_width_) {
      wrapped_width_ = event.GetSize().GetWidth();
      CallAfter([this] { wrapStatus(); });
    }
    event.Skip();
  });
  items_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                          wxDefaultValidator, wx("program-items"));
  items_->AppendColumn(wx("#"), wxLIST_FORMAT_RIGHT, items_->GetTextExtent(wx("99")).GetWidth() + FromDIP(16));
  items_->AppendColumn(wx("Exercise"), wxLIST_FORMAT_LEFT, 190);
  items_->AppendColumn(wx("Screening"), wxLIST_FORMAT_LEFT,
                       items_->GetTextExtent(wx("Avoid, overridden")).GetWidth() + FromDIP(16));
  items_->AppendColumn(wx("How much"), wxLIST_FORMAT_LEFT, 260);
  items_->AppendColumn(wx("Note"), wxLIST_FORMAT_LEFT, 140);
  // The columns share the list's width (most to "How much"), so a wide window shows more of each
  // row instead of empty space.
  items_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    fitColumns();
  });

  auto* item_actions = new wxWrapSizer(wxHORIZONTAL);
  for (const char* name :
       {"edit-item", "remove-item", "move-up", "move-down", "easier-item", "harder-item", "override-item"})
    item_actions->Add(makeActionButton(this, name, wxBU_EXACTFIT), wxSizerFlags().Border(wxRIGHT | wxBOTTOM, 4));

  findings_text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, FromDIP(60)),
                                  wxTE_MULTILINE | wxTE_READONLY, wxDefaultValidator, wx("findings"));
  auto* issue_button = makeActionButton(this, "issue-program");

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 6));
  sizer->Add(program_actions, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 6));
  sizer->Add(status_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 6));
  sizer->Add(items_, wxSizerFlags(3).Expand().Border(wxALL, 6));
  sizer->Add(item_actions, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 6));
  sizer->Add(new wxStaticText(this, wxID_ANY, wx("Screening for this patient")),
             wxSizerFlags().Border(wxLEFT | wxTOP, 6));
  // The list and the findings share the height, the list three parts to one, so a small window
  // still shows several exercises and a tall one more of each.
  sizer->Add(findings_text_, wxSizerFlags(1).Expand().Border(wxALL, 6));
  sizer->Add(issue_button, wxSizerFlags().Right().Border(wxRIGHT | wxBOTTOM, 6));
  SetSizer(sizer);

  programs_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const int index = programs_->GetSelection();
    if (index >= 0) showProgram(program_ids_[static_cast<std::size_t>(index)]);
  });
  items_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editSelected(); });
  // Delete, Alt+Up/Down and F2 act on the exercises only while this list has the focus.
  items_->SetAcceleratorTable(exerciseListKeys());
  // Drag a row onto another to move it there.
  items_->Bind(wxEVT_LIST_BEGIN_DRAG, [this](wxListEvent& event) {
    if (!isDraft()) return;
    drag_from_ = event.GetIndex();
    items_->CaptureMouse();
    items_->SetCursor(wxCursor(wxCURSOR_HAND));
  });
  items_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
    event.Skip();
    if (drag_from_ < 0) return;
    if (items_->HasCapture()) items_->ReleaseMouse();
    items_->SetCursor(wxNullCursor);
    // The row under the pointer, found from the rows' own rectangles: with the mouse captured,
    // event positions and HitTest() disagree about the header's height on some platforms.
    const wxPoint at = wxGetMousePosition() - items_->GetScreenPosition();
    long target = items_->GetItemCount() - 1;
    for (long row = 0; row < items_->GetItemCount(); ++row) {
      wxRect rect;
      if (items_->GetItemRect(row, rect) && at.y < rect.GetBottom()) {
        target = row;
        break;
      }
    }
    const long from = drag_from_;
    drag_from_ = -1;
    if (target != from) moveRow(from, target);
  });
  showPatient(std::nullopt);
}

void ProgramPanel::report(const std::exception& error, const wxString& doing) {
  showError(this, doing, error);
  if (on_status) on_status(doing + wx(": not done."));
}

void ProgramPanel::showPatient(std::optional<db::Id> patient) {
  patient_ = patient;
  reloadPrograms(std::nullopt);
}

void ProgramPanel::reloadPrograms(std::optional<db::Id> show) {
  programs_->Clear();
  program_ids_.clear();
  if (patient_) {
    const std::vector<db::ProgramSummary> programs = context_.store().programs(*patient_);
    const std::optional<db::Id> current = core::currentProgram(programs);
    has_issued_ = current.has_value();
    for (const db::ProgramSummary& summary : programs) {
      programs_->Append(wx(programLabel(summary, summary.id == current, context_.records->dateStyle())));
      program_ids_.push_back(summary.id);
    }
  } else {
    has_issued_ = false;
  }
  if (!show && !program_ids_.empty()) show = program_ids_.front();  // the newest
  for (std::size_t i = 0; i < program_ids_.size(); ++i) {
    if (show && program_ids_[i] == *show) programs_->SetSelection(static_cast<int>(i));
  }
  showProgram(show);
}

bool ProgramPanel::isDraft() const { return program_ && loaded_.status == db::ProgramStatus::draft; }

void ProgramPanel::showProgram(std::optional<db::Id> program) {
  program_ = program;
  if (program_) {
    loaded_ = context_.store().program(*program_);
  } else {
    loaded_ = db::Program{};
  }
  refreshItems();
  if (on_program_changed) on_program_changed(program_);
}

void ProgramPanel::showStatus(const std::string& text) {
  status_text_ = text;
  wrapStatus();
}

// A long status (an alteration named in full) wraps to the pane instead of running off its edge.
void ProgramPanel::wrapStatus() {
  status_->SetLabel(wx(status_text_));
  const int width = GetClientSize().GetWidth() - FromDIP(12);
  if (width > 50) status_->Wrap(width);
  Layout();
}

// The dosage gets the most room, so it reads whole; the note column only takes room when a note is
// there to show.
void ProgramPanel::fitColumns() {
  const bool any_note = std::any_of(loaded_.items.begin(), loaded_.items.end(),
                                    [](const db::ProgramItem& item) { return !item.note.empty(); });
  // The screening column as wide as the longest word it shows now ("Avoid, overridden" only when one is).
  int screening = items_->GetTextExtent(wx("Screening")).GetWidth();
  for (long row = 0; row < items_->GetItemCount(); ++row)
    screening = std::max(screening, items_->GetTextExtent(items_->GetItemText(row, 2)).GetWidth());
  screening += FromDIP(16);
  if (items_->GetColumnWidth(2) != screening) items_->SetColumnWidth(2, screening);
  const int fixed = items_->GetColumnWidth(0) + screening;
  const int rest = std::max(FromDIP(200), items_->GetClientSize().GetWidth() - fixed);
  const int note = any_note ? rest * 20 / 100 : items_->GetTextExtent(wx("Note")).GetWidth() + FromDIP(16);
  const int exercise = (rest - note) * 35 / 100;
  if (items_->GetColumnWidth(4) != note) items_->SetColumnWidth(4, note);
  if (items_->GetColumnWidth(1) != exercise) items_->SetColumnWidth(1, exercise);
  if (items_->GetColumnWidth(3) != rest - note - exercise) items_->SetColumnWidth(3, rest - note - exercise);
}

void ProgramPanel::refreshItems() {
  const long keep = selectedRow();
  items_->DeleteAllItems();
  findings_.clear();
  if (!patient_) {
    showStatus("Choose or add a patient first.");
  } else if (!program_) {
    showStatus("No program yet. Click New, or add an exercise from the library to start one.");
  } else if (!loaded_.alterations.empty()) {
    // Said first and in red: what the list shows is not what was prescribed. Short, so the list
    // keeps its room in a small window; what changed is in the tooltip and in motus-cli check.
    showStatus("Changed outside Motus: not what was prescribed. Not printed or copied. Restore a backup.");
    std::string what;
    for (const std::string& alteration : loaded_.alterations) what += "\n- " + alteration;
    status_->SetToolTip(wx("What no longer matches the record:" + what));
  } else if (isDraft()) {
    showStatus("Draft. Every change is saved as you make it. Issue it to print the handout.");
  } else {
    showStatus("Issued " + core::writtenDate(core::localDateOf(loaded_.issued_at), context_.records->dateStyle()) +
               ". An issued program never changes: use Next visit to change it." +
               (loaded_.fingerprint.empty() ? std::string()
                                            : " Fingerprint " + db::shortFingerprint(loaded_.fingerprint) + "."));
  }
  const bool altered = program_ && !loaded_.alterations.empty();
  status_->SetForegroundColour(altered ? *wxRED : wxNullColour);
  if (!altered) status_->UnsetToolTip();
  if (program_) findings_ = core::screenProgram(context_.store().conditions(loaded_.patient_id), loaded_.items);
  loadPreviousOverrides();  // by row, so again after every move, removal or addition
  for (std::size_t i = 0; i < loaded_.items.size(); ++i) {
    const db::ProgramItem& item = loaded_.items[i];
    const long row = items_->InsertItem(static_cast<long>(i), wx(std::to_string(i + 1)));
    items_->SetItem(row, 1, wx(item.exercise.spec.name));
    items_->SetItem(row, 3, wx(core::dosageShorthand(item.dosage)));
    items_->SetItem(row, 4, wx(item.note));
    std::string screening;
    bool blocking = false;
    bool caution = false;
    bool overridden = false;
    for (const core::Finding& finding : findings_) {
      if (finding.item != i) continue;
      blocking = blocking || finding.blocksIssue();
      caution = caution || finding.severity == sdk::Severity::caution;
      overridden = overridden || (finding.severity == sdk::Severity::avoid && !finding.blocksIssue());
    }
    if (blocking) {
      screening = previousOverride(i).empty() ? "AVOID" : "AVOID, confirm";
      items_->SetItemBackgroundColour(row, wxColour(255, 210, 210));
    } else if (overridden) {
      screening = "Avoid, overridden";
      items_->SetItemBackgroundColour(row, wxColour(232, 232, 245));
    } else if (caution) {
      screening = "Caution";
      items_->SetItemBackgroundColour(row, wxColour(255, 240, 200));
    }
    items_->SetItem(row, 2, wx(screening));
  }
  fitColumns();
  std::string text;
  for (const core::Finding& finding : core::mostUrgentFirst(findings_)) {
    text += std::to_string(finding.item + 1) + ". " + finding.exercise_name + ": " + core::describe(finding) + "\n";
    if (finding.blocksIssue() && !previousOverride(finding.item).empty()) {
      text += "    Overridden last visit: \u201C" + previousOverride(finding.item) +
              "\u201D Confirm it for this visit (Ctrl+O) or remove the exercise.\n";
    }
    // What the patient will read about it (Program > Patient advice leaves it out or puts it back).
    if (!finding.patient_advice.empty()) {
      text +=
          std::string(finding.advice_left_out ? "    Left off the handout: " : "    The handout tells the patient: ") +
          finding.patient_advice + "\n";
    }
  }
  if (program_ && findings_.empty()) text = "Nothing in this program conflicts with the patient's conditions.";
  findings_text_->SetForegroundColour(GetForegroundColour());
  findings_text_->ChangeValue(wx(text));
  if (keep >= 0 && keep < items_->GetItemCount()) selectRow(keep);
}

// What the last visit said about each Avoid, offered again (not carried over) in this one.
void ProgramPanel::loadPreviousOverrides() {
  previous_overrides_.clear();
  if (isDraft() && loaded_.previous_id) previous_overrides_ = context_.records->previousOverrides(loaded_);
}

std::string ProgramPanel::previousOverride(std::size_t item) const {
  return item < previous_overrides_.size() ? previous_overrides_[item] : std::string();
}

long ProgramPanel::selectedRow() const { return items_->GetFirstSelected(); }

void ProgramPanel::selectRow(long row) {
  if (row < 0 || row >= items_->GetItemCount()) return;
  items_->Select(row);
  items_->Focus(row);
  items_->EnsureVisible(row);
}

void ProgramPanel::changeDraft(const wxString& status, const std::function<void()>& change) {
  try {
    change();
    loaded_ = context_.store().program(*program_);
    refreshItems();
    if (on_status) on_status(status);
    if (on_program_changed) on_program_changed(program_);
  } catch (const std::exception& error) {
    loaded_ = context_.store().program(*program_);  // show what is really saved
    refreshItems();
    report(error, wx("Saving the program"));
  }
}

bool ProgramPanel::needDraft() {
  if (!patient_) {
    if (on_status) on_status(wx("Choose or add a patient first."));
    return false;
  }
  if (isDraft()) return true;
  if (program_) {
    if (on_status)
      on_status(wx("This program is issued and never changes. Use Next visit (Ctrl+Shift+V) to change it."));
    return false;
  }
  newProgram();
  return isDraft();
}

void ProgramPanel::newProgram() {
  if (!patient_) return;
  wxTextEntryDialog ask(this, wx("A title the patient will see, e.g. Knee strength"), wx("New program"),
                        wx("Home exercises"));
  ask.SetName(wx("program-title-dialog"));
  if (ask.ShowModal() != wxID_OK) return;
  try {
    const db::Id id = context_.records->createDraft(*patient_, utf8(ask.GetValue()));
    reloadPrograms(id);
    if (on_status) on_status(wx("Started a new draft program."));
  } catch (const std::exception& error) {
    report(error, wx("Starting a program"));
  }
}

void ProgramPanel::focusItems() {
  items_->SetFocus();
  if (selectedRow() < 0) selectRow(0);
}

std::vector<std::string> ProgramPanel::exerciseIds() const {
  std::vector<std::string> ids;
  for (const db::ProgramItem& item : loaded_.items) ids.push_back(item.exercise.global_id);
  return ids;
}

void ProgramPanel::addExercise(const core::CatalogEntry& chosen, std::optional<std::size_t> at) {
  // needDraft may ask for a title, and plugins answering meanwhile rebuild the catalog: the entry
  // is found again by its id afterwards.
  const std::string id = chosen.global_id;
  if (!needDraft()) return;
  const core::CatalogEntry* found = context_.catalog.find(id);
  if (found == nullptr) {
    if (on_status) on_status(wx("That exercise is no longer in the library: its plugin did not load."));
    return;
  }
  const core::CatalogEntry& exercise = *found;
  if (at && *at > loaded_.items.size()) at.reset();  // below the last row: at the end
  try {
    context_.records->prescribe(*program_, exercise, std::nullopt, "", "", at ? std::optional(*at + 1) : std::nullopt);
    loaded_ = context_.store().program(*program_);
    refreshItems();
    const std::size_t added = at.value_or(loaded_.items.size() - 1);  // its row
    selectRow(static_cast<long>(added));
    if (on_exercise_added) on_exercise_added(exercise.global_id);
    // Added again on purpose (both sides, two dosages) or by a slip: either way it is said.
    std::size_t already = 0;
    for (std::size_t i = 0; i < loaded_.items.size() && already == 0; ++i)
      if (i != added && loaded_.items[i].exercise.global_id == exercise.global_id) already = i + 1;
    // An Avoid is said where the therapist is looking, with its reason, before anything else is done.
    std::string avoid;
    for (const core::Finding& finding : findings_) {
      if (finding.item == added && finding.blocksIssue())
        avoid += (avoid.empty() ? "" : " ") + std::string(sdk::labelOf(sdk::kConditions, finding.condition)) + ": " +
                 finding.reason;
    }
    const std::string twice =
        already == 0 ? std::string()
                     : exercise.spec.name + " was already number " + std::to_string(already) +
                           "; it is now in the program twice. Undo (Ctrl+Z) takes it out again if that was a slip.";
    if (avoid.empty() && !twice.empty()) {
      showStatus(twice);
      status_->SetForegroundColour(wxColour(150, 80, 0));
      if (on_status) on_status(wx("Added " + exercise.spec.name + " again. See above the list."));
    } else if (avoid.empty()) {
      if (on_status) on_status(wx("Added " + exercise.spec.name + "."));
    } else {
      showStatus("AVOID for this patient: " + exercise.spec.name + ". " + avoid +
                 " Record why it is safe (Ctrl+O) or remove it (Ctrl+Delete).");
      status_->SetForegroundColour(wxColour(150, 0, 0));
      if (on_status) on_status(wx("Added " + exercise.spec.name + ": Avoid for this patient. See why above the list."));
    }
    if (on_program_changed) on_program_changed(program_);
  } catch (const std::exception& error) {
    report(error, wx("Adding an exercise"));
  }
}

void ProgramPanel::dropExercise(const core::CatalogEntry& exercise, wxPoint screen) {
  if (!items_->GetScreenRect().Contains(screen)) {
    if (on_status) on_status(wx("To add " + exercise.spec.name + ", drop it on the program's list of exercises."));
    return;
  }
  // Before the row it is dropped on; below the last row, at the end.
  const wxPoint at = screen - items_->GetScreenPosition();
  std::optional<std::size_t> place;
  for (long row = 0; row < items_->GetItemCount() && !place; ++row) {
    wxRect rect;
    if (items_->GetItemRect(row, rect) && at.y < rect.GetBottom()) place = static_cast<std::size_t>(row);
  }
  addExercise(exercise, place);
}

void ProgramPanel::editSelected() {
  const long row = selectedRow();
  if (!isDraft() || row < 0) return;
  const db::ProgramItem shown = loaded_.items[static_cast<std::size_t>(row)];
  db::ProgramItem item = shown;
  if (!editDosage(this, item.exercise.spec.name, item.dosage, item.note)) return;  // changes the copy only on OK
  changeDraft(wx("Saved the dosage of " + item.exercise.spec.name + "."), [&] {
    context_.records->editItem(*program_, static_cast<std::size_t>(row) + 1, item.dosage, item.note, shown);
  });
  selectRow(row);
}

void ProgramPanel::removeSelected() {
  const long row = selectedRow();
  if (!isDraft() || row < 0) return;
  const db::ProgramItem shown = loaded_.items[static_cast<std::size_t>(row)];
  changeDraft(wx("Removed " + shown.exercise.spec.name + ". Undo (Ctrl+Z) brings it back."),
              [&] { context_.records->removeItem(*program_, static_cast<std::size_t>(row) + 1, shown); });
  selectRow(std::min(row, static_cast<long>(items_->GetItemCount()) - 1));
}

std::vector<const core::CatalogEntry*> ProgramPanel::otherVersions(bool harder) const {
  std::vector<const core::CatalogEntry*> found;
  const long row = selectedRow();
  if (!isDraft() || row < 0 || static_cast<std::size_t>(row) >= loaded_.items.size()) return found;
  const core::CatalogEntry* shown =
      context_.catalog.find(loaded_.items[static_cast<std::size_t>(row)].exercise.global_id);
  if (shown == nullptr) return found;  // its plugin is not loaded: its links are unknown
  for (const std::string& id : harder ? shown->progressions : shown->regressions) {
    if (const core::CatalogEntry* version = context_.catalog.find(id)) found.push_back(version);
  }
  return found;
}

void ProgramPanel::swapSelected(bool harder) {
  const long row = selectedRow();
  // Ids, not entries: plugins that answer while the dialog is open rebuild the catalog.
  std::vector<std::string> ids;
  std::vector<std::string> names;
  for (const core::CatalogEntry* version : otherVersions(harder)) {
    ids.push_back(version->global_id);
    names.push_back(version->spec.name);
  }
  if (ids.empty()) return;
  const db::ProgramItem shown = loaded_.items[static_cast<std::size_t>(row)];
  std::string chosen_id = ids.front();
  if (ids.size() > 1) {
    wxArrayString choices;
    for (const std::string& name : names) choices.Add(wx(name));
    wxSingleChoiceDialog choose(this,
                                wx(std::string(harder ? "A harder" : "An easier") + " version of " +
                                   shown.exercise.spec.name + ", with the same dosage:"),
                                wx(harder ? "Harder version" : "Easier version"), choices);
    if (choose.ShowModal() != wxID_OK) return;
    chosen_id = ids[static_cast<std::size_t>(choose.GetSelection())];
  }
  const core::CatalogEntry* chosen = context_.catalog.find(chosen_id);
  if (chosen == nullptr) {
    if (on_status) on_status(wx("That exercise is no longer in the library: its plugin did not load."));
    return;
  }
  changeDraft(wx("Swapped " + shown.exercise.spec.name + " for " + chosen->spec.name +
                 ", same dosage. Check the dosage suits it; Ctrl+Z takes it back."),
              [&] { context_.records->replaceExercise(*program_, static_cast<std::size_t>(row) + 1, *chosen, shown); });
  selectRow(row);
  // The new exercise may be Avoid for this patient: said where the therapist is looking, as for an added one.
  std::string avoid;
  for (const core::Finding& finding : findings_) {
    if (finding.item == static_cast<std::size_t>(row) && finding.blocksIssue())
      avoid += (avoid.empty() ? "" : " ") + std::string(sdk::labelOf(sdk::kConditions, finding.condition)) + ": " +
               finding.reason;
  }
  if (!avoid.empty() && loaded_.items.size() > static_cast<std::size_t>(row) &&
      loaded_.items[static_cast<std::size_t>(row)].exercise.global_id == chosen_id) {
    showStatus("AVOID for this patient: " + chosen->spec.name + ". " + avoid +
               " Record why it is safe (Ctrl+O), or take the swap back (Ctrl+Z).");
    status_->SetForegroundColour(wxColour(150, 0, 0));
  }
}

std::string ProgramPanel::undoLabel() const {
  return isDraft() ? context_.records->undoable(*program_).value_or("") : std::string();
}

std::string ProgramPanel::redoLabel() const {
  return isDraft() ? context_.records->redoable(*program_).value_or("") : std::string();
}

void ProgramPanel::undo() {
  const std::string label = undoLabel();
  if (label.empty()) return;
  changeDraft(wx("Undid " + label + ". Ctrl+Shift+Z does it again."), [&] { context_.records->undo(*program_); });
}

void ProgramPanel::redo() {
  const std::string label = redoLabel();
  if (label.empty()) return;
  changeDraft(wx("Redid " + label + "."), [&] { context_.records->redo(*program_); });
}

void ProgramPanel::moveRow(long from, long to) {
  if (!isDraft() || from < 0 || to < 0 || from >= static_cast<long>(loaded_.items.size()) ||
      to >= static_cast<long>(loaded_.items.size()))
    return;
  const db::ProgramItem shown = loaded_.items[static_cast<std::size_t>(from)];
  changeDraft(wx("Moved " + shown.exercise.spec.name + " to place " + std::to_string(to + 1) + "."), [&] {
    context_.records->moveItem(*program_, static_cast<std::size_t>(from) + 1, static_cast<std::size_t>(to) + 1, shown);
  });
  selectRow(to);
}

void ProgramPanel::moveSelected(int by) {
  const long row = selectedRow();
  moveRow(row, row + by);
}

void ProgramPanel::overrideSelected() {
  const long row = selectedRow();
  if (!isDraft() || row < 0) return;
  std::string avoid;
  for (const core::Finding& finding : findings_) {
    if (finding.item == static_cast<std::size_t>(row) && finding.severity == sdk::Severity::avoid)
      avoid += core::describe(finding) + "\n";
  }
  const std::string name = loaded_.items[static_cast<std::size_t>(row)].exercise.spec.name;
  if (avoid.empty()) {
    if (on_status) on_status(wx(name + " has no Avoid finding for this patient: there is nothing to override."));
    return;
  }
  // Last visit's reason, filled in to be checked and confirmed: the patient may have changed.
  const std::string previous = previousOverride(static_cast<std::size_t>(row));
  if (!previous.empty()) avoid += "\nLast visit's reason is filled in below. Record it only if it still holds.";
  const std::optional<std::string> reason = askOverrideReason(this, name, avoid, previous);
  if (!reason) return;
  try {
    context_.records->overrideAvoid(*program_, static_cast<std::size_t>(row) + 1, *reason,
                                    loaded_.items[static_cast<std::size_t>(row)]);
    loaded_ = context_.store().program(*program_);
    refreshItems();
    selectRow(row);
    if (on_status) on_status(wx("Recorded the override for " + name + "."));
  } catch (const std::exception& error) {
    loaded_ = context_.store().program(*program_);  // show what is really saved
    refreshItems();
    report(error, wx("Recording an override"));
  }
}

void ProgramPanel::chooseAdviceForSelected() {
  const long row = selectedRow();
  if (!isDraft() || row < 0) return;
  const auto item = static_cast<std::size_t>(row);
  std::vector<const core::Finding*> advised;
  wxArrayString choices;
  wxArrayInt printed;
  for (const core::Finding& finding : findings_) {
    if (finding.item != item || finding.patient_advice.empty()) continue;
    if (!finding.advice_left_out) printed.Add(static_cast<int>(advised.size()));
    advised.push_back(&finding);
    choices.Add(wx(finding.patient_advice));
  }
  const std::string name = loaded_.items[item].exercise.spec.name;
  if (advised.empty()) {
    if (on_status) on_status(wx(name + " has no Caution advice for this patient."));
    return;
  }
  wxMultiChoiceDialog dialog(this, wx("Ticked advice is printed in \u201CTake care\u201D for " + name + "."),
                             wx("Patient advice on the handout"), choices);
  dialog.SetSelections(printed);
  if (dialog.ShowModal() != wxID_OK) return;
  const wxArrayInt chosen = dialog.GetSelections();
  try {
    for (std::size_t i = 0; i < advised.size(); ++i) {
      const bool keep = chosen.Index(static_cast<int>(i)) != wxNOT_FOUND;
      if (keep == !advised[i]->advice_left_out) continue;
      context_.records->setAdviceLeftOut(*program_, item + 1, advised[i]->condition, !keep,
                                         context_.store().program(*program_).items[item]);
    }
    loaded_ = context_.store().program(*program_);
    refreshItems();
    selectRow(row);
    if (on_status) on_status(wx("Saved which advice the handout prints for " + name + "."));
  } catch (const std::exception& error) {
    loaded_ = context_.store().program(*program_);
    refreshItems();
    report(error, wx("Choosing the patient advice"));
  }
}

void ProgramPanel::issue() {
  if (!isDraft()) return;
  if (loaded_.items.empty()) {
    if (on_status) on_status(wx("Add at least one exercise before issuing."));
    return;
  }
  try {
    context_.records->issue(*program_);
    reloadPrograms(program_);
    if (on_status) on_status(wx("Issued the program. Its handout is ready on the Handout tab."));
  } catch (const db::InvalidRecord& error) {
    // Said in place, not in a pop-up: the findings the therapist must answer are right here.
    logShownError(wx("Issuing the program"), error);
    findings_text_->ChangeValue(wx("NOT ISSUED. " + std::string(error.what()) +
                                   "\nSelect the exercise and click Override to record why it is safe for this "
                                   "patient, or remove it.\n\n") +
                                findings_text_->GetValue());
    findings_text_->SetForegroundColour(wxColour(150, 0, 0));
    if (on_status) on_status(wx("Not issued: an Avoid finding has no override reason. See the screening below."));
  } catch (const std::exception& error) {
    report(error, wx("Issuing the program"));
  }
}

void ProgramPanel::nextVisit() {
  if (!patient_) return;
  try {
    const core::Records::NextVisit next = context_.records->nextVisit(*patient_);
    reloadPrograms(next.draft);
    std::size_t to_confirm = 0;  // answered last visit, Avoid now, not answered yet
    for (std::size_t i = 0; i < previous_overrides_.size(); ++i) {
      const bool blocked = std::any_of(findings_.begin(), findings_.end(), [i](const core::Finding& finding) {
        return finding.item == i && finding.blocksIssue();
      });
      if (blocked && !previous_overrides_[i].empty()) ++to_confirm;
    }
    std::string said = next.started_now ? "Started the next visit as a draft; the issued program stays as it was."
                                        : "The next visit was already started: here is its draft.";
    if (to_confirm > 0)
      said += " Confirm " + std::to_string(to_confirm) + (to_confirm == 1 ? " override" : " overrides") +
              " from last visit (Ctrl+O).";
    if (on_status) on_status(wx(said));
  } catch (const std::exception& error) {
    report(error, wx("Starting the next visit"));
  }
}

void ProgramPanel::deleteDraft() {
  if (!isDraft()) return;
  const std::size_t count = loaded_.items.size();
  const std::string what =
      "the draft \u201C" + loaded_.title + "\u201D" +
      (count == 0 ? std::string()
                  : " and its " + std::to_string(count) + (count == 1 ? " exercise" : " exercises") +
                        " with their dosages, notes and overrides");
  wxMessageDialog ask(this, wx("Delete " + what + "? This cannot be undone. Issued programs are kept."),
                      wx("Delete draft"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
  ask.SetYesNoLabels(wx("&Delete draft"), wx("&Keep it"));
  if (ask.ShowModal() != wxID_YES) return;
  try {
    context_.records->deleteDraft(*program_);
    reloadPrograms(std::nullopt);
    if (on_status) on_status(wx("Deleted " + what + "."));
  } catch (const std::exception& error) {
    reloadPrograms(std::nullopt);  // show what is really saved
    report(error, wx("Deleting the draft"));
  }
}

void ProgramPanel::saveAsTemplate() {
  if (!program_ || loaded_.items.empty()) return;
  wxTextEntryDialog ask(this, wx("Template name"), wx("Save as template"), wx(loaded_.title));
  if (ask.ShowModal() != wxID_OK) return;
  try {
    context_.records->saveTemplate(utf8(ask.GetValue()), *program_);
    if (on_status) on_status(wx("Saved the template '" + utf8(ask.GetValue()) + "'."));
  } catch (const std::exception& error) {
    report(error, wx("Saving a template"));
  }
}

void ProgramPanel::startFromTemplate() {
  if (!patient_) return;
  const std::vector<db::Template> templates = context_.store().templates();
  if (templates.empty()) {
    if (on_status) on_status(wx("No templates yet. Build a program, then Save as template."));
    return;
  }
  wxArrayString names;
  for (const db::Template& entry : templates) names.Add(wx(entry.name));
  wxSingleChoiceDialog choose(this, wx("The template's exercises are added to the draft."), wx("Start from a template"),
                              names);
  if (choose.ShowModal() != wxID_OK) return;
  const db::Template& chosen = templates[static_cast<std::size_t>(choose.GetSelection())];
  try {
    if (!isDraft()) {
      const db::Id id = context_.records->createDraft(*patient_, chosen.name);
      reloadPrograms(id);
    }
    context_.records->assignTemplate(chosen.id, *program_);
    reloadPrograms(program_);
    if (on_status) on_status(wx("Added the exercises of '" + chosen.name + "'."));
  } catch (const std::exception& error) {
    report(error, wx("Starting from a template"));
  }
}

}  // namespace motus::gui
