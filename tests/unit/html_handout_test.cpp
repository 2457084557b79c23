// The HTML handout read back as text: everything the patient needs is there, hostile text stays
// text, and nothing can run or reach outside the file.
#include "../support/sample_records.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/html_handout.hpp>

#include <catch2/catch.hpp>

#include <regex>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

const std::string kHostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;";

struct Sample {
  db::Program program;
  db::Patient patient;
  db::ClinicProfile clinic{"Riverside PT",
                           "12 Mill Road\nSpringfield",
                           "541-555-0142",
                           "front@riverside.example",
                           "<svg xmlns='http://www.w3.org/2000/svg'/>",
                           "image/svg+xml"};
  Sample() {
    program.id = 7;
    program.title = "Upper back";
    program.status = db::ProgramStatus::issued;
    program.issued_at = "2026-11-25T19:40:02.153Z";
    program.clinician = "Dana Lee, PT";
    program.items = {test::sampleItem("thoracic-pivot", 12), test::sampleItem("snow-angel", 10)};
    program.items[1].exercise.spec.name = "Snow angels";
    program.items[1].exercise.spec.illustrations = {"<svg xmlns='http://www.w3.org/2000/svg'><circle r='3'/></svg>",
                                                    ""};
    patient.details = test::samplePatient();
  }
  core::HandoutDocument document(core::HandoutOptions options = {}) const {
    return core::buildHandout(program, patient, clinic, {{"benefits", "What rolling does", {"Less pain."}}}, options);
  }
};

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("The handout holds the clinic, the patient, each exercise with its dosage, the warnings and the log") {
  const Sample sample;
  const std::string html = core::renderHtml(sample.document());
  CHECK_THAT(html, Contains("<h1>Riverside PT</h1>") && Contains("12 Mill Road<br>Springfield"));
  CHECK_THAT(html, Contains("<dd><bdi>Mai Nguyen</bdi></dd>") && Contains("<dd>25 November 2026</dd>") &&
                       Contains("<dd><bdi>Dana Lee, PT</bdi></dd>"));
  const bool inProgramOrder = html.find("Upper-back arch") < html.find("Snow angels");
  CHECK(inProgramOrder);
  for (const db::ProgramItem& item : sample.program.items) {
    for (const std::string& sentence : core::dosageSentences(item.dosage)) CHECK_THAT(html, Contains(sentence));
    for (const std::string& step : item.exercise.spec.steps) CHECK_THAT(html, Contains(step));
  }
  CHECK_THAT(html, Contains("Note from your therapist:</strong> <bdi>Go gently on the left side.</bdi>"));
  CHECK_THAT(html, Contains("<h2>Stop and call us if</h2>") && Contains("Soreness lasts more than 2 days."));
  CHECK_THAT(html, Contains("<h2>What rolling does</h2>"));
  CHECK(count(html, "<table>") == 2);                           // 2 weeks of log
  CHECK(count(html, "<span class=\"box\"></span>") == 2 * 14);  // 2 exercises x 14 days
  CHECK(count(html, "<article class=\"exercise\">") == 2);
  CHECK_THAT(html, Contains("break-inside: avoid"));  // an exercise stays on one printed page
}

TEST_CASE("Options: paper, large print, pictures, log length") {
  const Sample sample;
  core::HandoutOptions options;
  CHECK_THAT(core::renderHtml(sample.document(options)), Contains("size: A4") && Contains("font-size: 12pt"));
  options.paper = core::PaperSize::letter;
  options.large_print = true;
  options.log_weeks = 0;
  const std::string large = core::renderHtml(sample.document(options));
  CHECK_THAT(large, Contains("size: letter") && Contains("font-size: 16pt"));
  CHECK(large.find("Exercise log") == std::string::npos);
  CHECK(count(large, "class=\"picture\"") == 1);  // only the snow angel has a picture
  options.pictures = false;
  CHECK(count(core::renderHtml(sample.document(options)), "class=\"picture\"") == 0);
}

TEST_CASE("Hostile text in every field a person or plugin can fill stays text") {
  Sample sample;
  sample.patient.details.given_name = kHostile;
  sample.patient.details.family_name = kHostile;
  sample.clinic = {kHostile, kHostile, kHostile, kHostile, "x", "image/png\"><script>alert(3)</script>"};
  sample.program.title = kHostile;
  sample.program.clinician = kHostile;
  sample.program.items[0].note = kHostile;
  sample.program.items[0].dosage.load = kHostile;
  sdk::ExerciseSpec& spec = sample.program.items[0].exercise.spec;
  spec.name = kHostile;
  spec.steps = {kHostile};
  spec.cues = {kHostile};
  spec.precautions = {kHostile};
  const std::string html = core::renderHtml(
      core::buildHandout(sample.program, sample.patient, sample.clinic, {{"x", kHostile, {kHostile}}}, {}));
  CHECK(html.find("<script") == std::string::npos);
  const bool eventHandler = std::regex_search(html, std::regex("<[a-z]+[^>]* on[a-z]+="));
  CHECK_FALSE(eventHandler);
  CHECK_THAT(
      html,
      Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;"));
  CHECK(html.find("image/png\"") == std::string::npos);  // an unknown logo type is dropped, never passed through
}

TEST_CASE("Nothing can run or be fetched: a strict Content-Security-Policy and only data: pictures") {
  const Sample sample;
  const std::string html = core::renderHtml(sample.document());
  CHECK_THAT(html,
             Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
  const std::regex source("(src|href)=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), source); it != std::sregex_iterator(); ++it) {
    CHECK((*it)[2].str().rfind("data:image/", 0) == 0);
  }
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
}

TEST_CASE("Typed text beside our words is isolated, and an override typed into it cannot leak") {
  Sample sample;
  sample.patient.details.given_name = "\u202Eoverride";
  sample.patient.details.family_name = "Oakes";
  sample.program.title = "Upper \u2067back";                      // an isolate that is never closed
  sample.program.items[0].note = "Keep \u202Bthis\u202C steady";  // paired, kept as typed
  const std::string html = core::renderHtml(sample.document());
  CHECK_THAT(html, Contains("<dd><bdi>override Oakes</bdi></dd>"));
  CHECK_THAT(html, Contains("<title>Home exercises for \u2068override Oakes\u2069</title>"));
  CHECK_THAT(html, Contains("<h2>Your home exercises: <bdi>Upper back</bdi></h2>"));
  CHECK_THAT(html, Contains("<strong>Note from your therapist:</strong> <bdi>Keep \u202Bthis\u202C steady</bdi>"));
  CHECK_THAT(html, Contains("<p>Call <bdi>Riverside PT</bdi> at <bdi>541-555-0142</bdi>.</p>"));
  CHECK(html.find("\u202E") == std::string::npos);
  CHECK(html.find("\u2067") == std::string::npos);
}

TEST_CASE("The record's fingerprint is printed in the footer when there is one") {
  const Sample sample;
  core::HandoutDocument document = sample.document();
  CHECK(core::renderHtml(document).find("Record ") == std::string::npos);
  document.record_fingerprint = "3F9A 12C0 77B1";
  const std::string html = core::renderHtml(document);
  const auto footer = html.find("<footer>");
  REQUIRE(footer != std::string::npos);
  CHECK(html.find("<p class=\"record\">Record 3F9A 12C0 77B1</p></footer>") > footer);
  CHECK(html.find("<p class=\"record\">Record 3F9A 12C0 77B1</p></footer>") != std::string::npos);
}

TEST_CASE("One encoder for element text and attributes") {
  CHECK(core::htmlEscape("a < b & c > d \"e\" 'f'") == "a &lt; b &amp; c &gt; d &quot;e&quot; &#39;f&#39;");
  CHECK(core::htmlEscape("Zoë 😀") == "Zoë 😀");
  CHECK(core::longDate("2026-02-03T10:00:00.000Z") == "3 February 2026");
}
