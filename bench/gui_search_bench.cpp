// Typing in the library search with 10,000 exercises loaded: the time from a keystroke's text
// change to the results list repainted, for every prefix typed on the way to real queries.
// Usage (needs a display): motus_bench_gui_search SYNTHETIC_PLUGIN.so
#include "gui_bench_setup.hpp"
#include "statistics.hpp"

#include "app_context.hpp"
#include "library_panel.hpp"
#include "main_frame.hpp"
#include "preferences.hpp"
#include "wx_text.hpp"

#include <wx/app.h>
#include <wx/init.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

using namespace motus;

int main(int argc, char* argv[]) {
  if (argc != 2) {
    std::fprintf(stderr, "Usage: %s SYNTHETIC_PLUGIN.so\n", argv[0]);
    return 2;
  }
  if (!bench::startWx(argv[0])) return 1;
  const std::filesystem::path scratch = bench::freshScratch("motus-bench-search");
  {
    gui::Preferences preferences;
    auto context = gui::AppContext::open(scratch / "clinic.sqlite", db::OpenMode::create_if_missing, {argv[1]});
    auto* frame = new gui::MainFrame(*context, preferences);
    frame->Show();
    // The window reads its plugins in the background: wait for them, as a therapist's search would.
    frame->scanPlugins();
    while (frame->scanningPlugins()) wxYield();
    std::printf("%zu exercises loaded\n", context->catalog.size());
    if (context->catalog.size() == 0) {
      std::fprintf(stderr, "No exercise was loaded from %s: nothing to measure.\n", argv[1]);
      return 1;
    }
    frame->showPage(gui::Page::program);
    auto* search = dynamic_cast<wxSearchCtrl*>(wxWindow::FindWindowByName(gui::wx("library-search"), frame));
    auto* results = wxWindow::FindWindowByName(gui::wx("library-results"), frame);
    for (int i = 0; i < 20; ++i) wxYield();
    std::vector<double> frame_times;
    std::vector<double> with_event_loop;
    for (const char* words : {"kavo trelu", "stretch band", "hip knee", "balance stand", "roll back", "zepa mor"}) {
      std::string typed;
      for (const char* c = words; *c != '\0'; ++c) {
        typed += *c;
        const auto start = std::chrono::steady_clock::now();
        search->SetValue(gui::wx(typed));  // as a keystroke: wxEVT_TEXT runs the search
        results->Update();                 // and the visible rows repaint
        frame_times.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
        wxYield();  // everything else the keystroke causes: GTK's own layout and paint
        with_event_loop.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
      }
      search->SetValue(wxString());
      wxYield();
    }
    bench::printTimings("library search keystroke to repainted list", frame_times);
    bench::printTimings("... and the event loop run once more", with_event_loop);
    frame->Destroy();
    wxYield();
  }
  bench::stopWx(scratch);
  return 0;
}
