#include "dialog_keys.hpp"
#include "dialogs.hpp"
#include "wx_text.hpp"

#include <motus/core/override_reason.hpp>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace motus::gui {

OverrideDialog::OverrideDialog(wxWindow* parent, const std::string& exercise, const std::string& findings)
    : wxDialog(parent, wxID_ANY, wx("Override an Avoid: " + exercise), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, wx("override-dialog")) {
  auto* warning = new wxStaticText(this, wxID_ANY, wx(findings));
  warning->Wrap(460);
  warning->SetForegroundColour(wxColour(150, 0, 0));
  // One line: Enter records the override (when the reason says why), as in every other dialog.
  reason_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(460, -1), wxTE_PROCESS_ENTER,
                           wxDefaultValidator, wx("override-reason"));
  reason_->SetHint(wx("Why is it safe for this patient? e.g. Surgeon cleared on 2026-11-01"));
  // What the reason still lacks, as the records would refuse it, said while it is typed.
  problem_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE,
                              wx("override-problem"));
  problem_->SetForegroundColour(wxColour(150, 0, 0));
  // Room for the longest message (three lines at this width) from the start, so the dialog never
  // has to grow while the reason is typed, nor cut what it says.
  problem_->SetMinSize(wxSize(460, problem_->GetCharHeight() * 4));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(warning, wxSizerFlags().Border(wxALL, 10));
  sizer->Add(new wxStaticText(this, wxID_ANY, wx("&Reason, kept in the record and the audit log:")),
             wxSizerFlags().Border(wxLEFT | wxRIGHT, 10));
  sizer->Add(reason_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 10));
  sizer->Add(problem_, wxSizerFlags(1).Expand().Border(wxALL, 10));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, 10));
  SetSizerAndFit(sizer);
  ok_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
  if (ok_ != nullptr) {
    ok_->SetLabel(wx("&Record override"));
    ok_->Disable();
  }
  reason_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { checkReason(); });
  enterPressesOk(*reason_, *this);  // nothing while the reason still lacks something
  reason_->SetFocus();
}

void OverrideDialog::checkReason() {
  const std::string typed = reason();
  const std::optional<std::string> problem = typed.empty() ? std::nullopt : core::overrideReasonProblem(typed);
  if (ok_ != nullptr) ok_->Enable(!typed.empty() && !problem);
  problem_->SetLabel(problem ? wx(*problem) : wxString());
  problem_->Wrap(460);
  Layout();
}

std::string OverrideDialog::reason() const {
  std::string text = utf8(reason_->GetValue());
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void OverrideDialog::setReason(const std::string& reason) { reason_->SetValue(wx(reason)); }

std::optional<std::string> askOverrideReason(wxWindow* parent, const std::string& exercise, const std::string& findings,
                                             const std::string& previous) {
  OverrideDialog dialog(parent, exercise, findings);
  if (!previous.empty()) dialog.setReason(previous);
  if (dialog.ShowModal() != wxID_OK || dialog.reason().empty()) return std::nullopt;
  // The records check it again, and say the same if it still lacks something.
  return dialog.reason();
}

}  // namespace motus::gui
