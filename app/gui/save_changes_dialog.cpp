#include "dialogs.hpp"
#include "wx_text.hpp"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace motus::gui {

int askSaveChanges(wxWindow* parent, const std::string& what) {
  wxDialog dialog(parent, wxID_ANY, wx("Save the changes?"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
                  wx("save-changes-dialog"));
  auto* message = new wxBoxSizer(wxHORIZONTAL);
  message->Add(
      new wxStaticBitmap(&dialog, wxID_ANY, wxArtProvider::GetBitmap(wx(wxART_QUESTION), wx(wxART_MESSAGE_BOX))),
      wxSizerFlags().Border(wxRIGHT, 10));
  message->Add(new wxStaticText(&dialog, wxID_ANY, wx(what + "\nSave them before going on?")),
               wxSizerFlags(1).CenterVertical());
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* save = new wxButton(&dialog, wxID_YES, wx("&Save"));
  buttons->Add(new wxButton(&dialog, wxID_NO, wx("&Don't save")), wxSizerFlags().Border(wxRIGHT, 6));
  buttons->AddStretchSpacer();
  buttons->Add(new wxButton(&dialog, wxID_CANCEL, wx("Cancel")), wxSizerFlags().Border(wxRIGHT, 6));
  buttons->Add(save);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(message, wxSizerFlags().Expand().Border(wxALL, 14));
  sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 14));
  dialog.SetSizerAndFit(sizer);
  save->SetDefault();
  save->SetFocus();
  for (const int id : {wxID_YES, wxID_NO}) {
    dialog.Bind(
        wxEVT_BUTTON, [&dialog, id](wxCommandEvent&) { dialog.EndModal(id); }, id);
  }
  dialog.SetEscapeId(wxID_CANCEL);
  return dialog.ShowModal();
}

}  // namespace motus::gui
