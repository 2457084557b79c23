#include <motus/core/bidi_text.hpp>
#include <motus/core/html_handout.hpp>

#include "base64.hpp"

#include <sstream>

namespace motus::core {
namespace {

// Text from outside (typed, or a plugin's), escaped, with any bidi control that has no partner in
// it dropped so none can reorder what follows.
std::string safeText(const std::string& content) { return htmlEscape(withoutUnpairedBidiControls(content)); }

// The same, isolated from the words around it (<bdi>), for text set in a line with ours.
std::string isolatedText(const std::string& content) { return "<bdi>" + safeText(content) + "</bdi>"; }

// Only image types a browser shows as pictures; anything else is left out, never passed through.
std::string imageType(const std::string& type) {
  for (const char* known : {"image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"}) {
    if (type == known) return type;
  }
  return {};
}

std::string image(const std::string& bytes, const std::string& type, const std::string& alt, const char* css_class) {
  const std::string uri = imageDataUri(bytes, type);
  if (uri.empty()) return {};
  return "<img class=\"" + std::string(css_class) + "\" alt=\"" + htmlEscape(alt) + "\" src=\"" + uri + "\">";
}

void list(std::ostringstream& out, const char* tag, const char* css_class, const std::vector<std::string>& items,
          const char* label = nullptr) {
  if (items.empty()) return;
  if (label != nullptr) out << "<p class=\"label\">" << label << "</p>";
  out << "<" << tag << " class=\"" << css_class << "\">";
  for (const std::string& item : items) out << "<li>" << safeText(item) << "</li>";
  out << "</" << tag << ">\n";
}

// Escaped, with each line break kept as <br>.
std::string multiline(const std::string& content) {
  std::string html;
  for (const char c : safeText(content)) html += c == '\n' ? std::string("<br>") : std::string(1, c);
  return html;
}

std::string contactLine(const db::ClinicProfile& clinic) {
  std::string line = clinic.phone.empty() ? "" : isolatedText(clinic.phone);
  if (!clinic.email.empty()) line += (line.empty() ? "" : " &middot; ") + isolatedText(clinic.email);
  return line;
}

std::string styles(const HandoutOptions& options) {
  const char* body = options.large_print ? "16pt" : "12pt";
  const char* paper = options.paper == PaperSize::letter ? "letter" : "A4";
  return std::string(R"css(
@page { size: )css") +
         paper + R"css(; margin: 16mm 15mm; }
html { background: #fff; color: #000; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: )css" +
         body +
         R"css(; line-height: 1.45; margin: 0 auto; max-width: 48em; padding: 1em; text-align: left; }
h1 { font-size: 1.5em; margin: 0; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }
h3 { font-size: 1.2em; margin: 0 0 0.5em; display: flex; gap: 0.5em; align-items: baseline; }
.clinic { display: flex; gap: 1em; align-items: center; border-bottom: 2px solid #000; padding-bottom: 0.6em; }
.clinic p { margin: 0.2em 0 0; }
.logo { max-height: 4em; max-width: 10em; }
.who { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.8em 0; }
.who dt { font-weight: bold; }
.who dd { margin: 0; }
.how { border-left: 4px solid #000; padding-left: 0.6em; }
.exercise { border: 1.5px solid #000; border-radius: 6px; padding: 0.8em 1em; margin: 1em 0;
            break-inside: avoid; page-break-inside: avoid; }
.number { display: inline-block; min-width: 1.6em; text-align: center; border: 2px solid #000; border-radius: 50%; }
.pictures { display: flex; gap: 1em; margin-bottom: 0.6em; }
.pictures figure { margin: 0; text-align: center; }
.pictures img { width: 12em; height: auto; border: 1px solid #999; }
.how-much { font-weight: bold; list-style: none; padding: 0.4em 0.6em; margin: 0.4em 0; background: #f2f2f2; }
.steps li { margin-bottom: 0.3em; }
.label { font-weight: bold; margin: 0.6em 0 0.1em; }
.label + ol, .label + ul { margin-top: 0; }
.cues, .precautions { margin: 0.4em 0; }
.note { border-top: 1px dashed #000; padding-top: 0.4em; }
.stop { border: 3px solid #000; padding: 0.6em 1em; margin: 1.2em 0; break-inside: avoid; }
.stop h2 { margin-top: 0; }
.education { break-inside: avoid; }
.log table { border-collapse: collapse; width: 100%; margin-bottom: 1em; break-inside: avoid; }
.log th, .log td { border: 1px solid #000; padding: 0.25em; text-align: center; }
.log th:first-child, .log td:first-child { text-align: left; width: 40%; }
.box { display: inline-block; width: 1em; height: 1em; border: 1.5px solid #000; }
footer { border-top: 2px solid #000; margin-top: 1.5em; padding-top: 0.5em; }
.record { font-size: 0.8em; margin: 0.4em 0 0; }
@media print { body { max-width: none; padding: 0; } }
)css";
}

// Edition 2: the pictures at the left of the words (6 cm, 8 cm in large print), the words beside
// them and then under them; an exercise never broken across printed pages, a heading never left
// at the foot of one. The pictures get a fixed height: with only a width, Chromium's print
// layout sized each exercise as if it were far taller and gave it a page of its own.
std::string secondEditionStyles(const HandoutOptions& options) {
  return std::string(R"css(
.exercise { display: flow-root; padding: 0.6em 0.8em; margin: 0.8em 0; }
.exercise .pictures { float: left; flex-direction: column; gap: 0.4em; margin: 0 1em 0.4em 0; width: )css") +
         (options.large_print ? "8cm" : "6cm") + R"css(; }
.exercise .pictures figure { position: relative; }
.exercise .pictures img { width: 100%; box-sizing: border-box; object-fit: contain; height: )css" +
         (options.large_print ? "5cm" : "3.7cm") + R"css(; }
body { line-height: 1.3; }
.exercise .pictures figcaption { position: absolute; top: 2px; left: 4px; font-size: 0.8em; font-weight: bold; }
.exercise h3 { margin-bottom: 0.3em; }
.how-much li { display: inline; margin-right: 0.3em; }
.exercise ol, .exercise ul { list-style-position: inside; padding-left: 0; }  /* markers beside a float stay seen */
.lists { display: flex; gap: 1em; clear: both; }
.lists > div { flex: 1; }
.advice { font-weight: bold; }
.shared { border: 1.5px solid #000; padding: 0.4em 1em; margin: 0.8em 0; break-inside: avoid; }
.shared h2 { font-size: 1.15em; margin: 0.2em 0; }
.time { font-weight: bold; }
h2, h3, .label, .log > p { break-after: avoid; page-break-after: avoid; }
.exercise.page { break-before: page; page-break-before: always; }
)css";
}

void exerciseBlock(std::ostringstream& out, const HandoutExercise& exercise, const HandoutOptions& options) {
  const bool second = options.edition >= 2;
  out << "<article class=\"exercise" << (second && options.one_per_page ? " page" : "")
      << "\">\n<h3><span class=\"number\">" << exercise.number << "</span> " << isolatedText(exercise.name)
      << "</h3>\n";
  const std::string start =
      image(exercise.start_svg, "image/svg+xml", "Start: " + bidiIsolated(exercise.name), "picture");
  const std::string finish =
      image(exercise.finish_svg, "image/svg+xml", "Finish: " + bidiIsolated(exercise.name), "picture");
  if (!start.empty() || !finish.empty()) {
    out << "<div class=\"pictures\">";
    if (!start.empty()) out << "<figure>" << start << "<figcaption>Start</figcaption></figure>";
    if (!finish.empty()) out << "<figure>" << finish << "<figcaption>Finish</figcaption></figure>";
    out << "</div>\n";
  }
  list(out, "ul", "how-much", exercise.dosage);
  list(out, "ol", "steps", exercise.steps, "How to do it");
  if (!second) {
    list(out, "ul", "cues", exercise.cues, "Tips");
    list(out, "ul", "precautions", exercise.precautions, "Take care");
  } else {
    // Tips and "Take care" side by side under the pictures, the advice for this patient first.
    out << "<div class=\"lists\">";
    if (!exercise.cues.empty()) {
      out << "<div>";
      list(out, "ul", "cues", exercise.cues, "Tips");
      out << "</div>";
    }
    if (!exercise.advice.empty() || !exercise.precautions.empty()) {
      out << "<div><p class=\"label\">Take care</p><ul class=\"precautions\">";
      for (const std::string& line : exercise.advice) out << "<li class=\"advice\">" << safeText(line) << "</li>";
      for (const std::string& line : exercise.precautions) out << "<li>" << safeText(line) << "</li>";
      out << "</ul></div>";
    }
    out << "</div>\n";
  }
  if (!exercise.note.empty()) {
    out << "<p class=\"note\"><strong>Note from your therapist:</strong> " << isolatedText(exercise.note) << "</p>\n";
  }
  out << "</article>\n";
}

void adherenceLog(std::ostringstream& out, const HandoutDocument& document) {
  if (document.log_days <= 0 || document.exercises.empty()) return;
  out << "<section class=\"log\">\n<h2>Exercise log</h2>\n<p>Tick a box on each day you do the exercise.</p>\n";
  for (int first = 1; first <= document.log_days; first += 7) {
    const int last = std::min(first + 6, document.log_days);
    out << "<table><thead><tr><th>Exercise</th>";
    for (int day = first; day <= last; ++day) out << "<th>Day " << day << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const HandoutExercise& exercise : document.exercises) {
      out << "<tr><td>" << exercise.number << ". " << isolatedText(exercise.name) << "</td>";
      for (int day = first; day <= last; ++day) out << "<td><span class=\"box\"></span></td>";
      out << "</tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</section>\n";
}

}  // namespace

std::string imageDataUri(const std::string& bytes, const std::string& type) {
  const std::string mime = imageType(type);
  if (bytes.empty() || mime.empty()) return {};
  return "data:" + mime + ";base64," + base64Encode(bytes);
}

std::string htmlEscape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

std::string htmlPageStart(const std::string& title, const std::string& css) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
         "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" +
         htmlEscape(title) + "</title>\n<style>" + css + "</style>\n</head>\n<body>\n";
}

std::string renderHtml(const HandoutDocument& document) {
  const db::ClinicProfile& clinic = document.clinic;
  std::ostringstream out;
  // <title> and alt="" hold text only: there the isolates are Unicode's own (FSI ... PDI).
  const bool second = document.options.edition >= 2;
  out << htmlPageStart("Home exercises for " + bidiIsolated(document.patient_name),
                       styles(document.options) + (second ? secondEditionStyles(document.options) : ""));

  out << "<header class=\"clinic\">"
      << image(clinic.logo, clinic.logo_type, bidiIsolated(clinic.name) + " logo", "logo") << "<div><h1>"
      << safeText(clinic.name) << "</h1>";
  if (!clinic.address.empty()) out << "<p>" << multiline(clinic.address) << "</p>";
  out << "<p>" << contactLine(clinic) << "</p></div></header>\n";

  out << "<section>\n<h2>Your home exercises"
      << (document.program_title.empty() ? "" : ": " + isolatedText(document.program_title))
      << "</h2>\n<dl class=\"who\"><dt>For</dt><dd>" << isolatedText(document.patient_name) << "</dd><dt>Date</dt><dd>"
      << htmlEscape(document.date) << "</dd>";
  if (!document.clinician.empty()) out << "<dt>From</dt><dd>" << isolatedText(document.clinician) << "</dd>";
  out << "</dl>\n<p class=\"how\">" << htmlEscape(document.how_to_use) << "</p>\n";
  if (!document.program_time.empty()) out << "<p class=\"time\">" << htmlEscape(document.program_time) << "</p>\n";
  out << "</section>\n";

  for (const SharedPanel& panel : document.shared) {
    out << "<section class=\"shared\">\n<h2>" << htmlEscape(panel.heading) << "</h2>\n";
    list(out, "ul", "points", panel.lines);
    out << "</section>\n";
  }
  for (const HandoutExercise& exercise : document.exercises) exerciseBlock(out, exercise, document.options);

  out << "<section class=\"stop\">\n<h2>Stop and call us if</h2>\n";
  list(out, "ul", "warnings", document.stop_and_call);
  if (!second) {
    out << "<p>Call " << (clinic.name.empty() ? std::string("your therapist") : isolatedText(clinic.name))
        << (clinic.phone.empty() ? "" : " at " + isolatedText(clinic.phone)) << ".</p>\n</section>\n";
  } else if (clinic.phone.empty()) {
    out << "<p>Call the clinic that gave you this sheet.</p>\n</section>\n";
  } else {
    out << "<p>Call " << (clinic.name.empty() ? std::string("us") : isolatedText(clinic.name)) << " at "
        << isolatedText(clinic.phone) << ".</p>\n</section>\n";
  }

  for (const sdk::EducationTopic& topic : document.education) {
    out << "<section class=\"education\">\n<h2>" << safeText(topic.title) << "</h2>\n";
    list(out, "ul", "points", topic.points);
    out << "</section>\n";
  }
  adherenceLog(out, document);
  out << "<footer><strong>" << safeText(clinic.name) << "</strong><br>" << multiline(clinic.address)
      << (clinic.address.empty() ? "" : "<br>") << contactLine(clinic);
  // The record's fingerprint, so the paper can be matched to the record years later.
  if (!document.record_fingerprint.empty())
    out << "<p class=\"record\">Record " << htmlEscape(document.record_fingerprint) << "</p>";
  out << "</footer>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace motus::core
