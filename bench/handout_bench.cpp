// Handout rendering time: a 12-exercise program with pictures to PDF, in-process.
// Usage: motus_bench_handout WORK_FOLDER
// The handout issue also asks for the whole motus-cli process and for Chromium's --print-to-pdf
// of the same HTML in the same run; those are not measured here yet.
#include "statistics.hpp"

#include <motus/core/handout.hpp>
#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace motus;
namespace fs = std::filesystem;

namespace {

const char* const kPicture =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'><rect x='10' y='60' width='100' height='6'/>"
    "<circle cx='30' cy='40' r='8' fill='none' stroke='black' stroke-width='3'/>"
    "<path d='M38 44 L80 52 L100 60 M60 48 L70 30' fill='none' stroke='black' stroke-width='3'/></svg>";

core::HandoutDocument twelveExercises() {
  db::Program program;
  program.title = "Upper back and shoulders";
  program.issued_at = "2026-11-25T10:00:00.000Z";
  program.clinician = "Dana Lee, PT";
  for (int i = 1; i <= 12; ++i) {
    db::ProgramItem item;
    item.exercise.spec.name = "Exercise " + std::to_string(i);
    item.exercise.spec.steps = {"Lie face up with the roller across your mid back.", "Bend back over it slowly.",
                                "Come back up.", "Move the roller a little and do it again."};
    item.exercise.spec.cues = {"Breathe out as you bend back."};
    item.exercise.spec.precautions = {"Stop if you feel sharp pain."};
    item.exercise.spec.illustrations = {kPicture, kPicture};
    item.dosage.reps = sdk::Range::between(10, 15);
    item.dosage.times_per_day = sdk::Range::between(1, 2);
    program.items.push_back(item);
  }
  db::Patient patient;
  patient.details.family_name = "Nguyen";
  patient.details.given_name = "Mai";
  return core::buildHandout(program, patient, {"Riverside PT", "12 Mill Road", "541-555-0142", "", "", ""}, {}, {});
}

}  // namespace

int main(int argc, char* argv[]) {
  const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "motus-bench-handout";
  fs::create_directories(folder);
  const core::HandoutDocument document = twelveExercises();
  std::vector<double> inProcess;
  for (int i = 0; i < 40; ++i) {
    const auto start = std::chrono::steady_clock::now();
    core::renderPdf(document, folder / "handout.pdf");
    inProcess.push_back(bench::Microseconds(std::chrono::steady_clock::now() - start).count());
  }
  bench::printTimings("12-exercise PDF with pictures, in-process", inProcess);
  std::printf("  the first render (font set-up included): %.1f ms\n", inProcess.front() / 1000.0);

  std::ofstream(folder / "handout.html") << core::renderHtml(document);
  std::printf("  HTML of the same handout written to %s for the Chromium comparison\n",
              (folder / "handout.html").c_str());
  return 0;
}
