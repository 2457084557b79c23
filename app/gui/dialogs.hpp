#pragma once
#include <functional>
// Every dialog of the window, each reached through one function. The dialog classes are declared
// here only where tests need to reach into them (wxTEST_DIALOG expectations).

#include "app_context.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>

class wxStaticText;
class wxTextCtrl;
class wxButton;
class wxWindow;

namespace motus::gui {

struct Preferences;

// Save / Don't save / Cancel for changes not saved yet: returns wxID_YES, wxID_NO or wxID_CANCEL.
// A wx dialog rather than the platform's message box, so it behaves (and is tested) the same
// everywhere.
int askSaveChanges(wxWindow* parent, const std::string& what);

// Asks for the dosage and note of a program item; false when cancelled. Invalid input is shown in
// the dialog and never accepted.
bool editDosage(wxWindow* parent, const std::string& exercise_name, sdk::Dosage& dosage, std::string& note);

// Why an Avoid finding is safe for this patient. OK stays disabled until the reason says why
// (core::overrideReasonProblem), and what it lacks is shown under it as it is typed.
class OverrideDialog final : public wxDialog {
 public:
  OverrideDialog(wxWindow* parent, const std::string& exercise, const std::string& findings);
  std::string reason() const;
  void setReason(const std::string& reason);  // as if typed

 private:
  void checkReason();

  wxTextCtrl* reason_ = nullptr;
  wxStaticText* problem_ = nullptr;
  wxButton* ok_ = nullptr;
};
// `previous`, when given, is filled in as the reason (last visit's, to be confirmed).
std::optional<std::string> askOverrideReason(wxWindow* parent, const std::string& exercise, const std::string& findings,
                                             const std::string& previous = {});

// Clinic branding, the clinician at this desk and the default handout options. `first_run` says
// so in the title and asks for at least the clinic's name. True when saved.
class SettingsDialog;
bool showSettings(wxWindow* parent, AppContext& context, Preferences& preferences, bool first_run);

// The plugins window: every plugin found, its version, state and reason. Modeless.
void showPluginsWindow(wxWindow* parent, const core::PluginHost& plugins, std::function<void()> scan_again);
// Brings an open plugins window up to date (a plugin answered); does nothing when it is closed.
void refreshPluginsWindow(wxWindow* parent, const core::PluginHost& plugins);

}  // namespace motus::gui
