#pragma once
// Everything the therapist can do in the main window, as data (the way Aegisub's cmd::Command
// works): one row per action with its name, label, shortcut, help, when it is enabled and what it
// runs. The menus, the panels' buttons and the keys are all made from this one table, and one
// refresh sets the enabled state of each from enabled(), so an action that cannot run now is greyed
// in the menu, on its button and does nothing on its key, alike.

#include <wx/accel.h>
#include <wx/defs.h>

#include <span>
#include <string_view>

class wxButton;
class wxMenuBar;
class wxWindow;

namespace motus::gui {

class MainFrame;

struct Action {
  std::string_view name;      // stable: its button's window name (tests find it so) and its id
  std::string_view label;     // in the menu, with its mnemonic
  std::string_view shortcut;  // window-wide, as the menu writes it ("Ctrl+Shift+E"); empty for none
  std::string_view help;      // one line: the status bar while the menu item is highlighted, a tooltip
  bool (*enabled)(MainFrame&);
  void (*run)(MainFrame&);
  std::string_view button_label = {};  // on its button, when shorter than the menu's (own mnemonic)
  // A key that works only while the program's exercise list has the focus: Delete must stay a
  // text key in every field, and Alt+Up should not move an exercise while the search box is used.
  std::string_view list_key = {};
  int stock_id = wxID_ANY;  // a platform id (wxID_SAVE...) where one fits; otherwise one is given
};

// The table, in menu order.
std::span<const Action> actions();
// The action of this name; throws std::logic_error for a name not in the table (a typo in code).
const Action& action(std::string_view name);
// The window id its menu item, button and keys send.
int actionId(const Action& action);
const Action* actionWithId(int id);

// The menu bar, from the table and the menus' layout.
wxMenuBar* makeMenuBar();
// The action's button, named after it so tests and refreshActions() find it; `style` as for
// wxButton (wxBU_EXACTFIT where a pane must fit many in a small window).
wxButton* makeActionButton(wxWindow* parent, std::string_view name, long style = 0);
// The keys that belong to the program's exercise list (each action's list_key).
wxAcceleratorTable exerciseListKeys();
// For the library's results: Alt+Up/Down move the program's chosen exercise there too, which
// the list would otherwise take as Up and Down.
wxAcceleratorTable libraryListKeys();

}  // namespace motus::gui
