#pragma once
// Every error the window shows goes through here, so each one is also in Motus's log.
//
// The log gets where it happened (the title: fixed text from the code, such as "Saving the
// program") and the error's kind ("invalid record"), never its message: a message may quote what
// was typed (a chart number, a program title, a date), and the log must hold no patient data. The
// person at the window still sees the whole message.

#include <wx/defs.h>
#include <wx/string.h>

#include <exception>
#include <string_view>

class wxWindow;

namespace motus::gui {

// Logs, then shows error.what() (and the advice after it) in a message box titled `title`.
void showError(wxWindow* parent, const wxString& title, const std::exception& error, const wxString& advice = {},
               long icon = wxICON_WARNING);

// The same for a message that comes with no exception; `kind` is what the log says it was.
void showError(wxWindow* parent, const wxString& title, const wxString& message, std::string_view kind,
               long icon = wxICON_WARNING);

// For an error said in place (under a form, in the status bar) instead of in a message box.
void logShownError(const wxString& where, const std::exception& error);

}  // namespace motus::gui
