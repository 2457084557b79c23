#pragma once
// The patient list: search as you type (name or chart number), pick one, or start a new one.

#include "app_context.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxListView;
class wxSearchCtrl;
class wxCheckBox;

namespace motus::gui {

class PatientListPanel final : public wxPanel {
 public:
  PatientListPanel(wxWindow* parent, AppContext& context);

  // Asked before the selection moves to another patient; returning false keeps the current one
  // (the form had unsaved changes and the user chose Cancel).
  std::function<bool(std::optional<db::Id>)> on_choose;

  void refresh();
  void select(db::Id patient);
  void focusSearch();
  std::optional<db::Id> selected() const;

 private:
  void onItemSelected(long row);

  AppContext& context_;
  wxSearchCtrl* search_ = nullptr;
  wxCheckBox* archived_ = nullptr;
  wxListView* list_ = nullptr;
  std::vector<db::Patient> shown_;
  std::optional<db::Id> current_;
  bool selecting_ = false;
};

}  // namespace motus::gui
