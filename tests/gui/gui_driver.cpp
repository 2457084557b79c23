#include "gui_driver.hpp"
#include "wx_text.hpp"

#include <wx/app.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <cstdlib>

namespace motus::test {

void settle(int rounds) {
  for (int i = 0; i < rounds; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxYield();
    wxMilliSleep(15);
  }
}

GuiSession::GuiSession(const std::vector<std::filesystem::path>& plugin_locations, bool wait_for_plugins)
    : folder_("gui") {
  setenv("XDG_CONFIG_HOME", (folder_.path() / "config").c_str(), 1);  // never the developer's own settings
  setenv("XDG_CACHE_HOME", (folder_.path() / "cache").c_str(), 1);    // nor their plugin index
  setenv("XDG_STATE_HOME", (folder_.path() / "state").c_str(), 1);    // nor their log
  preferences_ = gui::Preferences::load();
  context_ = gui::AppContext::open(folder_.path() / "clinic.sqlite", db::OpenMode::create_if_missing, plugin_locations);
  context_->records->saveClinic({"Riverside Physical Therapy", "1 River Road", "555-0100", "", "", ""});
  context_->setClinician("Dr. Lee, PT");
  frame_ = new gui::MainFrame(*context_, preferences_);
  frame_->SetSize(0, 0, 1280, 800);
  frame_->Show();
  frame_->Raise();
  frame_->reportPluginTrouble();
  frame_->scanPlugins();
  if (wait_for_plugins) waitForPlugins();
  settle(20);
}

bool GuiSession::waitForPlugins(std::chrono::seconds limit) {
  const auto give_up = std::chrono::steady_clock::now() + limit;
  while (frame_->scanningPlugins()) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    settle(1);
  }
  settle(2);
  return true;
}

GuiSession::~GuiSession() {
  if (frame_ != nullptr) frame_->Destroy();
  settle(4);
}

bool GuiSession::closeWindow() {
  const bool closed = frame_->Close();
  settle();
  if (closed) frame_ = nullptr;
  return closed;
}

void GuiSession::drag(wxWindow& window, wxPoint from, wxPoint to) {
  simulator_.MouseMove(window.GetScreenPosition() + from);
  settle(2);
  simulator_.MouseDown();
  settle(2);
  // A hand starts with a few small moves inside the window: a list reports a drag only after
  // three motions with the button down, wherever the pointer goes next.
  for (int nudge = 1; nudge <= 3; ++nudge) {
    simulator_.MouseMove(window.GetScreenPosition() + from + wxPoint(0, 2 * nudge));
    settle(2);
  }
  for (int step = 1; step <= 5; ++step) {
    simulator_.MouseMove(window.GetScreenPosition() + from + (to - from) * step / 5);
    settle(2);
  }
  simulator_.MouseUp();
  settle();
}

void GuiSession::click(wxWindow& window, wxPoint offset) {
  simulator_.MouseMove(window.GetScreenPosition() + offset);
  settle(2);
  simulator_.MouseClick();
  settle();
}

void GuiSession::click(wxWindow& window) {
  const wxSize size = window.GetSize();
  click(window, wxPoint(size.x / 2, size.y / 2));
}

void GuiSession::doubleClick(wxWindow& window, wxPoint offset) {
  simulator_.MouseMove(window.GetScreenPosition() + offset);
  settle(2);
  simulator_.MouseDblClick();
  settle();
}

void GuiSession::type(wxWindow& field, const std::string& ascii) {
  click(field);
  if (auto* text = dynamic_cast<wxTextEntry*>(&field)) text->SelectAll();
  simulator_.Text(ascii.c_str());
  settle();
}

void GuiSession::key(int key_code, int modifiers) {
  simulator_.Char(key_code, modifiers);
  settle();
}

}  // namespace motus::test
