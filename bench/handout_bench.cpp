// Handout rendering: a real 12-exercise program (the 11 shoulder-care exercises and foam rolling's
// upper-back roll, with their default dosages and pictures, from the built-in plugins), as a PDF
// drawn in-process, as a whole `motus-cli handout` process (start-up, database, render, audit),
// and, for comparison, the same handout's HTML printed to PDF by headless Chromium (--print-to-pdf).
// Usage: motus_bench_handout [WORK_FOLDER] [--reuse] [--render-only N]
//   --reuse          keep the database already in WORK_FOLDER (the same issue time, so the same
//                    bytes: the PDFs of two builds can be compared with cmp)
//   --render-only N  only the in-process render, N times (for valgrind --tool=callgrind)
//   --files-only     only the page counts and the PDFs of the four layouts, no timings
#include "../tests/support/chromium.hpp"
#include "../tests/support/shoulder_program.hpp"
#include "statistics.hpp"

#include <motus/core/handout.hpp>
#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/core/plugin_host.hpp>
#include <motus/core/records.hpp>
#include <motus/db/store.hpp>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

using namespace motus;
namespace fs = std::filesystem;

namespace {

// The program's exercises, in order, from the built-in plugins found the way motus-cli finds them.
std::vector<db::ProgramItem> realExercises() { return test::shoulderProgram(core::defaultPluginLocations()); }

db::Id issue(db::Store& store, db::Id patient, const std::string& title, const std::vector<db::ProgramItem>& items) {
  const db::Id program = store.createDraft(patient, title);
  store.saveDraft(program, title, items);
  store.issueProgram(program);
  return program;
}

// A clinic database holding the issued 12-exercise program (id 1) and a 4-exercise one of its
// first four exercises (id 2).
void makeDatabase(const fs::path& database) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(database.string() + suffix);
  const std::vector<db::ProgramItem> items = realExercises();
  db::Store store(database, db::OpenMode::create_if_missing);
  store.saveClinic({"Riverside PT", "12 Mill Road\nSpringfield", "541-555-0142", "front@riverside.example", "", ""});
  const db::Id patient = store.addPatient({"B-1", "Nguyen", "Mai", "1948-03-14", "", "", ""});
  if (issue(store, patient, "Upper back and shoulders", items) != 1 ||
      issue(store, patient, "First four", {items.begin(), items.begin() + 4}) != 2) {
    throw std::runtime_error("the programs did not get the ids 1 and 2");
  }
}

template <typename Work>
double milliseconds(Work&& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void print(const char* what, const std::vector<double>& ms) {
  std::printf("%-52s n=%-3zu median %8.1f ms   p95 %8.1f ms\n", what, ms.size(), bench::percentile(ms, 0.5),
              bench::percentile(ms, 0.95));
}

core::HandoutDocument handoutOf(const db::Store& store, db::Id id, const core::HandoutOptions& options) {
  const db::Program program = store.program(id);
  return core::buildHandout(program, store.patient(program.patient_id), store.clinic(), {}, options);
}

}  // namespace

int main(int argc, char* argv[]) {
  fs::path folder = fs::temp_directory_path() / "motus-bench-handout";
  bool reuse = false;
  int renderOnly = 0;
  bool filesOnly = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reuse") == 0) {
      reuse = true;
    } else if (std::strcmp(argv[i], "--render-only") == 0 && i + 1 < argc) {
      renderOnly = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--files-only") == 0) {
      filesOnly = true;
    } else {
      folder = argv[i];
    }
  }
  fs::create_directories(folder);
  const fs::path database = folder / "clinic.sqlite";
  if (!reuse || !fs::exists(database)) makeDatabase(database);
  const db::Id program = 1;

  db::Store store(database);
  const core::HandoutDocument document = handoutOf(store, program, {});
  if (renderOnly > 0) {
    for (int i = 0; i < renderOnly; ++i) core::renderPdf(document, folder / "native.pdf");
    return 0;
  }

  // Timed before anything else is drawn: the fonts and the pictures are read for this one.
  const double first = milliseconds([&] { core::renderPdf(document, folder / "native.pdf"); });

  // The same program in the other layouts, and a short one: their pages, and their files to compare.
  core::HandoutOptions large;
  large.large_print = true;
  core::HandoutOptions letter;
  letter.paper = core::PaperSize::letter;
  const struct {
    const char* name;
    core::HandoutDocument document;
  } variants[] = {{"standard-a4", document},
                  {"large-print-a4", handoutOf(store, program, large)},
                  {"standard-letter", handoutOf(store, program, letter)},
                  {"four-exercises-a4", handoutOf(store, 2, {})}};
  std::printf("Program: %zu exercises (shoulder-care and foam-rolling/mid-back-roll)\n", document.exercises.size());
  for (const auto& variant : variants) {
    std::printf("  %-20s %d pages\n", variant.name, core::HandoutPages(variant.document).count());
    core::renderPdf(variant.document, folder / (std::string(variant.name) + ".pdf"));
  }
  if (filesOnly) return 0;

  std::vector<double> inProcess;
  for (int i = 0; i < 40; ++i)
    inProcess.push_back(milliseconds([&] { core::renderPdf(document, folder / "native.pdf"); }));
  print("PDF in-process (cairo + pango + librsvg)", inProcess);
  std::printf("  the first one, fonts and pictures read for it: %.1f ms\n", first);

  const fs::path cli = fs::canonical(fs::path(argv[0])).parent_path() / "motus-cli";
  const std::string command = "MOTUS_DATABASE=" + database.string() + " " + cli.string() + " handout " +
                              std::to_string(program) + " --force --pdf " + (folder / "cli.pdf").string() +
                              " > /dev/null";
  std::vector<double> process;
  for (int i = 0; i < 15; ++i) process.push_back(milliseconds([&] { (void)std::system(command.c_str()); }));
  print("PDF by a whole motus-cli process", process);

  const fs::path html = folder / "handout.html";
  std::ofstream(html) << core::renderHtml(document);
  const std::string chromium = test::chromiumCommand(
      "--no-pdf-header-footer --print-to-pdf=" + (folder / "chromium.pdf").string() + " file://" + html.string());
  std::vector<double> browser;
  for (int i = 0; i < 7; ++i) browser.push_back(milliseconds([&] { (void)std::system(chromium.c_str()); }));
  print("same handout's HTML printed by headless Chromium", browser);

  const double native = bench::percentile(inProcess, 0.5);
  std::printf("Chromium / in-process: %.0fx   Chromium / motus-cli process: %.1fx\n",
              bench::percentile(browser, 0.5) / native,
              bench::percentile(browser, 0.5) / bench::percentile(process, 0.5));
  return 0;
}
