// The dosage of one program item, in the therapist's terms: numbers or ranges ("10-15").
#include "dialog_keys.hpp"
#include "dialogs.hpp"
#include "wx_text.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/plugin_validation.hpp>
#include <motus/core/records.hpp>
#include <motus/sdk/dosage_fields.hpp>

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <array>

namespace motus::gui {
namespace {

// The field's label with its access key marked the way wx wants ("R&est (seconds)").
wxString labelWithAccessKey(const sdk::DosageField& field) {
  std::string label(field.label);
  if (const std::size_t key = label.find(field.access_key); field.access_key != 0 && key != std::string::npos) {
    label.insert(key, "&");
  }
  return wx(label);
}

constexpr std::array kSides{std::pair{sdk::Side::unspecified, "No side"}, std::pair{sdk::Side::left, "Left"},
                            std::pair{sdk::Side::right, "Right"}, std::pair{sdk::Side::both, "Both at once"},
                            std::pair{sdk::Side::each_side, "Each side"}};

std::string rangeText(const std::optional<sdk::Range>& range) {
  if (!range) return {};
  return range->isSingle() ? std::to_string(range->low)
                           : std::to_string(range->low) + "-" + std::to_string(range->high);
}

class DosageDialog final : public wxDialog {
  static constexpr int kTextWidth = 420;  // the preview's and problems' wrapping width

 public:
  DosageDialog(wxWindow* parent, const std::string& name, const sdk::Dosage& dosage, const std::string& note)
      : wxDialog(parent, wxID_ANY, wx("How much: " + name), wxDefaultPosition, wxDefaultSize,
                 wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, wx("dosage-dialog")) {
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 5));
    grid->AddGrowableCol(1);
    for (std::size_t i = 0; i < sdk::kDosageFields.size(); ++i) {
      const sdk::DosageField& field = sdk::kDosageFields[i];
      fields_[i] = new wxTextCtrl(this, wxID_ANY, wx(rangeText(dosage.*field.member)), wxDefaultPosition, wxDefaultSize,
                                  wxTE_PROCESS_ENTER, wxDefaultValidator, wx(std::string(field.option)));
      grid->Add(new wxStaticText(this, wxID_ANY, labelWithAccessKey(field)), wxSizerFlags().CenterVertical());
      grid->Add(fields_[i], wxSizerFlags().Expand());
    }
    side_ =
        new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, wx("side"));
    for (const auto& [side, label] : kSides) {
      side_->Append(wx(label));
      if (side == dosage.side) side_->SetSelection(static_cast<int>(side_->GetCount() - 1));
    }
    load_ = new wxTextCtrl(this, wxID_ANY, wx(dosage.load), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER,
                           wxDefaultValidator, wx("load"));
    load_->SetHint(wx("e.g. light band, 1 kg"));
    note_ = new wxTextCtrl(this, wxID_ANY, wx(note), wxDefaultPosition, wxSize(-1, 60), wxTE_MULTILINE,
                           wxDefaultValidator, wx("item-note"));
    grid->Add(new wxStaticText(this, wxID_ANY, wx("S&ide")), wxSizerFlags().CenterVertical());
    grid->Add(side_, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, wx("&Load")), wxSizerFlags().CenterVertical());
    grid->Add(load_, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, wx("&Note for the patient")), wxSizerFlags());
    grid->Add(note_, wxSizerFlags().Expand());
    // Room for three lines of each from the start, wrapped to one width: the dialog never changes
    // size while a number is typed, and never cuts what the patient will read.
    preview_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE,
                                wx("dosage-preview"));
    problems_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE,
                                 wx("dosage-problems"));
    problems_->SetForegroundColour(wxColour(170, 0, 0));
    for (wxStaticText* text : {preview_, problems_}) showWrapped(text, std::string());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, wx("Numbers or ranges, such as 10 or 10-15. Leave empty for none.")),
               wxSizerFlags().Border(wxALL, 10));
    sizer->Add(grid, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
    sizer->Add(preview_, wxSizerFlags().Expand().Border(wxALL, 10));
    sizer->Add(problems_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 10));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, 10));
    SetSizerAndFit(sizer);
    for (wxTextCtrl* field : fields_) field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check(); });
    load_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check(); });
    // Enter in a one-line field saves, as a click on OK would (nothing while a number is wrong).
    for (wxTextCtrl* field : fields_) enterPressesOk(*field, *this);
    enterPressesOk(*load_, *this);
    side_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { check(); });
    check();
    // The first number, selected: typing replaces it (focus was on OK, and the digits were lost).
    fields_[0]->SetFocus();
    fields_[0]->SelectAll();
  }

  bool TransferDataFromWindow() override { return check(); }
  const sdk::Dosage& dosage() const { return dosage_; }
  std::string note() const { return utf8(note_->GetValue()); }

 private:
  // Reads the fields into dosage_; shows what the patient will read, or what is wrong.
  bool check() {
    std::vector<std::string> problems;
    sdk::Dosage dosage;
    for (std::size_t i = 0; i < sdk::kDosageFields.size(); ++i) {
      const sdk::DosageField& field = sdk::kDosageFields[i];
      const std::string text = utf8(fields_[i]->GetValue());
      if (text.find_first_not_of(' ') == std::string::npos) continue;
      core::RangeInput input = core::readRange(std::string(field.option), text, field.minimum, field.maximum);
      if (!input.range) {
        problems.push_back(std::move(input.problem));
        continue;
      }
      dosage.*field.member = input.range;
    }
    dosage.side = kSides[static_cast<std::size_t>(std::max(0, side_->GetSelection()))].first;
    dosage.load = utf8(load_->GetValue());
    for (std::string& problem : core::dosageProblems(dosage)) problems.push_back(std::move(problem));
    std::string shown;
    for (const std::string& problem : problems) shown += (shown.empty() ? "" : "\n") + problem;
    showWrapped(problems_, shown);
    showWrapped(preview_, problems.empty() ? "The patient reads: " + core::dosageLine(dosage) : std::string());
    if (wxWindow* ok = FindWindow(wxID_OK)) ok->Enable(problems.empty());
    Layout();
    // Taller only when more than the three lines kept are needed (several problems at once).
    if (const int needed = GetSizer()->GetMinSize().GetHeight(); needed > GetClientSize().GetHeight())
      SetClientSize(GetClientSize().GetWidth(), needed);
    if (problems.empty()) dosage_ = dosage;
    return problems.empty();
  }

  void showWrapped(wxStaticText* text, const std::string& label) {
    text->SetLabel(wx(label));
    text->Wrap(FromDIP(kTextWidth));
    const int lines = 1 + static_cast<int>(text->GetLabel().Freq('\n'));
    text->SetMinSize(wxSize(FromDIP(kTextWidth), text->GetCharHeight() * std::max(3, lines) + 2));
  }

  std::array<wxTextCtrl*, sdk::kDosageFields.size()> fields_{};
  wxChoice* side_ = nullptr;
  wxTextCtrl* load_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  wxStaticText* preview_ = nullptr;
  wxStaticText* problems_ = nullptr;
  sdk::Dosage dosage_;
};

}  // namespace

bool editDosage(wxWindow* parent, const std::string& exercise_name, sdk::Dosage& dosage, std::string& note) {
  DosageDialog dialog(parent, exercise_name, dosage, note);
  if (dialog.ShowModal() != wxID_OK) return false;
  dosage = dialog.dosage();
  note = dialog.note();
  return true;
}

}  // namespace motus::gui
