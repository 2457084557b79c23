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

// A new file beside `file` (so the rename stays on one file system and is atomic), made by us
// alone (O_EXCL: nothing planted under its name is followed) and readable only by us until it
// is complete.
fs::path createTemporaryBeside(const fs::path& file) {
  std::random_device random;
  for (int attempt = 0; attempt < 16; ++attempt) {
    const fs::path candidate =
        file.parent_path() / ("." + file.filename().string() + ".motus-" + std::to_string(random()) + ".tmp");
    const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
      ::close(fd);
      return candidate;
    }
    if (errno != EEXIST) throw HandoutError(std::string("the folder cannot be written (") + std::strerror(errno) + ")");
  }
  throw HandoutError("no temporary file could be made beside it");
}

// The permissions the finished file gets: those of the file it replaces, else rw-r--r--.
void giveFinalMode(const fs::path& partial, const fs::path& file) {
  std::error_code error;
  const fs::file_status existing = fs::status(file, error);
  const fs::perms mode = !error && fs::exists(existing) ? existing.permissions()
                                                        : fs::perms::owner_read | fs::perms::owner_write |
                                                              fs::perms::group_read | fs::perms::others_read;
  fs::permissions(partial, mode, error);
}

// Flushes the bytes (or, for a folder, the new name) to the disk, so "saved" means saved even if
// the power goes now.
void syncToDisk(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw HandoutError("could not save it to the disk (" + reason + ")");
  }
  ::close(fd);
}

void writeText(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out.is_open()) throw HandoutError(std::string("it could not be opened (") + std::strerror(errno) + ")");
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
  // Kept only once something is really handed out (keepSettings), so that a failed export or a
  // cancelled print never changes what a reprint will be.
  settings_new_ = !kept || *kept != settings_;
  document_ = buildHandout(program_, records.store().patient(program_.patient_id), records.store().clinic(), settings_);
}

void HandoutJob::keepSettings() {
  if (!settings_new_) return;
  records_.store_.saveHandoutSettings(program_.id, settings_);
  settings_new_ = false;
}

void HandoutJob::writeTo(HandoutFormat format, const fs::path& chosen) {
  std::error_code error;
  // Replacing a symbolic link would leave the file it points to as it was: write that file.
  fs::path file = chosen;
  for (int hops = 0; hops < 8 && fs::is_symlink(file, error); ++hops) {
    const fs::path target = fs::read_symlink(file, error);
    file = target.is_absolute() ? target : file.parent_path() / target;
  }
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  if (!fs::is_directory(folder, error)) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": the folder " + folder.string() +
                       " does not exist. Choose another folder.");
  }
  if (fs::is_directory(file, error)) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": " + file.string() +
                       " is a folder. Choose a file name.");
  }
  fs::path partial;
  try {
    partial = createTemporaryBeside(file);
    if (format == HandoutFormat::pdf) {
      renderPdf(document_, partial);
    } else {
      writeText(partial, renderHtml(document_));
    }
    giveFinalMode(partial, file);
    syncToDisk(partial, O_RDONLY);
    if (::rename(partial.c_str(), file.c_str()) != 0) {
      throw HandoutError(std::string("it could not take the file's place (") + std::strerror(errno) + ")");
    }
    syncToDisk(folder, O_RDONLY | O_DIRECTORY);
  } catch (const std::exception& failure) {
    if (!partial.empty()) fs::remove(partial, error);
    // The reason names the file the person chose, never the temporary one beside it.
    std::string reason = failure.what();
    for (std::size_t at = partial.empty() ? std::string::npos : reason.find(partial.string()); at != std::string::npos;
         at = reason.find(partial.string()))
      reason.replace(at, partial.string().size(), file.string());
    throw HandoutError("Could not save the " + std::string(formatName(format)) + " to " + file.string() + ": " +
                       reason + (reason.ends_with('.') ? "" : ".") +
                       " Check the folder exists, you may write there and the disk has room.");
  }
  keepSettings();
  records_.store_.recordExport(program_.id, std::string("handout exported as ") + formatName(format));
}

void HandoutJob::recordPrinted() {
  keepSettings();
  records_.store_.recordPrint(program_.id, "handout printed");
}

}  // namespace motus::core
