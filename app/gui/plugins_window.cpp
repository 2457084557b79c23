// Every plugin found, with its version, state and the reason a therapist can act on; plugins still
// being read say so, and the window follows as they answer.
#include "dialogs.hpp"
#include "wx_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

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

wxColour rowColour(core::PluginState state) {
  switch (state) {
    case core::PluginState::loaded:
      return wxNullColour;
    case core::PluginState::scanning:
      return {255, 243, 205};
    default:
      return {255, 225, 225};
  }
}

void fill(wxDialog& dialog, const core::PluginHost& plugins) {
  auto* list = dynamic_cast<wxListView*>(wxWindow::FindWindowByName(wx("plugins-list"), &dialog));
  auto* summary = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName(wx("plugins-summary"), &dialog));
  if (list == nullptr || summary == nullptr) return;
  list->Freeze();
  list->DeleteAllItems();
  int loaded = 0;
  int scanning = 0;
  for (const core::PluginRecord& plugin : plugins.plugins()) {
    const long row = list->InsertItem(
        list->GetItemCount(), wx(plugin.info.name.empty() ? plugin.path.filename().string() : plugin.info.name));
    list->SetItem(row, 1, wx(plugin.info.version));
    list->SetItem(row, 2, wx(stateName(plugin.state)));
    list->SetItem(row, 3, wx(std::to_string(plugin.exercises.size())));
    list->SetItem(row, 4, wx(plugin.reason.empty() ? plugin.path.string() : plugin.reason));
    if (const wxColour colour = rowColour(plugin.state); colour.IsOk()) list->SetItemBackgroundColour(row, colour);
    loaded += plugin.state == core::PluginState::loaded;
    scanning += plugin.state == core::PluginState::scanning;
  }
  list->Thaw();
  std::string text = std::to_string(loaded) + " of " + std::to_string(plugins.plugins().size()) + " plugins loaded.";
  text += scanning > 0 ? " " + std::to_string(scanning) + " still being read; their exercises join the library when "
                                                          "they answer."
                       : " A plugin that failed is left out; the others work.";
  summary->SetLabel(wx(text));
}

}  // namespace

void showPluginsWindow(wxWindow* parent, const core::PluginHost& plugins, std::function<void()> scan_again) {
  if (wxWindow* open = wxWindow::FindWindowByName(wx("plugins-window"), parent)) {
    open->Raise();
    return;
  }
  auto* dialog = new wxDialog(parent, wxID_ANY, wx("Plugins"), wxDefaultPosition, wxSize(860, 500),
                              wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, wx("plugins-window"));
  auto* list = new wxListView(dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL,
                              wxDefaultValidator, wx("plugins-list"));
  list->AppendColumn(wx("Plugin"), wxLIST_FORMAT_LEFT, 220);
  list->AppendColumn(wx("Version"), wxLIST_FORMAT_LEFT, 70);
  list->AppendColumn(wx("State"), wxLIST_FORMAT_LEFT, 100);
  list->AppendColumn(wx("Exercises"), wxLIST_FORMAT_RIGHT, 75);
  list->AppendColumn(wx("Reason / file"), wxLIST_FORMAT_LEFT, 360);
  auto* summary =
      new wxStaticText(dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("plugins-summary"));
  // The whole reason and file of the chosen plugin: the table's column cuts long reasons short.
  auto* details = new wxTextCtrl(dialog, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 70),
                                 wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP, wxDefaultValidator,
                                 wx("plugins-details"));
  details->ChangeValue(wx("Choose a plugin to read its whole reason and where its file is."));
  list->Bind(wxEVT_LIST_ITEM_SELECTED, [details, &plugins](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row >= plugins.plugins().size()) return;
    const core::PluginRecord& plugin = plugins.plugins()[row];
    details->ChangeValue(wx((plugin.reason.empty() ? std::string("Loaded.") : plugin.reason) + "\nFile: " +
                            plugin.path.string()));
  });
  // A plugin that crashed or hung is remembered until its file changes; this asks every plugin again.
  auto* again = new wxButton(dialog, wxID_ANY, wx("&Scan again"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, wx("plugins-scan-again"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(again, wxSizerFlags().CenterVertical());
  buttons->AddStretchSpacer();
  buttons->Add(dialog->CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().CenterVertical());
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(summary, wxSizerFlags().Border(wxALL, 10));
  sizer->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
  sizer->Add(details, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 10));
  sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 10));
  dialog->SetSizer(sizer);
  fill(*dialog, plugins);
  again->Bind(wxEVT_BUTTON, [scan_again](wxCommandEvent&) {
    if (scan_again) scan_again();
  });
  dialog->Bind(
      wxEVT_BUTTON, [dialog](wxCommandEvent&) { dialog->Destroy(); }, wxID_CLOSE);
  dialog->Bind(wxEVT_CLOSE_WINDOW, [dialog](wxCloseEvent&) { dialog->Destroy(); });
  dialog->Show();
}

void refreshPluginsWindow(wxWindow* parent, const core::PluginHost& plugins) {
  if (auto* dialog = dynamic_cast<wxDialog*>(wxWindow::FindWindowByName(wx("plugins-window"), parent))) {
    fill(*dialog, plugins);
  }
}

}  // namespace motus::gui
