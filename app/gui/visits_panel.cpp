#include "visits_panel.hpp"
#include "wx_text.hpp"

#include <motus/core/bidi_text.hpp>
#include <motus/core/calendar_date.hpp>

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace motus::gui {

VisitsPanel::VisitsPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("visits")), context_(context) {
  list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                         wxDefaultValidator, wx("visit-history"));
  // Widths from what the columns hold (the current visit is bold), so nothing is cut.
  wxFont bold = list_->GetFont().Bold();
  const auto room = [this, &bold](const char* text) {
    int width = 0;
    list_->GetTextExtent(wx(text), &width, nullptr, nullptr, nullptr, &bold);
    return width + FromDIP(16);
  };
  list_->AppendColumn(wx("Date"), wxLIST_FORMAT_LEFT, room("00/00/0000"));
  list_->AppendColumn(wx("Program"), wxLIST_FORMAT_LEFT, FromDIP(150));
  list_->AppendColumn(wx("#"), wxLIST_FORMAT_RIGHT, room("99"));  // the visit: 1 for the first program
  list_->AppendColumn(wx("Status"), wxLIST_FORMAT_LEFT, room("Current"));
  list_->AppendColumn(wx("By"), wxLIST_FORMAT_LEFT, room("By"));
  // Narrow enough to leave the conditions their half of a small window; the title column gives way.
  list_->SetMinSize(FromDIP(wxSize(240, 110)));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* title = new wxStaticText(this, wxID_ANY, wx("&Visits"));
  title->SetFont(title->GetFont().Bold());
  sizer->Add(title, wxSizerFlags().Border(wxBOTTOM, 2));
  hint_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("visits-hint"));
  sizer->Add(hint_, wxSizerFlags().Border(wxBOTTOM, 4));
  sizer->Add(list_, wxSizerFlags(1).Expand());
  SetSizer(sizer);

  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const long row = event.GetIndex();
    if (on_open && row >= 0 && static_cast<std::size_t>(row) < visits_.size())
      on_open(visits_[static_cast<std::size_t>(row)].id);
  });
  // The title column takes what the others leave, so nothing is cut at any width.
  list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    fitTitleColumn();
  });
}

void VisitsPanel::fitTitleColumn() {
  int others = 0;
  for (int column : {0, 2, 3, 4}) others += list_->GetColumnWidth(column);
  list_->SetColumnWidth(1, std::max(FromDIP(60), list_->GetClientSize().GetWidth() - others));
}

void VisitsPanel::showPatient(std::optional<db::Id> patient) {
  patient_ = patient;
  list_->DeleteAllItems();
  visits_.clear();
  if (!patient_) {
    hint_->SetLabel(wx("Saved patients have their programs listed here."));
    return;
  }
  visits_ = context_.store().programs(*patient_);
  hint_->SetLabel(wx(visits_.empty() ? "No program yet: add exercises on the Program tab (Ctrl+2)."
                                     : "Double-click to open one. Next visit: Ctrl+Shift+V."));
  const std::optional<db::Id> current = core::currentProgram(visits_);
  const core::DateStyle& dates = context_.records->dateStyle();
  for (std::size_t i = 0; i < visits_.size(); ++i) {
    const db::ProgramSummary& visit = visits_[i];
    const bool draft = visit.status == db::ProgramStatus::draft;
    const std::string day = core::localDateOf(draft ? visit.created_at : visit.issued_at);
    const long row = list_->InsertItem(static_cast<long>(i), wx(core::writtenDate(day, dates)));
    list_->SetItem(row, 1, wx(core::bidiIsolated(visit.title)));
    list_->SetItem(row, 2, wx(std::to_string(visit.version)));
    // "Current": the issued program the patient has now (the row is bold too).
    std::string status = draft ? "Draft" : "Issued";
    if (visit.id == current) status = "Current";
    list_->SetItem(row, 3, wx(status));
    list_->SetItem(row, 4, wx(core::bidiIsolated(visit.clinician)));
    if (visit.id == current) {
      list_->SetItemFont(row, list_->GetFont().Bold());
    }
  }
  // The clinicians' names in full; the title column takes what is left (see the size handler).
  wxFont bold = list_->GetFont().Bold();
  int by = 0;
  list_->GetTextExtent(wx("By"), &by, nullptr, nullptr, nullptr, &bold);
  for (const db::ProgramSummary& visit : visits_) {
    int width = 0;
    list_->GetTextExtent(wx(visit.clinician), &width, nullptr, nullptr, nullptr, &bold);
    by = std::max(by, width);
  }
  list_->SetColumnWidth(4, by + FromDIP(16));
  fitTitleColumn();
}

}  // namespace motus::gui
