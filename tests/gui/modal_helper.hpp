#pragma once
// Drives a real modal dialog (not intercepted by wxTEST_DIALOG): `act` runs inside the dialog's
// own event loop once it is open, typing into it as a person would. A timer fires in any event
// loop, the dialog's included. `act` must close the dialog, so a failing test cannot hang.

#include "wx_text.hpp"

#include <wx/dialog.h>
#include <wx/timer.h>

#include <functional>
#include <utility>

namespace motus::test {

class WhenShown {
 public:
  WhenShown(const char* name, std::function<void(wxDialog&)> act) : name_(name), act_(std::move(act)) {
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { poll(); });
    timer_.Start(20);
  }

 private:
  void poll() {
    auto* dialog = dynamic_cast<wxDialog*>(wxWindow::FindWindowByName(gui::wx(name_)));
    if (dialog == nullptr || !dialog->IsModal()) return;
    timer_.Stop();
    act_(*dialog);
  }

  const char* name_;
  std::function<void(wxDialog&)> act_;
  wxTimer timer_;
};

}  // namespace motus::test
