// Opening the Handout tab on an issued 20-exercise program: how long the UI thread is busy in one
// stretch (the longest time nothing else could happen: no click, no repaint) until the preview
// shows every page. Also the library's two exercise pictures, drawn at each change of selection.
// Usage (needs a display): motus_bench_gui_handout BUILT_IN_PLUGIN_FOLDER
#include "gui_bench_setup.hpp"
#include "statistics.hpp"

#include "app_context.hpp"
#include "handout_panel.hpp"
#include "main_frame.hpp"
#include "preferences.hpp"
#include "program_panel.hpp"
#include "wx_image.hpp"

#include <motus/core/raster.hpp>

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/init.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

using namespace motus;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

db::Id issuedProgram(gui::AppContext& context, db::Id patient, std::size_t exercises) {
  const db::Id draft = context.records->createDraft(patient, "Twenty exercises");
  const std::vector<core::CatalogEntry>& entries = context.catalog.entries();
  for (std::size_t i = 0; i < exercises && i < entries.size(); ++i)
    context.records->prescribe(draft, entries[i], std::nullopt, "", "");
  context.records->issue(draft);
  return draft;
}

// One opening of the tab: the longest stretch the UI thread spent in one call, and the total.
void openHandout(gui::MainFrame& frame, std::vector<double>& longest, std::vector<double>& total) {
  frame.showPage(gui::Page::record);
  frame.handout().showProgram(frame.program().program());  // off screen: drawn when the tab opens
  for (int i = 0; i < 5; ++i) wxYield();
  const auto start = Clock::now();
  auto stretch = Clock::now();
  frame.showPage(gui::Page::handout);  // draws the preview, all of it or just its start
  double worst = millisecondsSince(stretch);
  while ((frame.handout().previewDrawing() || frame.handout().pageCount() == 0) && millisecondsSince(start) < 60'000) {
    stretch = Clock::now();
    wxYield();  // whatever the UI thread does meanwhile, the pages arriving included
    worst = std::max(worst, millisecondsSince(stretch));
  }
  longest.push_back(worst * 1000);
  total.push_back(millisecondsSince(start) * 1000);
}

}  // namespace

int main(int argc, char* argv[]) {
  if (argc != 2) {
    std::fprintf(stderr, "Usage: %s BUILT_IN_PLUGIN_FOLDER\n", argv[0]);
    return 2;
  }
  if (!bench::startWx(argv[0])) return 1;
  const std::filesystem::path scratch = bench::freshScratch("motus-bench-handout-tab");
  {
    gui::Preferences preferences;  // pictures on: the default
    auto context = gui::AppContext::open(scratch / "clinic.sqlite", db::OpenMode::create_if_missing, {argv[1]});
    auto* frame = new gui::MainFrame(*context, preferences);
    frame->SetSize(0, 0, 1280, 800);
    frame->Show();
    frame->scanPlugins();
    while (frame->scanningPlugins()) wxYield();
    const db::Id patient =
        context->records->savePatientRecord(std::nullopt, {"B-1", "Bench", "Twenty", "1950-01-01", "", "", ""}, {});
    issuedProgram(*context, patient, 20);
    frame->showPatient(patient);
    std::vector<double> longest;
    std::vector<double> total;
    for (int run = 0; run < 5; ++run) openHandout(*frame, longest, total);
    std::printf("%d pages in the preview of a 20-exercise program\n", frame->handout().pageCount());
    bench::printTimings("Handout tab: longest UI-thread stretch", longest);
    bench::printTimings("Handout tab: until every page is shown", total);

    // The library's pictures: two SVGs drawn whenever the chosen exercise changes.
    std::vector<double> pictures;
    for (const core::CatalogEntry& entry : context->catalog.entries()) {
      const auto start = Clock::now();
      for (const std::string* svg : {&entry.spec.illustrations.start_svg, &entry.spec.illustrations.finish_svg}) {
        const core::RgbImage image = core::rasterizeSvg(*svg, 196, 140);
        if (!image.rgb.empty()) wxBitmap bitmap(gui::toWxImage(image));
      }
      pictures.push_back(millisecondsSince(start) * 1000);
    }
    bench::printTimings("library: both pictures of one exercise", pictures);
    frame->Destroy();
    wxYield();
  }
  bench::stopWx(scratch);
  return 0;
}
