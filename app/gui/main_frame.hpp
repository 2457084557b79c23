#pragma once
// The main window: patients on the left; the patient's record, program builder and handout in
// tabs on the right. Menus, buttons and keys come from the action table (actions.hpp); the status
// bar says what just happened. The frame wires the panels together and owns nothing of the domain.

#include "app_context.hpp"
#include "preferences.hpp"

#include <wx/frame.h>

#include <memory>
#include <optional>
#include <vector>

class wxNotebook;
class wxSplitterWindow;
class wxPanel;
class wxStaticText;
class wxButton;

namespace motus::gui {

class PatientListPanel;
class PatientFormPanel;
class LibraryPanel;
class ProgramPanel;
class HandoutPanel;
class PluginScanJob;
class ArchiveTransfer;
struct Action;

enum class Page { record = 0, program = 1, handout = 2 };

class MainFrame final : public wxFrame {
 public:
  MainFrame(AppContext& context, Preferences& preferences);
  ~MainFrame() override;

  PatientListPanel& patients() { return *patients_; }
  PatientFormPanel& record() { return *record_; }
  LibraryPanel& library() { return *library_; }
  ProgramPanel& program() { return *program_; }
  HandoutPanel& handout() { return *handout_; }
  ArchiveTransfer& archive() { return *archive_; }

  void showPage(Page page);
  Page page() const;  // the tab shown
  void newPatient();
  void showPatient(std::optional<db::Id> patient);
  // Asks Save / Don't save / Cancel when the record form has unsaved changes; false on Cancel or
  // when saving failed (the form then shows why).
  bool confirmLeavingPatient();
  void setStatus(const wxString& text);
  // Shows a one-line notice (with a button to the plugins window) when any plugin failed to load.
  void reportPluginTrouble();
  void openSettings(bool first_run);
  // Scans, in the background, the plugins the index did not know at start-up (or every plugin,
  // with rescan); their exercises join the library as each one answers.
  void scanPlugins(bool rescan = false);
  bool scanningPlugins() const;
  void showPlugins();  // the plugins window (View > Plugins)
  // Runs the action if it is enabled now (see actions.hpp), then refreshes every action's state.
  void perform(const Action& action);
  // Greys or enables each action's menu item and button from its enabled(); runs at idle time.
  void refreshActions();

 private:
  void buildMenus();
  void restoreLayout();
  void saveLayout();
  void onClose(wxCloseEvent& event);
  void patientChanged(std::optional<db::Id> patient);
  void pluginsArrived();  // takes what the scan job has gathered so far

  AppContext& context_;
  Preferences& preferences_;
  wxPanel* notice_ = nullptr;
  wxStaticText* notice_text_ = nullptr;
  wxSplitterWindow* split_ = nullptr;
  wxSplitterWindow* builder_split_ = nullptr;
  wxNotebook* pages_ = nullptr;
  PatientListPanel* patients_ = nullptr;
  PatientFormPanel* record_ = nullptr;
  LibraryPanel* library_ = nullptr;
  ProgramPanel* program_ = nullptr;
  HandoutPanel* handout_ = nullptr;
  std::unique_ptr<PluginScanJob> scan_job_;
  std::unique_ptr<ArchiveTransfer> archive_;  // File > Export / Import
  bool builder_sash_settled_ = false;         // the library and program share the width (see the constructor)
  std::vector<wxButton*> buttons_;            // each action's button, in table order; null for menu-only ones
};

}  // namespace motus::gui
