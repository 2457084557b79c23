#include <motus/core/handout_job.hpp>
#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/core/text_folding.hpp>

#include "records_input.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

namespace motus::core {
namespace {

namespace fs = std::filesystem;

const char* formatName(HandoutFormat format) { return format == HandoutFormat::pdf ? "PDF" : "HTML"; }

// A name beside `file`, so the rename stays on one file system and is atomic.
fs::path temporaryBeside(const fs::path& file) {
  std::random_device random;
  return file.parent_path() / ("." + file.filename().string() + ".motus-" + std::to_string(random()) + ".tmp");
}

// Flushes the written bytes to the disk, so "saved" means saved even if the power goes now.
void syncToDisk(const fs::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw HandoutError("could not save it to the disk (" + reason + ")");
  }
  ::close(fd);
}

void writeText(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw HandoutError("could not write all of it (is the disk full?)");
}

}  // namespace

std::vector<std::string> handoutSettingsProblems(const db::HandoutSettings& settings) {
  std::vector<std::string> problems;
  if (settings.paper != "a4" && settings.paper != "letter") {
    problems.push_back("the paper is a4 or letter, not '" + displayable(settings.paper) + "'");
  }
  if (settings.log_weeks < 0 || settings.log_weeks > 26) {
    problems.push_back("the log has 0 to 26 weeks, not " + std::to_string(settings.log_weeks));
  }
  return problems;
}

HandoutJob::HandoutJob(Records& records, db::Id program, const std::optional<db::HandoutSettings>& settings)
    : records_(records), program_(records.store().program(program)) {
  if (program_.status != db::ProgramStatus::issued) {
    throw HandoutError("Program #" + std::to_string(program) +
                       " is a draft. Issue it first, so the handout matches the record for good.");
  }
  const std::optional<db::HandoutSettings> kept = records.store().handoutSettings(program);
  reprint_ = !settings && kept;
  settings_ = settings ? *settings : kept.value_or(db::HandoutSettings{});
  input::refuseIfAny("handout settings", handoutSettingsProblems(settings_));
  // Kept before anything is delivered, so every later reprint is this same handout.
  if (!kept || *kept != settings_) records.store_.saveHandoutSettings(program, settings_);
  document_ = buildHandout(program_, records.store().patient(program_.patient_id), records.store().clinic(), settings_);
}

void HandoutJob::writeTo(HandoutFormat format, const fs::path& file) {
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": the folder " + folder.string() +
                       " does not exist. Choose another folder.");
  }
  if (fs::is_directory(file, error)) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": " + file.string() +
                       " is a folder. Choose a file name.");
  }
  const fs::path partial = temporaryBeside(file);
  try {
    if (format == HandoutFormat::pdf) {
      renderPdf(document_, partial);
    } else {
      writeText(partial, renderHtml(document_));
    }
    syncToDisk(partial);
    fs::rename(partial, file);
  } catch (const std::exception& failure) {
    fs::remove(partial, error);
    // The reason names the file the person chose, never the temporary one beside it.
    std::string reason = failure.what();
    for (std::size_t at = reason.find(partial.string()); at != std::string::npos; at = reason.find(partial.string()))
      reason.replace(at, partial.string().size(), file.string());
    throw HandoutError("Could not save the " + std::string(formatName(format)) + " to " + file.string() + ": " +
                       reason + (reason.ends_with('.') ? "" : ".") +
                       " Check the folder exists, you may write there and the disk has room.");
  }
  records_.store_.recordExport(program_.id, std::string("handout exported as ") + formatName(format));
}

void HandoutJob::recordPrinted() { records_.store_.recordPrint(program_.id, "handout printed"); }

}  // namespace motus::core
