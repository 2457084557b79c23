#pragma once
// Drives the real main window the way a person does: the mouse and keyboard through
// wxUIActionSimulator (XTEST under Xvfb), with the event loop run between steps.

#include "app_context.hpp"
#include "main_frame.hpp"
#include "preferences.hpp"
#include "wx_text.hpp"

#include "../support/temp_folder.hpp"

#include <wx/listctrl.h>
#include <wx/uiaction.h>
#include <wx/window.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace motus::test {

// Lets the window process what has happened (X events, paints, posted events).
void settle(int rounds = 8);

// A point inside the row, left of centre (in the first columns), where a click chooses it.
inline wxPoint rowCentre(wxListCtrl& list, long row) {
  wxRect rect;
  list.GetItemRect(row, rect);
  return rect.GetPosition() + wxPoint(std::min(rect.width / 2, 60), rect.height / 2);
}

class GuiSession {
 public:
  // Opens the window on a fresh database and plugin index; by default it waits until every plugin
  // has been read, as a therapist's second start would find them.
  explicit GuiSession(const std::vector<std::filesystem::path>& plugin_locations, bool wait_for_plugins = true);
  ~GuiSession();

  gui::MainFrame& frame() { return *frame_; }
  gui::AppContext& context() { return *context_; }
  const std::filesystem::path& folder() const { return folder_.path(); }

  template <class T = wxWindow>
  T& find(const char* name) {
    wxWindow* window = wxWindow::FindWindowByName(gui::wx(name), frame_);
    if (window == nullptr) window = wxWindow::FindWindowByName(gui::wx(name));
    if (window == nullptr) throw std::runtime_error(std::string("no window named ") + name);
    T* typed = dynamic_cast<T*>(window);
    if (typed == nullptr) throw std::runtime_error(std::string("window ") + name + " is not of the expected type");
    return *typed;
  }

  void click(wxWindow& window);                  // a left click in the middle of it
  void click(wxWindow& window, wxPoint offset);  // at this point inside it
  void doubleClick(wxWindow& window, wxPoint offset);
  void type(wxWindow& field, const std::string& ascii);  // click into it, select all, type
  void key(int key_code, int modifiers = wxMOD_NONE);
  void drag(wxWindow& window, wxPoint from, wxPoint to);  // press, move, release
  // Closes the window as the user would (so it asks, and saves its layout); true when it closed.
  bool closeWindow();
  // Runs the event loop until no plugin is being read; false when that takes longer than limit.
  bool waitForPlugins(std::chrono::seconds limit = std::chrono::seconds(30));

 private:
  TempFolder folder_;
  gui::Preferences preferences_;
  std::unique_ptr<gui::AppContext> context_;
  gui::MainFrame* frame_ = nullptr;
  wxUIActionSimulator simulator_;
};

}  // namespace motus::test
