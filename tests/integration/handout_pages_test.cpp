// Paper the patient takes home, measured on the program the issue measured: 12 shoulder
// exercises from the built-in plugins, their real words and pictures, read back from the PDF.
// Standard A4 in at most 7 pages, large print in at most 13, 4 exercises on 2 pages and the log;
// the second edition's 8 and 15 are held too, since a handout printed with it reprints so.
#include "../support/shoulder_program.hpp"
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <motus/core/handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

using namespace motus;

namespace {

// Pages as poppler reads them: the text of each, in order.
std::vector<std::string> pdfPages(const std::filesystem::path& pdf) {
  const test::CommandResult result = test::runCommand("pdftotext -layout " + test::shellQuoted(pdf.string()) + " -");
  REQUIRE(result.exit_code == 0);
  std::vector<std::string> pages(1);
  for (const char c : result.output) {
    if (c == '\f') {
      pages.emplace_back();
    } else {
      pages.back() += c;
    }
  }
  if (pages.back().find_first_not_of(" \n") == std::string::npos) pages.pop_back();
  return pages;
}

struct ShoulderClinic {
  test::TempFolder folder{"pages"};
  db::Store store{folder / "clinic.sqlite", db::OpenMode::create};
  db::Id patient = store.addPatient({"B-1", "Nguyen", "Mai", "1948-03-14", "", "", ""});
  std::vector<db::ProgramItem> items = test::shoulderProgram({MOTUS_BUILTIN_PLUGIN_DIR});

  ShoulderClinic() {
    store.saveClinic({"Riverside PT", "12 Mill Road\nSpringfield", "541-555-0142", "front@riverside.example", "", ""});
  }

  db::Id issue(std::size_t count) {
    const db::Id program = store.createDraft(patient, "Upper back and shoulders");
    store.saveDraft(program, "Upper back and shoulders", {items.begin(), items.begin() + static_cast<long>(count)});
    store.issueProgram(program);
    return program;
  }

  std::vector<std::string> pages(db::Id id, const core::HandoutOptions& options) {
    const db::Program program = store.program(id);
    const auto pdf = folder / "handout.pdf";
    core::renderPdf(core::buildHandout(program, store.patient(program.patient_id), store.clinic(), {}, options), pdf);
    return pdfPages(pdf);
  }
};

core::HandoutOptions optionsFor(bool large_print, int edition) {
  core::HandoutOptions options;
  options.large_print = large_print;
  options.edition = edition;
  return options;
}

}  // namespace

TEST_CASE("Twelve shoulder exercises print on 7 A4 pages, 13 in large print, four on 2 pages and the log") {
  ShoulderClinic clinic;
  REQUIRE(clinic.items.size() == 12);
  const db::Id twelve = clinic.issue(12);
  const db::Id four = clinic.issue(4);

  const std::vector<std::string> standard = clinic.pages(twelve, optionsFor(false, 3));
  const std::vector<std::string> large = clinic.pages(twelve, optionsFor(true, 3));
  CHECK(standard.size() <= 7);
  CHECK(large.size() <= 13);
  // Every exercise is there, whole: its title once in its block (and once in the log).
  for (const std::vector<std::string>* pages : {&standard, &large}) {
    std::string all;
    for (const std::string& page : *pages) all += page;
    for (const db::ProgramItem& item : clinic.items) {
      INFO(item.exercise.spec.name);
      CHECK(all.find(item.exercise.spec.name) != std::string::npos);
    }
    CHECK(all.find("Stop and call us if") != std::string::npos);
  }

  const std::vector<std::string> short_program = clinic.pages(four, optionsFor(false, 3));
  REQUIRE(short_program.size() == 3);
  CHECK(short_program[1].find(clinic.items[3].exercise.spec.name) != std::string::npos);  // the fourth ends page 2
  CHECK(short_program[2].find("Exercise log") != std::string::npos);
  CHECK(short_program[2].find("How to do it") == std::string::npos);  // the log's page is the log's

  // The edition before, as every handout printed with it reprints.
  CHECK(clinic.pages(twelve, optionsFor(false, 2)).size() == 8);
  CHECK(clinic.pages(twelve, optionsFor(true, 2)).size() == 15);
}
