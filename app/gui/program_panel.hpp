#pragma once
// The program builder's right half: the patient's programs, the items of the one shown with
// their dosage and screening findings, and the actions on it. A draft is saved (one transaction)
// at every change, so nothing typed here is ever waiting to be lost; an issued program is shown
// read-only and changes only through a new version.

#include "app_context.hpp"

#include <motus/core/screening.hpp>

#include <wx/panel.h>

#include <functional>
#include <optional>

class wxChoice;
class wxListView;
class wxTextCtrl;
class wxStaticText;

namespace motus::gui {

class ProgramPanel final : public wxPanel {
 public:
  ProgramPanel(wxWindow* parent, AppContext& context);

  void showPatient(std::optional<db::Id> patient);
  // Shows one of the patient's programs (a visit chosen on the Record tab).
  void openProgram(db::Id program) { reloadPrograms(program); }
  std::optional<db::Id> program() const { return program_; }
  bool hasPatient() const { return patient_.has_value(); }
  bool isDraft() const;  // a program is shown and it is a draft
  std::size_t itemCount() const { return loaded_.items.size(); }
  std::vector<std::string> exerciseIds() const;  // of the program shown, in order
  // The keyboard in the exercise list, on the chosen row (the first when none is).
  void focusItems();

  // What the actions (actions.hpp) run; each checks again that it can.
  void newProgram();
  // At the end, or before the row `at` (from 0).
  void addExercise(const core::CatalogEntry& exercise, std::optional<std::size_t> at = std::nullopt);
  // An exercise dragged from the library and let go at this point of the screen: added where it
  // was dropped on the list (before that row), or a word on where to drop it.
  void dropExercise(const core::CatalogEntry& exercise, wxPoint screen);
  void editSelected();
  void removeSelected();
  void moveSelected(int by);
  void overrideSelected();
  // Which Caution advice for this patient the handout prints for the chosen exercise (all, by default).
  void chooseAdviceForSelected();
  // The easier (harder) versions of the chosen exercise that the library has, as its plugin links them.
  std::vector<const core::CatalogEntry*> otherVersions(bool harder) const;
  // Puts an easier (harder) version in the chosen exercise's place, keeping its dosage and note;
  // asks which when there are several.
  void swapSelected(bool harder);
  // Takes back (puts again) the latest change to the draft shown; see core::Records::undo.
  void undo();
  void redo();
  // What undo (redo) would take back, in words; empty when nothing (or no draft is shown).
  std::string undoLabel() const;
  std::string redoLabel() const;
  void issue();
  // Opens the next visit of the current program (see core::Records::nextVisit).
  void nextVisit();
  bool hasIssuedProgram() const { return has_issued_; }
  // Asks first; the draft's exercises, dosages and overrides go with it. Issued programs stay.
  void deleteDraft();
  void saveAsTemplate();
  void startFromTemplate();

  const std::vector<core::Finding>& findings() const { return findings_; }
  long selectedRow() const;
  void selectRow(long row);

  std::function<void(std::optional<db::Id>)> on_program_changed;
  std::function<void(const wxString&)> on_status;
  // An exercise was added from the library (its global id), however it was added.
  std::function<void(const std::string&)> on_exercise_added;

 private:
  void reloadPrograms(std::optional<db::Id> show);
  void showProgram(std::optional<db::Id> program);
  void refreshItems();
  void fitColumns();
  // Runs one core operation on the draft, then shows what is really saved (also when it failed).
  void changeDraft(const wxString& status, const std::function<void()>& change);
  bool needDraft();
  void moveRow(long from, long to);
  void report(const std::exception& error, const wxString& doing);

  AppContext& context_;
  std::optional<db::Id> patient_;
  std::optional<db::Id> program_;
  db::Program loaded_;
  std::vector<db::Id> program_ids_;
  bool has_issued_ = false;                      // the patient has a current program
  std::vector<std::string> previous_overrides_;  // per item of the draft shown
  void loadPreviousOverrides();
  std::string previousOverride(std::size_t item) const;
  std::vector<core::Finding> findings_;
  wxChoice* programs_ = nullptr;
  void showStatus(const std::string& text);
  void wrapStatus();

  wxStaticText* status_ = nullptr;
  std::string status_text_;
  int wrapped_width_ = 0;
  wxListView* items_ = nullptr;
  wxTextCtrl* findings_text_ = nullptr;
  long drag_from_ = -1;
};

}  // namespace motus::gui
