#include "patient_form_panel.hpp"
#include "actions.hpp"
#include "error_report.hpp"
#include "visits_panel.hpp"
#include "wx_text.hpp"

#include <motus/core/calendar_date.hpp>
#include <motus/db/errors.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace motus::gui {

PatientFormPanel::PatientFormPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("record")), context_(context) {
  chart_ = field("chart");
  family_ = field("family-name");
  given_ = field("given-name");
  born_ = field("birth-date");
  born_->SetHint(wx(context_.records->dateStyle().pattern()));
  born_reading_ =
      new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("birth-reading"));
  phone_ = field("phone");
  email_ = field("email");
  notes_ = field("patient-notes", wxTE_MULTILINE);

  auto* grid = new wxFlexGridSizer(2, wxSize(8, 6));
  grid->AddGrowableCol(1);
  const auto row = [&](const char* label, wxWindow* control) {
    grid->Add(new wxStaticText(this, wxID_ANY, wx(label)), wxSizerFlags().CenterVertical().Right());
    grid->Add(control, wxSizerFlags().Expand());
  };
  row("&Chart number", chart_);
  row("&Family name", family_);
  row("&Given name", given_);
  auto* born_row = new wxBoxSizer(wxHORIZONTAL);
  // The reading keeps its whole width; the field gives way (a date needs few characters).
  born_->SetMinSize(wxSize(born_->GetTextExtent(wx("00/00/00000")).GetWidth() + 16, -1));
  born_row->Add(born_, wxSizerFlags(1).CenterVertical());
  born_row->Add(born_reading_, wxSizerFlags().CenterVertical().Border(wxLEFT, 8));
  grid->Add(new wxStaticText(this, wxID_ANY, wx("&Born")), wxSizerFlags().CenterVertical().Right());
  grid->Add(born_row, wxSizerFlags().Expand());
  row("&Phone", phone_);
  row("&Email", email_);
  grid->Add(new wxStaticText(this, wxID_ANY, wx("N&otes")), wxSizerFlags().Top().Right().Border(wxTOP, 4));
  grid->Add(notes_, wxSizerFlags().Expand());
  notes_->SetMinSize(wxSize(-1, 90));

  conditions_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                                   wx("conditions"));
  for (const sdk::Term& term : sdk::kConditions) conditions_->Append(wx(std::string(term.label)));
  condition_label_ = new wxStaticText(this, wxID_ANY, wx("Pick a condition to add a note."));
  condition_note_ = field("condition-note");
  condition_note_->SetHint(wx("Note, e.g. T-score -2.8, T8 fracture 2019"));
  condition_since_ = field("condition-since");
  condition_since_->SetHint(wx("Since: YYYY, YYYY-MM or YYYY-MM-DD"));

  auto* conditions_box = new wxStaticBoxSizer(wxVERTICAL, this, wx("Conditions that matter for exercise"));
  conditions_box->Add(conditions_, wxSizerFlags(1).Expand());
  conditions_box->Add(condition_label_, wxSizerFlags().Border(wxTOP, 6));
  conditions_box->Add(condition_note_, wxSizerFlags().Expand().Border(wxTOP, 2));
  conditions_box->Add(condition_since_, wxSizerFlags().Expand().Border(wxTOP, 2));

  auto* details_box = new wxStaticBoxSizer(wxVERTICAL, this, wx("Patient"));
  details_box->Add(grid, wxSizerFlags().Expand());
  visits_ = new VisitsPanel(this, context_);
  details_box->Add(visits_, wxSizerFlags(1).Expand().Border(wxTOP, 10));

  problems_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("problems"));
  problems_->SetForegroundColour(wxColour(170, 0, 0));
  auto* save = makeActionButton(this, "save-record");
  archive_ = makeActionButton(this, "archive-patient");

  auto* columns = new wxBoxSizer(wxHORIZONTAL);
  columns->Add(details_box, wxSizerFlags(1).Expand().Border(wxALL, 8));
  columns->Add(conditions_box, wxSizerFlags(1).Expand().Border(wxALL, 8));
  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  bottom->Add(problems_, wxSizerFlags(1).CenterVertical());
  bottom->Add(archive_, wxSizerFlags().Border(wxLEFT, 8));
  bottom->Add(save, wxSizerFlags().Border(wxLEFT, 8));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(columns, wxSizerFlags(1).Expand());
  sizer->Add(bottom, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 8));
  SetSizer(sizer);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    if (!problems_text_.empty())
      CallAfter([this] { showProblems(problems_text_); });  // wrapped again for the new width
  });

  for (wxTextCtrl* text : {chart_, family_, given_, born_, phone_, email_, notes_}) {
    text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { markDirty(); });
  }
  born_->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
    event.Skip();
    showBirthReading();
  });
  for (wxTextCtrl* text : {condition_note_, condition_since_}) {
    text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
      keepConditionNote();
      markDirty();
    });
  }
  conditions_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& event) {
    conditions_->SetSelection(event.GetInt());
    showConditionNote();
    markDirty();
  });
  conditions_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { showConditionNote(); });
  showPatient(std::nullopt);
}

wxTextCtrl* PatientFormPanel::field(const char* name, long style) {
  return new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style, wxDefaultValidator,
                        wx(name));
}

void PatientFormPanel::markDirty() {
  if (!loading_) dirty_ = true;
}

void PatientFormPanel::showPatient(std::optional<db::Id> patient) {
  loading_ = true;
  patient_ = patient;
  details_.clear();
  db::PatientDetails details;
  bool archived = false;
  if (patient) {
    const db::Patient loaded = context_.store().patient(*patient);
    details = loaded.details;
    archived = loaded.archived;
    for (const db::PatientCondition& condition : context_.store().conditions(*patient))
      details_[condition.code] = condition;
  }
  chart_->ChangeValue(wx(details.chart_number));
  family_->ChangeValue(wx(details.family_name));
  given_->ChangeValue(wx(details.given_name));
  born_->ChangeValue(wx(core::writtenDate(details.birth_date, context_.records->dateStyle())));
  showBirthReading();
  phone_->ChangeValue(wx(details.phone));
  email_->ChangeValue(wx(details.email));
  notes_->ChangeValue(wx(details.notes));
  for (unsigned i = 0; i < sdk::kConditions.size(); ++i) {
    conditions_->Check(i, details_.count(std::string(sdk::kConditions[i].code)) != 0);
    showConditionLabel(i);
  }
  note_for_ = -1;
  conditions_->SetSelection(wxNOT_FOUND);
  showConditionNote();
  showProblems(wxString());
  archive_->SetLabel(wx(archived ? "Bring back from archive" : "Archive"));
  visits_->showPatient(patient);
  Layout();
  dirty_ = false;
  loading_ = false;
}

// Beside the date as typed: how Motus reads it, spelled out, with the age, so "03/04/1948" cannot
// be misread; or, while it is not a date yet, how to write it.
void PatientFormPanel::showBirthReading() {
  wxString value = born_->GetValue();
  const std::string typed = utf8(value.Trim(true).Trim(false));
  const core::DateStyle& style = context_.records->dateStyle();
  const core::TypedDate reading = core::readTypedDate(typed, style);
  const std::string today = core::todayIso();
  std::string text;
  bool trouble = false;
  if (typed.empty()) {
    text = "";
  } else if (reading.iso.empty()) {
    text = reading.hint;  // "Did you mean 03/14/1948?", "February 1948 has no day 30"
    trouble = true;
  } else if (!core::birthDateProblem(reading.iso, today).empty()) {
    text = core::spelledDate(reading.iso) + (reading.iso > today ? ": in the future" : ": before 1900, check the year");
    trouble = true;
  } else {
    text = core::spelledDate(reading.iso) + ", age " + std::to_string(core::ageInYears(reading.iso, today));
  }
  born_reading_->SetForegroundColour(trouble ? wxColour(170, 0, 0) : GetForegroundColour());
  born_reading_->SetLabel(wx(text));
  // Room for the longest usual reading, so the field keeps its width while typing; more for a
  // warning, which must be read whole.
  const int usual = born_reading_->GetTextExtent(wx("28 September 1948, age 100")).GetWidth();
  born_reading_->SetMinSize(wxDefaultSize);
  born_reading_->SetMinSize(wxSize(std::max(usual, born_reading_->GetBestSize().GetWidth()), -1));
  Layout();
}

void PatientFormPanel::toggleArchived() {
  if (!patient_) return;
  const bool archived = context_.store().patient(*patient_).archived;
  context_.records->setArchived(*patient_, !archived);
  const db::Id id = *patient_;
  showPatient(id);
  if (on_status)
    on_status(wx(archived ? "Brought the patient back from the archive."
                          : "Archived the patient: the record is kept. Tick Show archived to see it."));
  if (on_archived) on_archived(id);
}

void PatientFormPanel::showConditionNote() {
  const int index = conditions_->GetSelection();
  const bool usable = index != wxNOT_FOUND && conditions_->IsChecked(static_cast<unsigned>(index));
  const bool was_loading = loading_;
  loading_ = true;
  note_for_ = usable ? index : -1;
  if (usable) {
    const std::string code(sdk::kConditions[static_cast<std::size_t>(index)].code);
    condition_label_->SetLabel(wx("Note for: " + std::string(sdk::kConditions[static_cast<std::size_t>(index)].label)));
    condition_note_->ChangeValue(wx(details_[code].note));
    condition_since_->ChangeValue(wx(details_[code].since));
  } else {
    condition_label_->SetLabel(wx("Tick a condition, then add a note here."));
    condition_note_->ChangeValue(wxString());
    condition_since_->ChangeValue(wxString());
  }
  condition_note_->Enable(usable);
  condition_since_->Enable(usable);
  loading_ = was_loading;
}

void PatientFormPanel::keepConditionNote() {
  if (loading_ || note_for_ < 0) return;
  const std::string code(sdk::kConditions[static_cast<std::size_t>(note_for_)].code);
  details_[code].note = utf8(condition_note_->GetValue());
  details_[code].since = utf8(condition_since_->GetValue());
  showConditionLabel(static_cast<unsigned>(note_for_));
}

// A ticked condition shows its note and date after its name, so the whole picture is visible.
void PatientFormPanel::showConditionLabel(unsigned index) {
  const sdk::Term& term = sdk::kConditions[index];
  std::string label(term.label);
  const auto found = details_.find(std::string(term.code));
  if (conditions_->IsChecked(index) && found != details_.end()) {
    std::string extra = found->second.note;
    if (!found->second.since.empty()) extra += (extra.empty() ? "since " : ", since ") + found->second.since;
    if (!extra.empty()) label += "  -  " + extra;
  }
  if (conditions_->GetString(index) != wx(label)) conditions_->SetString(index, wx(label));
}

std::vector<db::PatientCondition> PatientFormPanel::checkedConditions() const {
  std::vector<db::PatientCondition> list;
  for (unsigned i = 0; i < sdk::kConditions.size(); ++i) {
    if (!conditions_->IsChecked(i)) continue;
    const std::string code(sdk::kConditions[i].code);
    const auto found = details_.find(code);
    db::PatientCondition condition = found != details_.end() ? found->second : db::PatientCondition{};
    condition.code = code;
    list.push_back(condition);
  }
  return list;
}

// On as many lines as the space beside the buttons needs: a refusal says what to do at its end
// ("... Check the chart number, or open that patient."), which one cut line would lose.
void PatientFormPanel::showProblems(const wxString& text) {
  problems_text_ = text;
  problems_->SetLabel(text);
  Layout();
  if (!text.empty()) {
    problems_->Wrap(problems_->GetSize().GetWidth());
    Layout();
  }
}

bool PatientFormPanel::save() {
  db::PatientDetails details{utf8(chart_->GetValue()), utf8(family_->GetValue()), utf8(given_->GetValue()),
                             utf8(born_->GetValue()),  utf8(phone_->GetValue()),  utf8(email_->GetValue()),
                             utf8(notes_->GetValue())};
  try {
    const db::Id id = context_.records->savePatientRecord(patient_, details, checkedConditions());
    patient_ = id;
    dirty_ = false;
    showProblems(wxString());
    if (on_status) on_status(wx("Saved the record of " + details.given_name + " " + details.family_name + "."));
    if (on_saved) on_saved(id);
    return true;
  } catch (const db::InvalidRecord& error) {
    logShownError(wx("Saving a patient record"), error);
    showProblems(wx(error.what()));
    if (on_status) on_status(wx("Not saved: fix the problems shown under the form."));
    return false;
  }
}

}  // namespace motus::gui
