// The handout preview of a long program is drawn off the UI thread: the window answers while the
// pages are drawn, then shows every page.
#include "gui_driver.hpp"

#include "handout_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"

#include "../integration/run_command.hpp"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/notebook.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include <chrono>

using namespace motus;

namespace {

db::Id issuedProgramOf(gui::AppContext& context, db::Id patient, std::size_t exercises) {
  const db::Id draft = context.records->createDraft(patient, "Everything at once");
  const std::vector<core::CatalogEntry>& entries = context.catalog.entries();
  REQUIRE(entries.size() >= exercises);
  for (std::size_t i = 0; i < exercises; ++i) context.records->prescribe(draft, entries[i], std::nullopt, "", "");
  context.records->issue(draft);
  return draft;
}

int pdfPages(const std::filesystem::path& pdf) {
  const std::string info = test::runCommand("pdfinfo " + test::shellQuoted(pdf.string())).output;
  const std::size_t at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

int shownPages(wxWindow& preview) {
  int pages = 0;
  for (const wxWindow* child : preview.GetChildren()) pages += dynamic_cast<const wxStaticBitmap*>(child) ? 1 : 0;
  return pages;
}

}  // namespace

TEST_CASE("The handout preview of a 20-exercise program is drawn while the window keeps answering") {
  test::GuiSession session({MOTUS_BUILTIN_PLUGIN_DIR});
  gui::AppContext& context = session.context();
  gui::MainFrame& frame = session.frame();
  const db::Id patient = context.records->savePatientRecord(std::nullopt, {"H-20", "Hill", "Ann", "", "", "", ""}, {});
  issuedProgramOf(context, patient, 20);
  frame.patients().select(patient);
  frame.showPatient(patient);
  test::settle();
  REQUIRE(frame.program().program().has_value());

  // A call posted as the tab opens, before the preview starts: the UI thread runs it at its next
  // turn. Drawn on the UI thread, the pages would all be there by then; drawn off it, the preview
  // is still drawing, whatever the machine's speed, since the pages are handed over by a call
  // posted after this one.
  bool ran = false;
  bool drawing_then = false;
  int pages_then = -1;
  bool drawing_label_then = false;
  auto& notebook = session.find<wxNotebook>("pages");
  notebook.Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [&](wxBookCtrlEvent& event) {
    event.Skip();
    if (event.GetSelection() != static_cast<int>(gui::Page::handout) || ran) return;
    wxTheApp->CallAfter([&] {
      ran = true;
      drawing_then = frame.handout().previewDrawing();
      pages_then = frame.handout().pageCount();
      drawing_label_then = wxWindow::FindWindowByName(gui::wx("preview-drawing"), &frame) != nullptr;
    });
  });
  session.key('3', wxMOD_CONTROL);  // opens the Handout tab, as the menu's Handout does
  REQUIRE(notebook.GetSelection() == static_cast<int>(gui::Page::handout));
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (frame.handout().previewDrawing() && std::chrono::steady_clock::now() < give_up) test::settle(1);
  REQUIRE(ran);
  CHECK(drawing_then);
  CHECK(pages_then == 0);
  CHECK(drawing_label_then);

  // Then every page is shown: as many as the PDF of the same handout has.
  REQUIRE_FALSE(frame.handout().previewDrawing());
  test::settle();
  const std::filesystem::path pdf = session.folder() / "twenty.pdf";
  REQUIRE(frame.handout().exportPdf(pdf.string()));
  const int pages = pdfPages(pdf);
  INFO("PDF pages: " << pages);
  CHECK(pages > 1);
  CHECK(frame.handout().pageCount() == pages);
  CHECK(shownPages(session.find("handout-preview")) == pages);
  CHECK(wxWindow::FindWindowByName(gui::wx("preview-drawing"), &frame) == nullptr);
  CHECK(gui::utf8(session.find<wxStaticText>("handout-note").GetLabel()) == std::to_string(pages) + " pages.");
}
