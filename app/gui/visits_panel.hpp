#pragma once
// The patient's visits on the Record tab: every program as a history (date, title, visit,
// status, who made it), the current one marked; a visit opens on the Program tab.

#include "app_context.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxListView;
class wxStaticText;

namespace motus::gui {

class VisitsPanel final : public wxPanel {
 public:
  VisitsPanel(wxWindow* parent, AppContext& context);

  void showPatient(std::optional<db::Id> patient);
  void refresh() { showPatient(patient_); }
  // The programs listed, newest first, as the rows show them.
  const std::vector<db::ProgramSummary>& visits() const { return visits_; }

  std::function<void(db::Id)> on_open;  // a visit chosen (double-click or Enter)

 private:
  void fitTitleColumn();

  AppContext& context_;
  std::optional<db::Id> patient_;
  std::vector<db::ProgramSummary> visits_;
  wxListView* list_ = nullptr;
  wxStaticText* hint_ = nullptr;
};

}  // namespace motus::gui
