#include "archive_job.hpp"

#include <utility>

namespace motus::gui {

ArchiveJob::ArchiveJob(std::filesystem::path database, std::string clinician, Work work, std::function<void()> wake) {
  worker_ = std::thread([this, database = std::move(database), clinician = std::move(clinician), work = std::move(work),
                         wake = std::move(wake)] {
    const core::ArchiveProgress report = [&](const std::string& doing, std::uint64_t done, std::uint64_t total) {
      bool wake_now = false;
      {
        const std::lock_guard lock(mutex_);
        progress_ = {doing, done, total};
        wake_now = !woken_;
        woken_ = true;
      }
      if (wake_now) wake();
    };
    // Opening the database is part of the work: a busy or read-only file is said like any failure.
    try {
      core::Records records(database, db::OpenMode::must_exist);
      if (!clinician.empty()) records.setActor(clinician);
      ArchiveSummary summary = work(records, report);
      const std::lock_guard lock(mutex_);
      summary_ = std::move(summary);
    } catch (...) {  // handed to the window's thread, which says what it was
      const std::lock_guard lock(mutex_);
      error_ = std::current_exception();
    }
    finished_ = true;
    wake();  // always, so the window sees the end even right after a progress report
  });
}

ArchiveJob::~ArchiveJob() {
  if (worker_.joinable()) worker_.join();
}

ArchiveJob::Progress ArchiveJob::progress() {
  const std::lock_guard lock(mutex_);
  woken_ = false;
  return progress_;
}

ArchiveSummary ArchiveJob::result() const {
  // finished_ is set after the worker's last write under the mutex, so no lock is needed here.
  if (error_) std::rethrow_exception(error_);
  return summary_;
}

}  // namespace motus::gui
