#pragma once
// The patient record: demographics and the conditions that matter for exercise, each with a
// note. Saved as one transaction; the form says what is wrong in words instead of losing input.

#include "app_context.hpp"

#include <wx/panel.h>

#include <functional>
#include <map>
#include <optional>

class wxTextCtrl;
class wxCheckListBox;
class wxStaticText;
class wxButton;

namespace motus::gui {

class VisitsPanel;

class PatientFormPanel final : public wxPanel {
 public:
  PatientFormPanel(wxWindow* parent, AppContext& context);

  void showPatient(std::optional<db::Id> patient);  // empty: a blank form for a new patient
  std::optional<db::Id> patient() const { return patient_; }
  bool isDirty() const { return dirty_; }
  // Saves the form; on bad input shows the problems and returns false, keeping what was typed.
  bool save();
  // Archives the patient (kept, hidden from the list) or brings them back.
  void toggleArchived();
  VisitsPanel& visits() { return *visits_; }

  std::function<void(db::Id)> on_saved;
  std::function<void(db::Id)> on_archived;
  std::function<void(const wxString&)> on_status;

 private:
  wxTextCtrl* field(const char* name, long style = 0);
  void markDirty();
  void showConditionNote();
  void keepConditionNote();
  void showConditionLabel(unsigned index);
  void showBirthReading();
  std::vector<db::PatientCondition> checkedConditions() const;

  AppContext& context_;
  std::optional<db::Id> patient_;
  wxTextCtrl* chart_ = nullptr;
  wxTextCtrl* family_ = nullptr;
  wxTextCtrl* given_ = nullptr;
  wxTextCtrl* born_ = nullptr;
  wxStaticText* born_reading_ = nullptr;  // the date spelled out, with the age
  wxTextCtrl* phone_ = nullptr;
  wxTextCtrl* email_ = nullptr;
  wxTextCtrl* notes_ = nullptr;
  wxCheckListBox* conditions_ = nullptr;
  wxTextCtrl* condition_note_ = nullptr;
  wxTextCtrl* condition_since_ = nullptr;
  wxStaticText* condition_label_ = nullptr;
  void showProblems(const wxString& text);
  wxStaticText* problems_ = nullptr;
  wxString problems_text_;  // as refused, before wrapping
  wxButton* archive_ = nullptr;
  VisitsPanel* visits_ = nullptr;
  std::map<std::string, db::PatientCondition> details_;  // notes and dates by condition code
  int note_for_ = -1;                                    // the condition the note fields show
  bool dirty_ = false;
  bool loading_ = false;
};

}  // namespace motus::gui
