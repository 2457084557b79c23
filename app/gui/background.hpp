#pragma once
// Slow work off the UI thread, its result handed back on the UI thread (as Poedit's
// dispatch::async(...).then_on_main(...)), for work whose newest request is the only one that
// matters: a preview redrawn as the options change. One worker thread per owner, kept for the
// owner's life, so per-thread set-up (pango's font map is per thread) is paid once.
//
// A result is dropped, never delivered, when a newer request superseded it or when its owner
// (the LatestOnlyWorker, a member of the window that shows the result) is gone. `then` therefore
// may use the window freely. `work` must not touch wx or the window: it gets its inputs by value.

#include <wx/app.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace motus::gui {

class LatestOnlyWorker {
 public:
  // Tells long work to give up early: a newer request came, or the owner is closing.
  class Stop {
   public:
    bool requested() const;

   private:
    friend class LatestOnlyWorker;
    struct Shared;
    Stop(std::shared_ptr<Shared> shared, std::uint64_t generation)
        : shared_(std::move(shared)), generation_(generation) {}
    // On the UI thread: true when this request is still the newest and its owner alive; it then
    // counts as delivered.
    bool delivering() const;
    std::shared_ptr<Shared> shared_;
    std::uint64_t generation_;
  };

  LatestOnlyWorker();
  // Drops what waits, asks the running work to stop, and waits for it (one step of it).
  ~LatestOnlyWorker();
  LatestOnlyWorker(const LatestOnlyWorker&) = delete;
  LatestOnlyWorker& operator=(const LatestOnlyWorker&) = delete;

  // Runs `work` on the worker thread, then `then(result)` on the UI thread unless superseded.
  // `work` should report failure in its Result: an exception escaping it is swallowed (a worker
  // thread must not end the program) and its request then delivers nothing.
  template <class Result>
  void run(std::function<Result(const Stop&)> work, std::function<void(Result)> then) {
    const Stop stop = next(false);
    post([stop, work = std::move(work), then = std::move(then)] {
      if (stop.requested()) return;  // a newer request will deliver
      std::shared_ptr<Result> result;
      try {
        result = std::make_shared<Result>(work(stop));
      } catch (...) {  // NOLINT(bugprone-empty-catch): delivered as nothing, below
      }
      if (stop.requested()) return;
      wxTheApp->CallAfter([stop, then, result] {
        if (stop.delivering() && result) then(std::move(*result));
      });
    });
  }
  // Supersedes every request made so far without making a new one (nothing to show any more).
  void cancel() { next(true); }
  // A request is made and its result not delivered yet (nor superseded by cancel()).
  bool busy() const;

 private:
  Stop next(bool nothing_to_deliver);
  void post(std::function<void()> job);
  void loop();

  std::shared_ptr<Stop::Shared> shared_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<std::function<void()>> waiting_;  // only the newest job waits; older ones are dropped
  bool quitting_ = false;
  std::thread thread_;
};

}  // namespace motus::gui
