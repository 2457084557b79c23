#pragma once
// One archive export or import off the window's thread: a whole clinic can take minutes, and the
// window must keep drawing and say how far it is. The work gets a connection of its own to the
// database, as motus-cli would beside the window, so the window's Records (and its prepared
// statements) never cross threads; the window only reads while the work runs (WAL lets it, and
// it sees the records as they were until the import commits). Progress is gathered as the plugin
// scan's answers are: the newest state waits, and the window is woken once however many came.

#include <motus/core/records.hpp>

#include <atomic>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace motus::gui {

// What the window tells the therapist when the work is done: one line, and what follows it.
struct ArchiveSummary {
  std::string headline;
  std::string details;
};

class ArchiveJob {
 public:
  struct Progress {
    std::string doing;  // "Importing patients"; empty until the core first says
    std::uint64_t done = 0;
    std::uint64_t total = 0;  // 0 while not known
  };
  // Runs on the worker thread with the job's own Records; throws to say why it failed.
  using Work = std::function<ArchiveSummary(core::Records&, const core::ArchiveProgress&)>;

  // `wake` is called on the worker thread when there is news (progress, or the end) and the window
  // has not been woken for it yet; it must only post a call to the window's thread, which then
  // reads progress() or, once finished(), result().
  ArchiveJob(std::filesystem::path database, std::string clinician, Work work, std::function<void()> wake);
  // Waits for the work: an import is one transaction and is never left half done.
  ~ArchiveJob();
  ArchiveJob(const ArchiveJob&) = delete;
  ArchiveJob& operator=(const ArchiveJob&) = delete;

  // The newest progress (on the window's thread); the next report wakes the window again.
  Progress progress();
  bool finished() const { return finished_; }
  // Once finished: what the work returned, or rethrows what it threw.
  ArchiveSummary result() const;

 private:
  std::mutex mutex_;
  Progress progress_;
  bool woken_ = false;
  ArchiveSummary summary_;
  std::exception_ptr error_;
  std::atomic<bool> finished_{false};
  std::thread worker_;  // last: started once everything it touches exists
};

}  // namespace motus::gui
