// Handout rendering: a 12-exercise program with pictures, as a PDF drawn in-process, as a whole
// `motus-cli handout` process (start-up, plugins, database, render, audit), and, for comparison,
// the same handout's HTML printed to PDF by headless Chromium (--print-to-pdf).
// Usage: motus_bench_handout [WORK_FOLDER]
#include "../tests/support/chromium.hpp"
#include "statistics.hpp"

#include <motus/core/handout.hpp>
#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/db/store.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace motus;
namespace fs = std::filesystem;

namespace {

const char* const kPicture =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'><rect x='10' y='60' width='100' height='6'/>"
    "<circle cx='30' cy='40' r='8' fill='none' stroke='black' stroke-width='3'/>"
    "<path d='M38 44 L80 52 L100 60 M60 48 L70 30' fill='none' stroke='black' stroke-width='3'/></svg>";

// A clinic database holding one issued 12-exercise program with pictures; returns its id.
db::Id makeProgram(const fs::path& database) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(database.string() + suffix);
  db::Store store(database, db::OpenMode::create_if_missing);
  store.saveClinic({"Riverside PT", "12 Mill Road\nSpringfield", "541-555-0142", "front@riverside.example", "", ""});
  const db::Id patient = store.addPatient({"B-1", "Nguyen", "Mai", "1948-03-14", "", "", ""});
  const db::Id program = store.createDraft(patient, "Upper back and shoulders");
  std::vector<db::ProgramItem> items;
  for (int i = 1; i <= 12; ++i) {
    db::ProgramItem item;
    item.exercise.global_id = "bench/exercise-" + std::to_string(i);
    item.exercise.plugin_id = "bench";
    item.exercise.plugin_version = "1.0.0";
    item.exercise.spec.id = "exercise-" + std::to_string(i);
    item.exercise.spec.name = "Exercise " + std::to_string(i);
    item.exercise.spec.steps = {"Lie face up with the roller across your mid back.", "Bend back over it slowly.",
                                "Come back up.", "Move the roller a little and do it again."};
    item.exercise.spec.cues = {"Breathe out as you bend back."};
    item.exercise.spec.precautions = {"Stop if you feel sharp pain."};
    item.exercise.spec.illustrations = {kPicture, kPicture};
    item.dosage.reps = sdk::Range::between(10, 15);
    item.dosage.times_per_day = sdk::Range::between(1, 2);
    items.push_back(item);
  }
  store.saveDraft(program, "Upper back and shoulders", items);
  store.issueProgram(program);
  return program;
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

}  // namespace

int main(int argc, char* argv[]) {
  const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "motus-bench-handout";
  fs::create_directories(folder);
  const fs::path database = folder / "clinic.sqlite";
  const db::Id program = makeProgram(database);

  db::Store store(database);
  const db::Program issued = store.program(program);
  const core::HandoutDocument document =
      core::buildHandout(issued, store.patient(issued.patient_id), store.clinic(), {}, {});

  std::vector<double> inProcess;
  for (int i = 0; i < 40; ++i)
    inProcess.push_back(milliseconds([&] { core::renderPdf(document, folder / "native.pdf"); }));
  print("PDF in-process (cairo + pango + librsvg)", inProcess);
  std::printf("  the first one, font set-up included: %.1f ms\n", inProcess.front());

  const fs::path cli = fs::canonical(fs::path(argv[0])).parent_path() / "motus-cli";
  const std::string command = "MOTUS_DATABASE=" + database.string() + " " + cli.string() + " handout " +
                              std::to_string(program) + " --pdf " + (folder / "cli.pdf").string() + " > /dev/null";
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
