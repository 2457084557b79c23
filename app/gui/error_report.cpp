#include "error_report.hpp"
#include "wx_text.hpp"

#include <motus/core/log.hpp>

#include <wx/msgdlg.h>

#include <string>

namespace motus::gui {
namespace {

void logShown(const wxString& where, std::string_view kind) {
  core::log::error(core::log::Source::gui, "Error shown (" + std::string(kind) + "): " + utf8(where));
}

}  // namespace

void showError(wxWindow* parent, const wxString& title, const std::exception& error, const wxString& advice,
               long icon) {
  const wxString message = wx(error.what());
  showError(parent, title, advice.empty() ? message : message + wx("\n\n") + advice, core::log::kindOf(error), icon);
}

void showError(wxWindow* parent, const wxString& title, const wxString& message, std::string_view kind, long icon) {
  logShown(title, kind);
  wxMessageBox(message, title, wxOK | icon, parent);
}

void logShownError(const wxString& where, const std::exception& error) { logShown(where, core::log::kindOf(error)); }

}  // namespace motus::gui
