#include "dialog_keys.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

namespace motus::gui {

void enterPressesOk(wxTextCtrl& field, wxDialog& dialog) {
  field.Bind(wxEVT_TEXT_ENTER, [&dialog](wxCommandEvent&) {
    wxWindow* ok = dialog.FindWindow(wxID_OK);
    if (ok == nullptr || !ok->IsEnabled()) return;
    wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
    click.SetEventObject(ok);
    ok->GetEventHandler()->ProcessEvent(click);
  });
}

}  // namespace motus::gui
