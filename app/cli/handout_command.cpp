// motus-cli handout PROGRAM --pdf FILE --html FILE: the patient's handout for an issued program.
#include "commands.hpp"
#include "loaded_library.hpp"
#include "open_records.hpp"

#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>

#include <fstream>
#include <ostream>
#include <stdexcept>

namespace motus::cli {
namespace {

// Education topics by "plugin/topic" id, from the plugins loaded now.
std::vector<sdk::EducationTopic> chosenTopics(const Invocation& invocation, const LoadedLibrary& library,
                                              std::ostream& err, bool& missing) {
  std::vector<sdk::EducationTopic> topics;
  const std::string list = invocation.value("education").value_or("");
  std::size_t start = 0;
  while (start < list.size()) {
    const std::size_t end = std::min(list.find(',', start), list.size());
    const std::string wanted = list.substr(start, end - start);
    start = end + 1;
    if (wanted.empty()) continue;
    bool found = false;
    for (const core::PluginRecord& plugin : library.host->plugins()) {
      for (const sdk::EducationTopic& topic : plugin.education) {
        if (plugin.info.id + "/" + topic.id == wanted) {
          topics.push_back(topic);
          found = true;
        }
      }
    }
    if (!found) {
      err << "No education topic has the id '" << wanted << "' (written plugin/topic, e.g. foam-rolling/benefits).\n";
      missing = true;
    }
  }
  return topics;
}

}  // namespace

int runHandout(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string target = word(invocation, 1);
  const auto html = invocation.value("html");
  const auto pdf = invocation.value("pdf");
  if (target.empty() || (!html && !pdf)) {
    err << "Usage: motus-cli handout PROGRAM_ID [--pdf FILE] [--html FILE] [--paper a4|letter] [--large-print]\n"
           "                         [--no-pictures] [--log-weeks N] [--education plugin/topic,...]\n"
           "The options are kept with the program: without any, a reprint uses the ones chosen before.\n";
    return kExitUsage;
  }
  core::Records records = openRecords(invocation);
  const db::Program program = records.store().program(parseId(target, "a program id"));
  if (program.status != db::ProgramStatus::issued) {
    err << "Program #" << program.id << " is a draft. Issue it first ('motus-cli programs issue " << program.id
        << "'), so the handout matches the record for good.\n";
    return kExitProblem;
  }
  // The settings kept with the program make every reprint the same handout; options given now
  // replace them (and are kept in turn).
  const std::optional<db::HandoutSettings> saved = records.store().handoutSettings(program.id);
  const bool changed = invocation.value("paper") || invocation.flag("large-print") || invocation.flag("no-pictures") ||
                       invocation.value("log-weeks") || invocation.value("education");
  db::HandoutSettings settings = saved && !changed ? *saved : db::HandoutSettings{};
  if (changed || !saved) {
    const std::string paper = invocation.value("paper").value_or("a4");
    if (paper != "a4" && paper != "letter")
      throw std::invalid_argument("--paper is a4 or letter, not '" + paper + "'.");
    settings.paper = paper;
    settings.large_print = invocation.flag("large-print");
    settings.pictures = !invocation.flag("no-pictures");
    if (const auto weeks = invocation.value("log-weeks")) {
      const std::optional<sdk::Range> parsed = core::parseRange(*weeks);
      if (!parsed || !parsed->isSingle() || parsed->low < 0 || parsed->low > 26) {
        throw std::invalid_argument("--log-weeks takes a whole number from 0 to 26, not '" + *weeks + "'.");
      }
      settings.log_weeks = parsed->low;
    }
    const LoadedLibrary library = loadLibrary(invocation);
    bool missing = false;
    settings.education = chosenTopics(invocation, library, err, missing);
    if (missing) return kExitProblem;
    records.store().saveHandoutSettings(program.id, settings);
  } else {
    out << "Using the handout settings kept with program #" << program.id << ".\n";
  }
  const core::HandoutDocument document =
      core::buildHandout(program, records.store().patient(program.patient_id), records.store().clinic(), settings);
  if (pdf) {
    core::renderPdf(document, *pdf);
    records.store().recordExport(program.id, "handout exported as PDF");
    out << "Wrote the PDF handout for program #" << program.id << " to " << *pdf << ".\n";
  }
  if (html) {
    std::ofstream file(*html, std::ios::binary | std::ios::trunc);
    file << core::renderHtml(document);
    file.close();
    if (!file) {
      err << "Could not write " << *html << ". Check the folder exists and you may write there.\n";
      return kExitProblem;
    }
    records.store().recordExport(program.id, "handout exported as HTML");
    out << "Wrote the HTML handout for program #" << program.id << " to " << *html << ".\n";
  }
  return kExitOk;
}

}  // namespace motus::cli
