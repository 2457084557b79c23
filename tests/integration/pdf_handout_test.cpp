// The PDF handout read back with poppler's tools, as a person or a printer would get it.
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/pdf_handout.hpp>

#include <cairo.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

std::string pdfText(const std::filesystem::path& pdf, int page = 0) {
  const std::string pages = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
  const test::CommandResult result =
      test::runCommand("pdftotext -layout" + pages + " " + test::shellQuoted(pdf.string()) + " -");
  REQUIRE(result.exit_code == 0);
  return result.output;
}

int pageCount(const std::filesystem::path& pdf) {
  const test::CommandResult info = test::runCommand("pdfinfo " + test::shellQuoted(pdf.string()));
  REQUIRE(info.exit_code == 0);
  const auto at = info.output.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(info.output.substr(at + 6));
}

// Collapses runs of spaces and line breaks, since pdftotext wraps where the PDF wraps.
std::string flat(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\f';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

// Every word pdftotext finds, with its page and box (points from the page's top left).
struct Word {
  int page = 0;
  double top = 0;
  double bottom = 0;
  std::string text;
};

std::vector<Word> pdfWords(const std::filesystem::path& pdf) {
  const test::CommandResult result = test::runCommand("pdftotext -bbox " + test::shellQuoted(pdf.string()) + " -");
  REQUIRE(result.exit_code == 0);
  std::vector<Word> words;
  int page = 0;
  const std::regex tag(R"re(<page |<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(result.output.begin(), result.output.end(), tag); it != std::sregex_iterator();
       ++it) {
    if ((*it)[0].str() == "<page ") {
      ++page;
    } else {
      words.push_back({page, std::stod((*it)[1].str()), std::stod((*it)[2].str()), (*it)[3].str()});
    }
  }
  return words;
}

// The page's text area between the running header and the footer band (A4, as pdf_handout.cpp
// lays out today's edition: 12 mm above and below and a 14 pt band on either side); nothing but
// the bands may be printed outside it.
constexpr double kTextTop = 12 * 72.0 / 25.4 + 14;
constexpr double kTextBottom = 841.89 - 12 * 72.0 / 25.4 - 14;

// "w0 w1 ... w(count-1)": words that can be counted back out of the PDF.
std::string countedWords(const std::string& prefix, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i == 0 ? "" : " ") + prefix + std::to_string(i);
  return text;
}

// How many of prefix0..prefix(count-1) the PDF holds, each inside the text area of its page.
int wordsPrintedInTextArea(const std::filesystem::path& pdf, const std::string& prefix, int count) {
  std::set<std::string> found;
  const std::regex counted(prefix + "[0-9]+");
  for (const Word& word : pdfWords(pdf)) {
    if (!std::regex_match(word.text, counted)) continue;
    INFO(word.text << " on page " << word.page << " from " << word.top << " to " << word.bottom);
    CHECK(word.top >= kTextTop - 0.5);
    CHECK(word.bottom <= kTextBottom + 0.5);
    found.insert(word.text);
  }
  int printed = 0;
  for (int i = 0; i < count; ++i) printed += found.count(prefix + std::to_string(i)) > 0 ? 1 : 0;
  return printed;
}

struct Sample {
  test::TempFolder folder{"pdf"};
  db::Program program;
  db::Patient patient;
  db::ClinicProfile clinic{"Riverside PT", "12 Mill Road", "541-555-0142", "front@riverside.example", "", ""};
  Sample() {
    program.title = "Upper back";
    program.status = db::ProgramStatus::issued;
    program.issued_at = "2026-11-25T19:40:02.153Z";
    program.clinician = "Dana Lee, PT";
    for (int i = 0; i < 6; ++i) {
      db::ProgramItem item = test::sampleItem("exercise-" + std::to_string(i), 10 + i);
      item.exercise.spec.name = "Exercise number " + std::to_string(i + 1);
      item.exercise.spec.steps.push_back("Finish exercise " + std::to_string(i + 1) + " slowly.");
      item.exercise.spec.illustrations = {
          "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><path d='M1 1L9 9' stroke='black'/></svg>", ""};
      program.items.push_back(item);
    }
    patient.details = test::samplePatient("A-1", "Nguyễn", "Mai");
  }
  std::filesystem::path render(const std::string& name, core::HandoutOptions options = {}) const {
    const auto file = folder / name;
    core::renderPdf(core::buildHandout(program, patient, clinic, {}, options), file);
    return file;
  }
};

}  // namespace

TEST_CASE("The PDF holds the patient's name, every exercise and every dosage sentence") {
  const Sample sample;
  const auto pdf = sample.render("handout.pdf");
  const std::string text = flat(pdfText(pdf));
  CHECK_THAT(text, Contains("Riverside PT") && Contains("Mai Nguyễn") && Contains("25 November 2026"));
  for (const db::ProgramItem& item : sample.program.items) {
    CHECK_THAT(text, Contains(item.exercise.spec.name));
    for (const std::string& sentence : core::dosageSentences(item.dosage)) CHECK_THAT(text, Contains(sentence));
  }
  CHECK_THAT(text, Contains("Stop and call us if") && Contains("Exercise log"));
}

TEST_CASE("Every page carries the patient's name and its number, every font is embedded") {
  const Sample sample;
  const auto pdf = sample.render("handout.pdf");
  const int pages = pageCount(pdf);
  REQUIRE(pages >= 2);
  for (int page = 1; page <= pages; ++page) {
    const std::string text = flat(pdfText(pdf, page));
    INFO("page " << page);
    CHECK_THAT(text,
               Contains("Mai Nguyễn") && Contains("Page " + std::to_string(page) + " of " + std::to_string(pages)));
  }
  const test::CommandResult fonts = test::runCommand("pdffonts " + test::shellQuoted(pdf.string()));
  REQUIRE(fonts.exit_code == 0);
  std::istringstream lines(fonts.output);
  std::string line;
  int fontLines = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0 || line.empty()) continue;
    ++fontLines;
    CHECK_THAT(line, Contains(" yes yes "));  // embedded and subset
  }
  CHECK(fontLines >= 1);
}

TEST_CASE("An exercise block is never split across pages") {
  const Sample sample;
  const auto pdf = sample.render("handout.pdf", {core::PaperSize::a4, true, true, 2});
  const int pages = pageCount(pdf);
  for (int i = 1; i <= 6; ++i) {
    int titlePage = 0;
    int lastStepPage = 0;
    for (int page = 1; page <= pages; ++page) {
      const std::string text = flat(pdfText(pdf, page));
      if (text.find("Exercise number " + std::to_string(i)) != std::string::npos && titlePage == 0) titlePage = page;
      if (text.find("Finish exercise " + std::to_string(i) + " slowly.") != std::string::npos) lastStepPage = page;
    }
    INFO("exercise " << i);
    CHECK(titlePage > 0);
    CHECK(titlePage == lastStepPage);
  }
}

TEST_CASE("An exercise longer than a page continues on the next page and loses nothing") {
  Sample sample;
  std::vector<std::string>& steps = sample.program.items[0].exercise.spec.steps;
  steps.clear();
  for (int i = 1; i <= 60; ++i) steps.push_back("Step number " + std::to_string(i) + " of a very long exercise.");
  const auto pdf = sample.render("long.pdf", {core::PaperSize::a4, true, false, 0});
  const std::string text = flat(pdfText(pdf));
  for (int i = 1; i <= 60; ++i) CHECK_THAT(text, Contains("Step number " + std::to_string(i) + " of"));
  CHECK(pageCount(pdf) >= 3);
}

TEST_CASE("Large print gives bigger text and never fewer pages, Letter paper has Letter pages") {
  const Sample sample;
  const auto normal = sample.render("normal.pdf", {core::PaperSize::a4, false, false, 2});
  const auto large = sample.render("large.pdf", {core::PaperSize::a4, true, false, 2});
  INFO("normal " << pageCount(normal) << " pages, large print " << pageCount(large));
  // Six short exercises fill 3 pages either way since edition 3 packs the page; a long program
  // takes more pages in large print (the handout bench: 7 and 13 for 12 exercises).
  CHECK(pageCount(large) >= pageCount(normal));
  // The body text is bigger: pdftotext's layout keeps fewer characters per line.
  const auto longestLine = [](const std::string& text) {
    std::size_t longest = 0;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) longest = std::max(longest, line.size());
    return longest;
  };
  CHECK(longestLine(pdfText(large)) < longestLine(pdfText(normal)));
  const auto letter = sample.render("letter.pdf", {core::PaperSize::letter, false, true, 2});
  CHECK_THAT(test::runCommand("pdfinfo " + test::shellQuoted(letter.string())).output,
             Contains("612 x 792 pts (letter)"));
  CHECK_THAT(test::runCommand("pdfinfo " + test::shellQuoted(normal.string())).output, Contains("(A4)"));
}

TEST_CASE("Text in any script, and hostile text, is printed as it was typed") {
  Sample sample;
  sample.patient.details.given_name = "<script>alert(1)</script>";
  sample.patient.details.family_name = "مريم 李 Ωμέγα 😀";
  sample.program.items[0].note = std::string(3000, 'W');  // one unbreakable word wraps instead of running off
  const auto pdf = sample.render("unicode.pdf");
  const std::string text = flat(pdfText(pdf));
  CHECK_THAT(text, Contains("<script>alert(1)</script>"));
  CHECK_THAT(text, Contains("李") && Contains("Ωμέγα"));
}

TEST_CASE("A PDF that cannot be written says where and why") {
  const Sample sample;
  const core::HandoutDocument document = core::buildHandout(sample.program, sample.patient, sample.clinic, {}, {});
  CHECK_THROWS_WITH(core::renderPdf(document, sample.folder / "no-such-folder" / "x.pdf"),
                    Contains("Cannot write") && Contains("no-such-folder") && Contains("the folder does not exist"));
  // /dev/full takes the file open and then refuses every byte, as a full disk does (ENOSPC).
  CHECK_THROWS_WITH(core::renderPdf(document, "/dev/full"), Contains("Cannot write /dev/full: the disk is full"));
  // A write that fails through the stream stops the PDF, and its own exception comes out.
  std::size_t written = 0;
  const auto failing = [&written](std::string_view bytes) {
    if (written + bytes.size() > 4096) throw std::runtime_error("the fourth kilobyte was refused");
    written += bytes.size();
  };
  CHECK_THROWS_WITH(core::renderPdf(document, failing), "the fourth kilobyte was refused");
}

TEST_CASE("A therapist's long note, a long title and a long clinic address print whole, never over the bands") {
  Sample sample;
  sample.program.items.resize(2);
  SECTION("a note of 1500 words runs on over the next pages") {
    sample.program.items[0].note = countedWords("w", 1500);
    const auto pdf = sample.render("note.pdf");
    CHECK(wordsPrintedInTextArea(pdf, "w", 1500) == 1500);
    CHECK(pageCount(pdf) >= 4);
    // The exercise it belongs to is named again at the top of each page it continues on.
    for (int page = 2; page <= pageCount(pdf) - 1; ++page) {
      INFO("page " << page);
      CHECK_THAT(flat(pdfText(pdf, page)), Contains("Exercise number 1"));
    }
  }
  SECTION("a note of 300 words, in large print") {
    sample.program.items[1].note = countedWords("w", 300);
    const auto pdf = sample.render("note300.pdf", {core::PaperSize::a4, true, true, 2});
    CHECK(wordsPrintedInTextArea(pdf, "w", 300) == 300);
  }
  SECTION("a program title of 400 words and a clinic address of 1200") {
    sample.program.title = countedWords("t", 400);
    sample.clinic.address = countedWords("a", 1200);
    const auto pdf = sample.render("title.pdf");
    CHECK(wordsPrintedInTextArea(pdf, "t", 400) == 400);
    CHECK(wordsPrintedInTextArea(pdf, "a", 1200) == 1200);  // at the top and again at the end
  }
  SECTION("a patient's name too long for the running header is shortened there, whole under For:") {
    sample.patient.details.family_name = countedWords("n", 60);
    const auto pdf = sample.render("name.pdf");
    const std::string first = flat(pdfText(pdf, 1));
    CHECK_THAT(first, Contains("home exercises") && Contains("n59"));
    for (const Word& word : pdfWords(pdf)) {
      INFO(word.text << " on page " << word.page << " from " << word.top << " to " << word.bottom);
      CHECK((word.bottom <= kTextBottom + 0.5 || word.top >= kTextBottom + 10));  // the footer band is one line
      // After the first page the name is only in the header band, which it never leaves.
      if (word.page > 1 && std::regex_match(word.text, std::regex("n[0-9]+"))) CHECK(word.bottom <= kTextTop);
    }
  }
}

TEST_CASE("The log of a long program breaks between its rows and never runs over the footer") {
  Sample sample;
  while (sample.program.items.size() < 40) sample.program.items.push_back(sample.program.items.back());
  for (std::size_t i = 0; i < sample.program.items.size(); ++i)
    sample.program.items[i].exercise.spec.name = "Exercise number " + std::to_string(i + 1);
  const auto pdf = sample.render("log.pdf", {core::PaperSize::a4, false, false, 1});
  for (const Word& word : pdfWords(pdf)) {
    INFO(word.text << " on page " << word.page << " from " << word.top << " to " << word.bottom);
    CHECK((word.bottom <= kTextBottom + 0.5 || word.top >= kTextBottom + 10));
  }
  const std::string text = flat(pdfText(pdf));
  std::size_t names = 0;  // the exercise's own block and its row in the log
  for (auto at = text.find("40. Exercise number 40"); at != std::string::npos; at = text.find("40. Exercise", at + 1))
    ++names;
  CHECK(names == 2);
}

TEST_CASE("An ordinary handout keeps its pages: only a paragraph taller than what a page holds is broken") {
  // Six exercises and a two-week log: 4 pages, 5 in large print, in the first edition (one
  // exercise under its pictures), before long text could break; 3 and 4 with the pictures beside
  // the words (edition 2); 3 and 3 once tips and cautions share their two columns evenly and the
  // page's top and bottom edges are 12 mm (edition 3).
  const Sample sample;
  CHECK(pageCount(sample.render("a4.pdf", {core::PaperSize::a4, false, false, 2, 1})) == 4);
  CHECK(pageCount(sample.render("large.pdf", {core::PaperSize::a4, true, false, 2, 1})) == 5);
  CHECK(pageCount(sample.render("a4-2.pdf", {core::PaperSize::a4, false, false, 2, 2})) == 3);
  CHECK(pageCount(sample.render("large-2.pdf", {core::PaperSize::a4, true, false, 2, 2})) == 4);
  CHECK(pageCount(sample.render("a4-3.pdf", {core::PaperSize::a4, false, false, 2, 3})) == 3);
  CHECK(pageCount(sample.render("large-3.pdf", {core::PaperSize::a4, true, false, 2, 3})) == 3);
}

TEST_CASE("A right-to-left override in a name cannot reorder the handout's own words") {
  Sample sample;
  sample.patient.details.given_name = "\u202Eoverride";
  sample.patient.details.family_name = "";
  sample.program.title = "Upper \u202Bback";                      // an embedding that is never closed
  sample.program.items[0].note = "Keep \u202Dthis\u202C steady";  // a paired one, kept as typed
  const auto pdf = sample.render("bidi.pdf");
  for (int page = 1; page <= pageCount(pdf); ++page) {
    INFO("page " << page);
    CHECK_THAT(flat(pdfText(pdf, page)), Contains("override \u2014 home exercises"));
  }
  const std::string text = flat(pdfText(pdf));
  CHECK_THAT(text, Contains("For: override") && Contains("Your home exercises: Upper back") &&
                       Contains("Note from your therapist: Keep this steady"));
}

TEST_CASE("The record's fingerprint is in every page's footer, and a reprint is the same file") {
  Sample sample;
  core::HandoutDocument document = core::buildHandout(sample.program, sample.patient, sample.clinic, {}, {});
  document.record_fingerprint = "3F9A 12C0 77B1";
  const auto pdf = sample.folder / "fingerprint.pdf";
  core::renderPdf(document, pdf);
  const int pages = pageCount(pdf);
  for (int page = 1; page <= pages; ++page) {
    INFO("page " << page);
    CHECK_THAT(flat(pdfText(pdf, page)),
               Contains("Record 3F9A 12C0 77B1 Page " + std::to_string(page) + " of " + std::to_string(pages)));
  }
  for (const Word& word : pdfWords(pdf)) {
    if (word.text == "3F9A") CHECK(word.top >= kTextBottom);  // in the footer band, below the text
  }
  const auto again = sample.folder / "again.pdf";
  core::renderPdf(document, again);
  CHECK(test::readBytes(again) == test::readBytes(pdf));
  document.record_fingerprint.clear();
  core::renderPdf(document, again);
  CHECK_THAT(flat(pdfText(again)), !Contains("Record "));
}

TEST_CASE("The same pages draw on an image for a preview, matching the PDF page for page") {
  const Sample sample;
  const core::HandoutDocument document = core::buildHandout(sample.program, sample.patient, sample.clinic, {}, {});
  const core::HandoutPages pages(document);
  const auto pdf = sample.render("handout.pdf");
  CHECK(pages.count() == pageCount(pdf));

  const double scale = 1.5;  // about 108 dpi, a preview's size
  const int width = static_cast<int>(pages.pageWidth() * scale);
  const int height = static_cast<int>(pages.pageHeight() * scale);
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* cr = cairo_create(image);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  pages.drawPage(cr, 0);
  cairo_destroy(cr);
  cairo_surface_flush(image);
  const unsigned char* pixels = cairo_image_surface_get_data(image);
  const int stride = cairo_image_surface_get_stride(image);
  long dark = 0;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      if (pixels[y * stride + x * 4 + 1] < 128) ++dark;  // the green channel of a dark pixel
    }
  }
  cairo_surface_write_to_png(image, (sample.folder / "preview.png").c_str());
  cairo_surface_destroy(image);
  CHECK(dark > width * height / 100);  // text and frames are there...
  CHECK(dark < width * height / 4);    // ...on a white page
}
