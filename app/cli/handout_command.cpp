// motus-cli handout PROGRAM --pdf FILE --html FILE: the patient's handout for an issued program.
#include "cli_log.hpp"
#include "commands.hpp"
#include "loaded_library.hpp"
#include "open_records.hpp"

#include <motus/core/handout_job.hpp>
#include <motus/core/text_folding.hpp>

#include <filesystem>
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

// True when both names lead to one file (through links, "..", or a second hard link).
bool sameFile(const std::string& first, const std::string& second) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::equivalent(first, second, error) && !error) return true;
  const fs::path a = fs::weakly_canonical(fs::absolute(first), error);
  const fs::path b = fs::weakly_canonical(fs::absolute(second), error);
  return !error && a == b;
}

// Each file asked for, refused before any is written: an existing one without --force, or one
// that cannot be written at all (no such folder), so a handout is never half delivered.
void checkTargets(const std::optional<std::string>& pdf, const std::optional<std::string>& html, bool force) {
  const std::pair<core::HandoutFormat, const std::optional<std::string>*> targets[] = {
      {core::HandoutFormat::pdf, &pdf}, {core::HandoutFormat::html, &html}};
  for (const auto& [format, file] : targets) {
    if (!*file) continue;
    std::error_code error;
    if (!force && std::filesystem::exists(**file, error)) {
      throw core::HandoutError(**file + " already exists. Add --force to replace it, or choose another name.");
    }
    core::checkHandoutTarget(format, **file, force ? core::Overwrite::allow : core::Overwrite::refuse);
  }
}

}  // namespace

int runHandout(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string target = word(invocation, 1);
  const auto html = invocation.value("html");
  const auto pdf = invocation.value("pdf");
  if (target.empty() || (!html && !pdf)) {
    err << "Usage: motus-cli handout PROGRAM_ID [--pdf FILE] [--html FILE] [--force] [--paper a4|letter]\n"
           "                         [--layout compact|one-per-page] [--large-print] [--no-pictures] [--log-weeks N] "
           "[--education plugin/topic,...]\n"
           "The options are kept with the program: without any, a reprint uses the ones chosen before.\n";
    return kExitUsage;
  }
  if (pdf && html && sameFile(*pdf, *html)) {
    throw std::invalid_argument("--pdf and --html both name " + *pdf + ": give each its own file.");
  }
  const bool force = invocation.flag("force");
  const core::Overwrite overwrite = force ? core::Overwrite::allow : core::Overwrite::refuse;
  core::Records records = openRecords(invocation);
  const db::Id program = parseId(target, "a program id");
  // Options given now change only what they name in the settings kept with the program (which
  // are kept in turn): --paper letter on a large-print handout stays large print. Without any,
  // the kept ones make this the same handout as before.
  const bool changed = invocation.value("paper") || invocation.flag("large-print") ||
                       invocation.flag("regular-print") || invocation.flag("no-pictures") ||
                       invocation.flag("pictures") || invocation.value("log-weeks") || invocation.value("education") ||
                       invocation.value("layout");
  if (invocation.flag("large-print") && invocation.flag("regular-print"))
    throw std::invalid_argument("--large-print and --regular-print ask for opposite things: give one.");
  if (invocation.flag("pictures") && invocation.flag("no-pictures"))
    throw std::invalid_argument("--pictures and --no-pictures ask for opposite things: give one.");
  std::optional<db::HandoutSettings> settings;
  if (changed) {
    settings = records.store().handoutSettings(program).value_or(db::HandoutSettings{});
    if (const auto paper = invocation.value("paper")) settings->paper = *paper;
    if (settings->paper != "a4" && settings->paper != "letter")
      throw std::invalid_argument("--paper is a4 or letter, not '" + core::displayable(settings->paper) + "'.");
    if (const auto layout = invocation.value("layout")) settings->layout = *layout;
    if (settings->layout != "compact" && settings->layout != "one-per-page")
      throw std::invalid_argument("--layout is compact or one-per-page, not '" + core::displayable(settings->layout) +
                                  "'.");
    if (invocation.flag("large-print")) settings->large_print = true;
    if (invocation.flag("regular-print")) settings->large_print = false;
    if (invocation.flag("no-pictures")) settings->pictures = false;
    if (invocation.flag("pictures")) settings->pictures = true;
    if (const auto weeks = invocation.value("log-weeks")) {
      const std::optional<sdk::Range> parsed = core::parseRange(*weeks);
      if (!parsed || !parsed->isSingle() || parsed->low < 0 || parsed->low > 26) {
        throw std::invalid_argument("--log-weeks takes a whole number from 0 to 26, not '" + *weeks + "'.");
      }
      settings->log_weeks = parsed->low;
    }
    if (invocation.value("education")) {
      const LoadedLibrary library = loadLibrary(invocation);
      bool missing = false;
      settings->education = chosenTopics(invocation, library, err, missing);
      if (missing) return kExitProblem;
    }
  }
  try {
    core::HandoutJob job(records, program, settings);
    if (job.reprint()) out << "Using the handout settings kept with program #" << program << ".\n";
    checkTargets(pdf, html, force);
    // Said before anything is written, so the therapist can fix it and hand out again.
    for (const core::HandoutWarning& warning : core::handoutWarnings(job.document()))
      err << "Warning: " << warning.detail << '\n';
    if (pdf) {
      job.writeTo(core::HandoutFormat::pdf, *pdf, overwrite);
      out << "Wrote the PDF handout for program #" << program << " to " << *pdf << ".\n";
    }
    if (html) {
      job.writeTo(core::HandoutFormat::html, *html, overwrite);
      out << "Wrote the HTML handout for program #" << program << " to " << *html << ".\n";
    }
  } catch (const core::HandoutError& error) {
    err << error.what() << '\n';
    return logError(error, kExitProblem);
  }
  return kExitOk;
}

}  // namespace motus::cli
