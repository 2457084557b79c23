#include <motus/core/handout_job.hpp>
#include <motus/core/html_handout.hpp>
#include <motus/core/pdf_handout.hpp>
#include <motus/core/text_folding.hpp>

#include "output_file.hpp"
#include "records_input.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <unistd.h>

#include <cerrno>
#include <random>
#include <stdexcept>

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
    if (errno != EEXIST) throw FileWriteError(errno);
  }
  throw std::runtime_error("no temporary file could be made beside it");
}

// The permissions the finished file gets: those of the file it replaces, else rw-r--r--.
fs::perms finalMode(const fs::path& file) {
  std::error_code error;
  const fs::file_status existing = fs::status(file, error);
  return !error && fs::exists(existing)
             ? existing.permissions() & fs::perms::mask
             : fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read;
}

// Flushes a folder's new name to the disk, so "saved" means saved even if the power goes now.
void syncFolder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int failure = errno;
    if (fd >= 0) ::close(fd);
    throw FileWriteError(failure);
  }
  ::close(fd);
}

std::string alreadyThere(HandoutFormat format, const fs::path& file) {
  return "Did not save the " + std::string(formatName(format)) + ": " + file.string() +
         " already exists and replacing it was not asked for. Choose another name.";
}

// The finished file takes `file`'s name; with `overwrite` refused, only if nothing has it (checked
// by the kernel in the same step, so a file that appeared meanwhile is not replaced either).
void moveIntoPlace(HandoutFormat format, const fs::path& partial, const fs::path& file, Overwrite overwrite) {
  if (overwrite == Overwrite::refuse) {
    if (::renameat2(AT_FDCWD, partial.c_str(), AT_FDCWD, file.c_str(), RENAME_NOREPLACE) == 0) return;
    if (errno == EEXIST) throw HandoutError(alreadyThere(format, file));
    if (errno != EINVAL) throw FileWriteError(errno);
    // A file system that cannot refuse in the rename itself: the check just before has to do.
    std::error_code error;
    if (fs::exists(fs::symlink_status(file, error))) throw HandoutError(alreadyThere(format, file));
  }
  if (::rename(partial.c_str(), file.c_str()) != 0) throw FileWriteError(errno);
}

// A symbolic link is replaced by writing the file it points to (replacing the link would leave
// that file as it was).
fs::path throughLinks(const fs::path& chosen) {
  std::error_code error;
  fs::path file = chosen;
  for (int hops = 0; hops < 8 && fs::is_symlink(file, error); ++hops) {
    const fs::path target = fs::read_symlink(file, error);
    file = target.is_absolute() ? target : file.parent_path() / target;
  }
  return file;
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
  if (settings.layout != "compact" && settings.layout != "one-per-page") {
    problems.push_back("the layout is compact or one-per-page, not '" + displayable(settings.layout) + "'");
  }
  if (settings.edition < 1 || settings.edition > db::HandoutSettings{}.edition) {
    problems.push_back("the handout edition " + std::to_string(settings.edition) +
                       " is not one this Motus prints; update Motus to reprint it");
  }
  return problems;
}

HandoutJob::HandoutJob(Records& records, db::Id program, const std::optional<db::HandoutSettings>& settings)
    : records_(records), program_(records.store().program(program)) {
  if (program_.status != db::ProgramStatus::issued) {
    throw HandoutError("Program #" + std::to_string(program) +
                       " is a draft. Issue it first, so the handout matches the record for good.");
  }
  // Every handout is audited: a database that cannot take the audit entry gets no handout made
  // from it (the file would be out in the world with no record of it).
  if (records.store().readOnly()) {
    throw HandoutError("The database " + records.store().path().string() +
                       " is read-only here, so the handout could not be recorded in its audit log; nothing was "
                       "written. Ask for write permission to the database, or hand out from a computer that has it.");
  }
  const std::optional<db::HandoutSettings> kept = records.store().handoutSettings(program);
  reprint_ = !settings && kept;
  settings_ = settings ? *settings : kept.value_or(db::HandoutSettings{});
  // Settings chosen now make a new handout, printed with today's edition; only a reprint keeps
  // the edition it was first printed with.
  if (settings) settings_.edition = db::HandoutSettings{}.edition;
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

void checkHandoutTarget(HandoutFormat format, const fs::path& chosen, Overwrite overwrite) {
  std::error_code error;
  const fs::path file = throughLinks(chosen);
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  if (!fs::is_directory(folder, error)) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": the folder " + folder.string() +
                       " does not exist. Choose another folder.");
  }
  if (fs::is_directory(file, error)) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": " + file.string() +
                       " is a folder. Choose a file name.");
  }
  if (overwrite == Overwrite::refuse && fs::exists(fs::symlink_status(file, error))) {
    throw HandoutError(alreadyThere(format, chosen));
  }
  // A device or a pipe is never replaced by a regular file, even when replacing is allowed.
  if (fs::exists(fs::symlink_status(file, error)) && !fs::is_regular_file(fs::symlink_status(file, error))) {
    throw HandoutError("Could not save the " + std::string(formatName(format)) + ": " + file.string() +
                       " is not a regular file. Choose another file name.");
  }
}

void HandoutJob::writeTo(HandoutFormat format, const fs::path& chosen, Overwrite overwrite) {
  checkHandoutTarget(format, chosen, overwrite);
  const fs::path file = throughLinks(chosen);
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  std::error_code error;
  const bool replacing = fs::exists(fs::symlink_status(file, error));
  fs::path partial;
  try {
    partial = createTemporaryBeside(file);
    {
      OutputFile out(partial);
      if (format == HandoutFormat::pdf) {
        renderPdf(document_, [&out](std::string_view bytes) { out.write(bytes); });
      } else {
        out.write(renderHtml(document_));
      }
      out.setMode(finalMode(file));
      out.commit();  // the bytes are on the disk before the name moves to them
    }
    moveIntoPlace(format, partial, file, overwrite);
    partial.clear();
    syncFolder(folder);
  } catch (const HandoutError&) {
    if (!partial.empty()) fs::remove(partial, error);
    throw;
  } catch (const std::exception& failure) {
    if (!partial.empty()) fs::remove(partial, error);
    // The reason is what really failed ("the disk is full. ..."); it never names the temporary
    // file, only the one the person chose, and says whether that one was touched.
    std::string reason = failure.what();
    const bool renamed = partial.empty();
    throw HandoutError("Could not save the " + std::string(formatName(format)) + " to " + file.string() + ": " +
                       reason + (reason.ends_with('.') ? "" : ".") +
                       (renamed     ? ""
                        : replacing ? " The file that was there is unchanged."
                                    : " Nothing was left there."));
  }
  keepSettings();
  records_.store_.recordExport(program_.id, std::string("handout exported as ") + formatName(format));
}

void HandoutJob::recordPrinted() {
  keepSettings();
  records_.store_.recordPrint(program_.id, "handout printed");
}

}  // namespace motus::core
