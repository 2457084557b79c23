// Clinic branding (kept in the database, printed on every handout), the clinician at this desk
// and the default handout options (kept in the user's preferences).
#include "dialogs.hpp"
#include "error_report.hpp"
#include "preferences.hpp"
#include "wx_text.hpp"

#include <motus/core/image_file.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <filesystem>

namespace motus::gui {

class SettingsDialog final : public wxDialog {
 public:
  SettingsDialog(wxWindow* parent, const db::ClinicProfile& clinic, const Preferences& preferences, bool first_run)
      : wxDialog(parent, wxID_ANY, wx(first_run ? "Welcome to Motus: your clinic" : "Settings"), wxDefaultPosition,
                 wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, wx("settings-dialog")),
        clinic_(clinic) {
    name_ = text("clinic-name", clinic.name);
    address_ = text("clinic-address", clinic.address, wxTE_MULTILINE);
    phone_ = text("clinic-phone", clinic.phone);
    email_ = text("clinic-email", clinic.email);
    clinician_ = text("clinician", preferences.clinician);
    logo_label_ = new wxStaticText(this, wxID_ANY, wx(clinic.logo.empty() ? "No logo" : "Logo: " + clinic.logo_type));
    auto* choose_logo = new wxButton(this, wxID_ANY, wx("Choose &logo..."));
    auto* clear_logo = new wxButton(this, wxID_ANY, wx("No logo"));
    paper_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                          wx("default-paper"));
    paper_->Append(wx("A4"));
    paper_->Append(wx("US Letter"));
    paper_->SetSelection(preferences.paper == "letter" ? 1 : 0);
    large_print_ = new wxCheckBox(this, wxID_ANY, wx("Large print"));
    large_print_->SetValue(preferences.large_print);
    pictures_ = new wxCheckBox(this, wxID_ANY, wx("Pictures"));
    pictures_->SetValue(preferences.pictures);
    log_weeks_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(120, -1), wxSP_ARROW_KEYS, 0, 26,
                                preferences.log_weeks, wx("default-log-weeks"));
    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(wxColour(170, 0, 0));

    auto* clinic_grid = new wxFlexGridSizer(2, wxSize(8, 6));
    clinic_grid->AddGrowableCol(1);
    const auto row = [&](wxFlexGridSizer* grid, const char* label, wxWindow* control) {
      grid->Add(new wxStaticText(this, wxID_ANY, wx(label)), wxSizerFlags().CenterVertical().Right());
      grid->Add(control, wxSizerFlags().Expand());
    };
    row(clinic_grid, "Clinic &name", name_);
    row(clinic_grid, "&Address", address_);
    row(clinic_grid, "&Phone", phone_);
    row(clinic_grid, "&Email", email_);
    auto* logo_row = new wxBoxSizer(wxHORIZONTAL);
    logo_row->Add(logo_label_, wxSizerFlags(1).CenterVertical());
    logo_row->Add(choose_logo, wxSizerFlags().Border(wxLEFT, 6));
    logo_row->Add(clear_logo, wxSizerFlags().Border(wxLEFT, 6));
    clinic_grid->AddSpacer(0);
    clinic_grid->Add(logo_row, wxSizerFlags().Expand());
    auto* clinic_box = new wxStaticBoxSizer(wxVERTICAL, this, wx("Clinic (printed on every handout)"));
    clinic_box->Add(clinic_grid, wxSizerFlags().Expand().Border(wxALL, 4));

    auto* you_grid = new wxFlexGridSizer(2, wxSize(8, 6));
    you_grid->AddGrowableCol(1);
    row(you_grid, "&Your name", clinician_);
    row(you_grid, "Pape&r", paper_);
    you_grid->AddSpacer(0);
    you_grid->Add(large_print_);
    you_grid->AddSpacer(0);
    you_grid->Add(pictures_);
    row(you_grid, "Weeks of &log", log_weeks_);
    auto* you_box = new wxStaticBoxSizer(wxVERTICAL, this, wx("You, at this computer, and your usual handout"));
    you_box->Add(you_grid, wxSizerFlags().Expand().Border(wxALL, 4));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (first_run) {
      sizer->Add(new wxStaticText(this, wxID_ANY,
                                  wx("Your clinic's details go on every handout. You can change them later in "
                                     "File > Settings.")),
                 wxSizerFlags().Border(wxALL, 10));
    }
    sizer->Add(clinic_box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 10));
    sizer->Add(you_box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 10));
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 10));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, 10));
    SetSizerAndFit(sizer);
    SetMinSize(wxSize(520, -1));
    Fit();

    choose_logo->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseLogo(); });
    clear_logo->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
      clinic_.logo.clear();
      clinic_.logo_type.clear();
      logo_label_->SetLabel(wx("No logo"));
    });
    name_->SetFocus();
  }

  bool TransferDataFromWindow() override {
    if (utf8(name_->GetValue()).find_first_not_of(' ') == std::string::npos) {
      problem_->SetLabel(wx("Type the clinic's name: it heads every handout."));
      Layout();
      name_->SetFocus();
      return false;
    }
    return true;
  }

  db::ClinicProfile clinic() const {
    db::ClinicProfile clinic = clinic_;
    clinic.name = utf8(name_->GetValue());
    clinic.address = utf8(address_->GetValue());
    clinic.phone = utf8(phone_->GetValue());
    clinic.email = utf8(email_->GetValue());
    return clinic;
  }
  void applyTo(Preferences& preferences) const {
    preferences.clinician = utf8(clinician_->GetValue());
    preferences.paper = paper_->GetSelection() == 1 ? "letter" : "a4";
    preferences.large_print = large_print_->GetValue();
    preferences.pictures = pictures_->GetValue();
    preferences.log_weeks = log_weeks_->GetValue();
  }

 private:
  wxTextCtrl* text(const char* name, const std::string& value, long style = 0) {
    return new wxTextCtrl(this, wxID_ANY, wx(value), wxDefaultPosition, wxSize(320, style != 0 ? 60 : -1), style,
                          wxDefaultValidator, wx(name));
  }

  void chooseLogo() {
    wxFileDialog ask(this, wx("Choose the clinic's logo"), wxString(), wxString(),
                     wx("Pictures (*.png;*.svg;*.jpg;*.jpeg)|*.png;*.svg;*.jpg;*.jpeg"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (ask.ShowModal() != wxID_OK) return;
    try {
      core::ImageFile image = core::loadImageFile(std::filesystem::path(utf8(ask.GetPath())));
      clinic_.logo = std::move(image.bytes);
      clinic_.logo_type = std::move(image.media_type);
    } catch (const core::ImageFileRefused& refused) {
      wxMessageBox(wx(refused.what()), wx("This logo cannot be used"), wxOK | wxICON_WARNING, this);
      return;
    }
    logo_label_->SetLabel(wx("Logo: " + utf8(ask.GetFilename())));
  }

  db::ClinicProfile clinic_;
  wxTextCtrl* name_ = nullptr;
  wxTextCtrl* address_ = nullptr;
  wxTextCtrl* phone_ = nullptr;
  wxTextCtrl* email_ = nullptr;
  wxTextCtrl* clinician_ = nullptr;
  wxStaticText* logo_label_ = nullptr;
  wxChoice* paper_ = nullptr;
  wxCheckBox* large_print_ = nullptr;
  wxCheckBox* pictures_ = nullptr;
  wxSpinCtrl* log_weeks_ = nullptr;
  wxStaticText* problem_ = nullptr;
};

bool showSettings(wxWindow* parent, AppContext& context, Preferences& preferences, bool first_run) {
  SettingsDialog dialog(parent, context.store().clinic(), preferences, first_run);
  if (dialog.ShowModal() != wxID_OK) return false;
  try {
    context.records->saveClinic(dialog.clinic());
  } catch (const std::exception& error) {
    showError(parent, wx("The clinic's details were not saved"), error);
    return false;
  }
  dialog.applyTo(preferences);
  preferences.save();
  context.setClinician(preferences.clinician);
  return true;
}

}  // namespace motus::gui
