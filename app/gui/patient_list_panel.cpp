#include "patient_list_panel.hpp"
#include "actions.hpp"
#include "wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

namespace motus::gui {

PatientListPanel::PatientListPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("patients")), context_(context) {
  search_ = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             wx("patient-search"));
  search_->SetDescriptiveText(wx("Name or chart number"));
  search_->ShowCancelButton(true);
  archived_ = new wxCheckBox(this, wxID_ANY, wx("Show archived"));
  list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                         wxDefaultValidator, wx("patient-list"));
  list_->AppendColumn(wx("Name"), wxLIST_FORMAT_LEFT, 145);
  list_->AppendColumn(wx("Chart"), wxLIST_FORMAT_LEFT, 80);
  auto* add = makeActionButton(this, "new-patient");

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(search_, wxSizerFlags().Expand().Border(wxALL, 6));
  sizer->Add(archived_, wxSizerFlags().Border(wxLEFT | wxRIGHT, 6));
  sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, 6));
  sizer->Add(add, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 6));
  SetSizer(sizer);

  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
  search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
  archived_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { refresh(); });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { onItemSelected(event.GetIndex()); });
  // Down from the search box goes to the list, as people expect from a search field.
  search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_DOWN && list_->GetItemCount() > 0) {
      list_->SetFocus();
      list_->Select(0);
      list_->Focus(0);
    } else {
      event.Skip();
    }
  });
  refresh();
}

void PatientListPanel::refresh() {
  const std::string text = utf8(search_->GetValue());
  const bool archived = archived_->GetValue();
  shown_ =
      text.empty() ? context_.store().listPatients(archived) : context_.store().searchPatients(text, archived, 200);
  selecting_ = true;
  list_->DeleteAllItems();
  for (std::size_t i = 0; i < shown_.size(); ++i) {
    const db::PatientDetails& details = shown_[i].details;
    const long row = list_->InsertItem(static_cast<long>(i), wx(details.family_name + ", " + details.given_name +
                                                                (shown_[i].archived ? " (archived)" : "")));
    list_->SetItem(row, 1, wx(details.chart_number));
    if (current_ && shown_[i].id == *current_) list_->Select(row);
  }
  selecting_ = false;
}

void PatientListPanel::select(db::Id patient) {
  current_ = patient;
  refresh();
}

void PatientListPanel::focusSearch() { search_->SetFocus(); }

std::optional<db::Id> PatientListPanel::selected() const { return current_; }

void PatientListPanel::onItemSelected(long row) {
  if (selecting_ || row < 0 || static_cast<std::size_t>(row) >= shown_.size()) return;
  const db::Id chosen = shown_[static_cast<std::size_t>(row)].id;
  if (current_ && chosen == *current_) return;
  if (on_choose && !on_choose(chosen)) {
    refresh();  // put the highlight back on the patient still being edited
    return;
  }
  current_ = chosen;
}

}  // namespace motus::gui
