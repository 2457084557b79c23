#pragma once
// Enter in a one-line field of a dialog does what a click on its OK button would, and nothing
// while OK is disabled (the input still lacks something). GTK leaves Enter to a default button it
// does not reach from a field, so each such field is bound here; the field needs
// wxTE_PROCESS_ENTER.

class wxDialog;
class wxTextCtrl;

namespace motus::gui {

void enterPressesOk(wxTextCtrl& field, wxDialog& dialog);

}  // namespace motus::gui
