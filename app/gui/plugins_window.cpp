// Every plugin found, with its version, state and the reason a therapist can act on.
#include "dialogs.hpp"
#include "wx_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace motus::gui {
namespace {

const char* stateName(core::PluginState state) {
  switch (state) {
    case core::PluginState::loaded:
      return "Loaded";
    case core::PluginState::incompatible:
      return "Incompatible";
    case core::PluginState::invalid:
      return "Invalid";
    case core::PluginState::failed:
      return "Failed";
    case core::PluginState::scanning:
      return "Scanning";
  }
  return "";
}

}  // namespace

void showPluginsWindow(wxWindow* parent, const core::PluginHost& plugins) {
  if (wxWindow* open = wxWindow::FindWindowByName(wx("plugins-window"), parent)) {
    open->Raise();
    return;
  }
  auto* dialog = new wxDialog(parent, wxID_ANY, wx("Plugins"), wxDefaultPosition, wxSize(860, 420),
                              wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, wx("plugins-window"));
  auto* list = new wxListView(dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                              wxDefaultValidator, wx("plugins-list"));
  list->AppendColumn(wx("Plugin"), wxLIST_FORMAT_LEFT, 220);
  list->AppendColumn(wx("Version"), wxLIST_FORMAT_LEFT, 70);
  list->AppendColumn(wx("State"), wxLIST_FORMAT_LEFT, 100);
  list->AppendColumn(wx("Exercises"), wxLIST_FORMAT_RIGHT, 75);
  list->AppendColumn(wx("Reason / file"), wxLIST_FORMAT_LEFT, 360);
  int loaded = 0;
  for (const core::PluginRecord& plugin : plugins.plugins()) {
    const long row = list->InsertItem(
        list->GetItemCount(), wx(plugin.info.name.empty() ? plugin.path.filename().string() : plugin.info.name));
    list->SetItem(row, 1, wx(plugin.info.version));
    list->SetItem(row, 2, wx(stateName(plugin.state)));
    list->SetItem(row, 3, wx(std::to_string(plugin.exercises.size())));
    list->SetItem(row, 4, wx(plugin.reason.empty() ? plugin.path.string() : plugin.reason));
    if (plugin.state == core::PluginState::loaded) {
      ++loaded;
    } else {
      list->SetItemBackgroundColour(row, wxColour(255, 225, 225));
    }
  }
  auto* summary = new wxStaticText(dialog, wxID_ANY,
                                   wx(std::to_string(loaded) + " of " + std::to_string(plugins.plugins().size()) +
                                      " plugins loaded. A plugin that failed is left out; the others work."));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(summary, wxSizerFlags().Border(wxALL, 10));
  sizer->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
  sizer->Add(dialog->CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL, 10));
  dialog->SetSizer(sizer);
  dialog->Bind(
      wxEVT_BUTTON, [dialog](wxCommandEvent&) { dialog->Destroy(); }, wxID_CLOSE);
  dialog->Bind(wxEVT_CLOSE_WINDOW, [dialog](wxCloseEvent&) { dialog->Destroy(); });
  dialog->Show();
}

}  // namespace motus::gui
