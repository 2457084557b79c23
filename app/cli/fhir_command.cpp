// motus-cli fhir export CHART and fhir import FILE: the patient's record to and from an EHR.
#include "commands.hpp"
#include "open_records.hpp"

#include <motus/core/fhir.hpp>
#include <motus/core/text_folding.hpp>

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace motus::cli {
namespace {

core::FhirOptions optionsFrom(const Invocation& invocation) {
  core::FhirOptions options;
  if (const auto system = invocation.value("identifier-system")) {
    // FHIR's uri: no spaces, and something there (an empty system would make the Bundle invalid).
    if (system->empty() || system->find_first_of(" \t\r\n") != std::string::npos || !core::isValidUtf8(*system)) {
      throw std::invalid_argument(
          "--identifier-system takes a URI without spaces, such as "
          "https://clinic.example.org/charts or urn:motus:chart-number.");
    }
    options.identifier_system = *system;
  }
  return options;
}

std::string listed(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : "; ") + core::displayable(item);
  return text;
}

int exportBundle(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string chart = word(invocation, 2);
  core::Records records = openRecords(invocation);
  const std::string bundle = core::fhirBundle(records, chart, optionsFrom(invocation));
  const std::optional<std::string> file = invocation.value("output");
  if (!file) {
    out << bundle;
    return kExitOk;
  }
  try {
    core::writeFhirFile(*file, bundle, invocation.flag("force"));
  } catch (const std::runtime_error& error) {
    err << error.what() << '\n';
    return kExitProblem;
  }
  out << "Wrote the FHIR R4 Bundle of patient " << core::displayable(chart) << " to " << *file << ".\n";
  return kExitOk;
}

std::string readFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw core::FhirInputError("Could not open " + file + ". Check the file name.");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

int importReferral(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string file = word(invocation, 2);
  core::FhirImportReport report;
  try {
    const std::string json = readFile(file);
    core::Records records = openRecords(invocation);
    const std::string today = Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%d");
    report = core::importFhir(records, json, today, optionsFrom(invocation));
  } catch (const core::FhirInputError& error) {
    err << "Not imported: " << error.what() << " Nothing was changed.\n";
    return kExitProblem;
  }
  const std::string who = core::displayable(report.chart_number) + " (" + core::displayable(report.name) + ")";
  if (!report.changed) {
    out << "Patient " << who << " already has everything this referral says; nothing was changed.\n";
  } else {
    out << (report.created ? "Created patient " : "Updated patient ") << who << " from " << file << ".\n";
  }
  if (!report.details_changed.empty()) out << "Details changed: " << listed(report.details_changed) << ".\n";
  if (!report.conditions_added.empty()) out << "Conditions added: " << listed(report.conditions_added) << ".\n";
  if (!report.conditions_kept.empty()) {
    out << "Conditions already recorded, left as they were: " << listed(report.conditions_kept) << ".\n";
  }
  for (const std::string& line : report.notes_added)
    out << "Kept in the patient's notes: " << core::displayable(line) << '\n';
  if (!report.ignored.empty()) out << "Not imported (Motus does not keep these): " << listed(report.ignored) << ".\n";
  return kExitOk;
}

}  // namespace

int runFhir(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  if (action == "export") return exportBundle(invocation, out, err);
  if (action == "import") return importReferral(invocation, out, err);
  err << "Unknown fhir command '" << action << "'. Run 'motus-cli --help'.\n";
  return kExitUsage;
}

}  // namespace motus::cli
