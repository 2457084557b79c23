// A handout already given to a patient reprints as the same file after Motus learns to print new
// handouts differently: the settings kept with a program name the edition it was printed with.
// The files below were made by the first edition's code (main at 25ef5bb) from these records;
// their SHA-256 are fixed here, so any change to what edition 1 prints fails this test.
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/db/record_json.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace motus;

namespace {

std::string sha256Of(const std::filesystem::path& file) {
  const test::CommandResult result = test::runCommand("sha256sum " + test::shellQuoted(file.string()));
  REQUIRE(result.exit_code == 0);
  return result.output.substr(0, 64);
}

// Issued records as a therapist made them before editions existed: no clinician set ("unknown"),
// a foam-rolling session length on every exercise, a Caution the patient has, a long note.
struct FirstEditionRecords {
  db::Program program;
  db::Patient patient;
  db::ClinicProfile clinic{"Riverside PT", "12 Mill Road\nSpringfield", "", "front@riverside.example", "", ""};
  FirstEditionRecords() {
    program.id = 7;
    program.title = "Upper back";
    program.status = db::ProgramStatus::issued;
    program.issued_at = "2026-11-25T19:40:02.153Z";
    program.clinician = "unknown";
    program.fingerprint = std::string(64, 'a');
    for (int i = 0; i < 4; ++i) {
      db::ProgramItem item = test::sampleItem("exercise-" + std::to_string(i), 10 + i);
      item.exercise.spec.name = "Roll number " + std::to_string(i + 1);
      item.exercise.spec.precautions.push_back("Stop if you feel sharp pain.");
      item.exercise.spec.safety.push_back(
          {"fall-risk", sdk::Severity::caution, "Getting down to the floor can cause a fall."});
      item.exercise.spec.illustrations = {
          "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'><rect x='10' y='60' width='100' height='6'/>"
          "<circle cx='30' cy='40' r='8' fill='none' stroke='black' stroke-width='3'/></svg>",
          "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'><rect x='10' y='60' width='100' height='6'/>"
          "<path d='M38 44 L80 52 L100 60' fill='none' stroke='black' stroke-width='3'/></svg>"};
      item.dosage.duration_seconds = sdk::Range::between(20, 30);
      item.dosage.session_minutes = sdk::Range::between(10, 15);
      if (i == 2) {
        item.note.clear();
        for (int line = 0; line < 40; ++line) item.note += "Roll slowly and breathe out each time. ";
      }
      program.items.push_back(item);
    }
    patient.details = test::samplePatient("A-1", "Nguyen", "Mai");
  }

  // The settings as they were kept then: the stored JSON had no edition.
  db::HandoutSettings keptSettings(const std::string& paper, bool large_print) const {
    return db::handoutSettingsFromJson(
        R"({"format":"motus.handout-settings","version":1,"paper":")" + paper + R"(","large_print":)" +
        (large_print ? "true" : "false") +
        R"(,"pictures":true,"log_weeks":2,"education":[{"id":"t","title":"Rolling at home","points":["Use a soft roller."]}]})");
  }
};

}  // namespace

TEST_CASE("Settings kept before editions existed are read as edition 1") {
  const FirstEditionRecords records;
  CHECK(records.keptSettings("a4", false).edition == 1);
  CHECK(db::HandoutSettings{}.edition == 3);
  db::HandoutSettings now;
  CHECK(db::handoutSettingsFromJson(db::handoutSettingsToJson(now)) == now);
}

TEST_CASE("A handout printed with edition 1 reprints byte for byte as it was first printed") {
  const FirstEditionRecords records;
  const test::TempFolder folder("edition1");
  struct Case {
    const char* paper;
    bool large_print;
    const char* pdf_sha256;
    const char* html_sha256;
  };
  for (const Case& c : {Case{"a4", false, "f25c69d8aed01f9654ff822c5eaef3ac1c2ab54dea79a3a0962fb7e2c24e560c",
                             "9b4f5b3ac7325e34c69a32069263f8a800da33fb908a5374f1c76c8a4592c88c"},
                        Case{"letter", false, "e86b44a6a1b72e71493f2ef3960755aa4c18c061923eb71a32f679f6ad73f326",
                             "482b7db347c76e396811f31b7d91579b895026f2eb646638be189a9d6b78c71e"},
                        Case{"a4", true, "c5b2bfbaab9912808b85384bfc55db900bda85f8d2bf295b0ee0d3d797024603",
                             "152702e10ef278795e7262d9dffccd0763e8fd0ac6f6c22febcc38bed10ecf58"}}) {
    INFO(c.paper << (c.large_print ? " large print" : ""));
    const core::HandoutDocument document = core::buildHandout(records.program, records.patient, records.clinic,
                                                              records.keptSettings(c.paper, c.large_print));
    const auto pdf = folder / "reprint.pdf";
    core::renderPdf(document, pdf);
    const auto html = folder / "reprint.html";
    std::ofstream(html) << core::renderHtml(document);
    CHECK(sha256Of(pdf) == c.pdf_sha256);
    CHECK(sha256Of(html) == c.html_sha256);
  }
}

TEST_CASE("A handout printed with edition 2 reprints byte for byte as it was first printed") {
  // Made by edition 2's code (main at 6623546): several exercises a page, the pictures beside the
  // words, the shared panel and the program's time; in both layouts, on both papers.
  FirstEditionRecords records;
  records.clinic.phone = "541-555-0142";
  records.program.clinician = "Dana Whitfield";
  const test::TempFolder folder("edition2");
  struct Case {
    const char* paper;
    bool large_print;
    const char* layout;
    const char* pdf_sha256;
    const char* html_sha256;
  };
  for (const Case& c :
       {Case{"a4", false, "compact", "79b83e798884d437ff902f7e3a6ba5e350c7f09f1efd3043c401d3dbb57e5ab9",
             "8f1320aad7d666bc0662094191cdfdc485d2637554e20fa2993568210a388fd8"},
        Case{"letter", false, "compact", "929c281559879e0cfcdcd7146b36e844ced98b46e5379374204f013db313fd14",
             "48109b0a2bf484c27879dd5d84b35db731786d03630fda083d55d1c3fa3ede21"},
        Case{"a4", true, "compact", "937d1e0895fa4447ce18b13d5b027a23fd1f58f48d194a326f70914fb600b8bb",
             "bc0e10f701ef44613963b250ce1ccd301b3ef84d7799ca3a97dc5fdbc04153e3"},
        Case{"a4", false, "one-per-page", "7e78f9bff15a3f69f85c9778ae448a47c4471eb69d62146dfac87b409bde6e5a",
             "415e36f081ac5ce872d5e2119842a3d52863cdd00a58878eb8716d5b3b57c9f1"}}) {
    INFO(c.paper << (c.large_print ? " large print " : " ") << c.layout);
    db::HandoutSettings settings = records.keptSettings(c.paper, c.large_print);
    settings.edition = 2;
    settings.layout = c.layout;
    const core::HandoutDocument document =
        core::buildHandout(records.program, records.patient, records.clinic,
                           db::handoutSettingsFromJson(db::handoutSettingsToJson(settings)));
    const auto pdf = folder / "reprint.pdf";
    core::renderPdf(document, pdf);
    const auto html = folder / "reprint.html";
    std::ofstream(html) << core::renderHtml(document);
    CHECK(sha256Of(pdf) == c.pdf_sha256);
    CHECK(sha256Of(html) == c.html_sha256);
  }
}
