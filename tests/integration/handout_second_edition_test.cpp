// The second edition of the handout, read back from a real PDF with poppler: the advice for this
// patient reaches the paper, what several exercises share is said once, nothing is left at the
// foot of a page without what follows it, and nothing is printed that says nothing.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <motus/core/handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/core/records.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <regex>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

const char* const kFallAdvice = "Have someone with you when you get down to the floor and back up.";

std::vector<std::string> pdfPages(const std::filesystem::path& pdf) {
  const test::CommandResult result = test::runCommand("pdftotext -layout " + test::shellQuoted(pdf.string()) + " -");
  REQUIRE(result.exit_code == 0);
  std::vector<std::string> pages;
  std::string page;
  for (const char c : result.output) {
    if (c == '\f') {
      pages.push_back(page);
      page.clear();
    } else {
      page += c;
    }
  }
  if (page.find_first_not_of(" \n") != std::string::npos) pages.push_back(page);
  return pages;
}

int occurrences(const std::string& text, const std::string& what) {
  int count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
  return count;
}

// A clinic with no phone, a therapist who never set a name, a 76-year-old at high risk of falling,
// and a program of six floor rolls from one plugin (they share a caution and a session length).
struct FallRiskPatient {
  test::TempFolder folder{"edition2"};
  db::Id program = makeRecords(folder / "clinic.sqlite");
  core::Records records{folder / "clinic.sqlite"};

  static db::Id makeRecords(const std::filesystem::path& file) {
    db::Store store(file, db::OpenMode::create);
    store.saveClinic({"Riverside PT", "12 Mill Road", "", "front@riverside.example", "", ""});
    db::PatientDetails details = test::samplePatient("A-7", "Nguyen", "Mai");
    details.birth_date = "1950-03-14";
    const db::Id patient = store.addPatient(details);
    store.setCondition(patient, {"fall-risk", "", ""});
    const db::Id draft = store.createDraft(patient, "Upper back");
    std::vector<db::ProgramItem> items;
    for (int i = 0; i < 6; ++i) {
      db::ProgramItem item = test::sampleItem("roll-" + std::to_string(i), 10);
      item.exercise.spec.name = "Roll number " + std::to_string(i + 1);
      item.exercise.spec.safety = {
          {"fall-risk", sdk::Severity::caution, "Getting down to the floor can cause a fall.", kFallAdvice}};
      item.exercise.spec.precautions = {"Keep the roller off your neck.", "Stop if you feel sharp pain."};
      item.exercise.spec.illustrations = {
          "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'><circle cx='30' cy='40' r='8'/></svg>",
          "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'><circle cx='90' cy='40' r='8'/></svg>"};
      item.dosage.session_minutes = sdk::Range::between(10, 15);
      item.note.clear();
      items.push_back(item);
    }
    store.saveDraft(draft, "Upper back", items);
    return draft;
  }

  std::vector<std::string> pages(core::HandoutOptions options = {}) {
    const db::Program issued = records.store().program(program);
    const auto pdf = folder / "handout.pdf";
    core::renderPdf(
        core::buildHandout(issued, records.store().patient(issued.patient_id), records.store().clinic(), {}, options),
        pdf);
    return pdfPages(pdf);
  }
};

std::string joined(const std::vector<std::string>& pages) {
  std::string all;
  for (const std::string& page : pages) all += page;
  return all;
}

}  // namespace

TEST_CASE("A fall-risk patient's handout prints the Caution advice in each exercise, and what they share once") {
  FallRiskPatient clinic;
  clinic.records.issue(clinic.program);
  const db::Program issued = clinic.records.store().program(clinic.program);
  // Settled when issued, kept with the record.
  for (const db::ProgramItem& item : issued.items) CHECK(item.patient_advice == std::vector<std::string>{kFallAdvice});

  const std::string text = joined(clinic.pages());
  // The advice is long enough to wrap: count its last words, once per exercise.
  CHECK(occurrences(text, "down to the floor") == 6);
  CHECK(occurrences(text, "For all these exercises") == 1);
  CHECK(occurrences(text, "Keep the roller off your neck.") == 1);
  CHECK(occurrences(text, "Each session takes about") == 0);  // the session is the whole program's time
  CHECK_THAT(text, Contains("It takes about 10 to 15 minutes in all."));
  CHECK(text.find("unknown") == std::string::npos);
  CHECK(text.find("From:") == std::string::npos);
  CHECK_THAT(text, Contains("Call the clinic that gave you this sheet."));
  CHECK(core::handoutWarnings(core::buildHandout(issued, clinic.records.store().patient(issued.patient_id),
                                                 clinic.records.store().clinic(), {}, {}))
            .size() == 1);
}

TEST_CASE("Advice the therapist left out is not printed, and a condition added after issuing changes nothing") {
  FallRiskPatient clinic;
  clinic.records.setAdviceLeftOut(clinic.program, 2, "fall-risk", true);
  CHECK_THROWS_WITH(clinic.records.setAdviceLeftOut(clinic.program, 2, "osteoporosis", true),
                    Contains("has no advice for the patient"));
  clinic.records.issue(clinic.program);
  const std::string before = joined(clinic.pages());
  CHECK(occurrences(before, "down to the floor") == 5);
  const db::Program issued = clinic.records.store().program(clinic.program);
  CHECK(issued.items[1].patient_advice.empty());
  // A reprint after the patient's conditions change says what the patient was told.
  clinic.records.removeCondition(issued.patient_id, "fall-risk");
  CHECK(joined(clinic.pages()) == before);
}

TEST_CASE("No page of the second edition is blank or holds only a heading, in every size and layout") {
  FallRiskPatient clinic;
  clinic.records.issue(clinic.program);
  const std::regex band(R"(^\s*(Mai Nguyen\s+—\s+home exercises|Record [0-9A-F ]+|Page \d+ of \d+)\s*$)");
  for (const bool large : {false, true}) {
    for (const bool one_per_page : {false, true}) {
      for (const core::PaperSize paper : {core::PaperSize::a4, core::PaperSize::letter}) {
        core::HandoutOptions options;
        options.large_print = large;
        options.one_per_page = one_per_page;
        options.paper = paper;
        const std::vector<std::string> pages = clinic.pages(options);
        for (std::size_t p = 0; p < pages.size(); ++p) {
          INFO((large ? "large print" : "standard") << (one_per_page ? ", one per page" : "") << ", page " << p + 1);
          // The page's lines that are not the running header or footer.
          std::vector<std::string> lines;
          std::size_t start = 0;
          const std::string& page = pages[p];
          while (start <= page.size()) {
            const std::size_t end = page.find('\n', start);
            const std::string line = page.substr(start, end == std::string::npos ? std::string::npos : end - start);
            std::string cleaned = std::regex_replace(line, std::regex(R"(Record [0-9A-F ]{14}\s+Page \d+ of \d+)"), "");
            if (cleaned.find_first_not_of(" ") != std::string::npos && !std::regex_match(cleaned, band))
              lines.push_back(cleaned);
            if (end == std::string::npos) break;
            start = end + 1;
          }
          CHECK(lines.size() > 1);  // not blank, and not a heading alone
          if (!lines.empty()) {
            for (const char* heading : {"How to do it", "Tips", "Take care", "Stop and call us if", "Exercise log"}) {
              INFO("last line: " << lines.back());
              CHECK(lines.back().find(heading) == std::string::npos);
            }
          }
        }
      }
    }
  }
}

TEST_CASE("The pictures are 6 cm wide beside the words, 8 cm in large print") {
  FallRiskPatient clinic;
  clinic.records.issue(clinic.program);
  const db::Program issued = clinic.records.store().program(clinic.program);
  for (const bool large : {false, true}) {
    INFO((large ? "large print" : "standard print"));
    core::HandoutOptions options;
    options.large_print = large;
    const auto pdf = clinic.folder / "sizes.pdf";
    core::renderPdf(core::buildHandout(issued, clinic.records.store().patient(issued.patient_id),
                                       clinic.records.store().clinic(), {}, options),
                    pdf);
    const test::CommandResult words = test::runCommand("pdftotext -bbox " + test::shellQuoted(pdf.string()) + " -");
    REQUIRE(words.exit_code == 0);
    // The caption sits 4 pt inside the picture's left edge; the exercise's title starts 10 pt
    // right of the picture's right edge.
    const auto xOf = [&](const std::string& word) {
      const std::regex pattern("<word xMin=\"([0-9.]+)\"[^>]*>" + word + "</word>");
      std::smatch match;
      REQUIRE(std::regex_search(words.output, match, pattern));
      return std::stod(match[1].str());
    };
    const double pictureWidth = xOf("1\\.") - 10 - (xOf("Start") - 4);
    constexpr double kCentimetre = 72 / 2.54;
    CHECK(pictureWidth >= (large ? 8 : 6) * kCentimetre - 0.5);
  }
}

TEST_CASE("The advice printed for the patient is part of the issued record: changed outside Motus, it is named") {
  FallRiskPatient clinic;
  clinic.records.issue(clinic.program);
  const std::string before = joined(clinic.pages());
  test::sqlExec(clinic.folder / "clinic.sqlite",
                "DROP TRIGGER program_item_update_issued; UPDATE program_item SET patient_advice = '[]' "
                "WHERE program_id = " +
                    std::to_string(clinic.program) + " AND position = 3");
  const db::Program altered = clinic.records.store().program(clinic.program);
  REQUIRE(altered.alterations.size() == 1);
  CHECK_THAT(altered.alterations[0], Contains("differs from the fingerprint recorded when it was issued"));
  CHECK_THROWS_AS(clinic.pages(), db::AlteredRecord);
  CHECK(occurrences(before, "down to the floor") == 6);
}
