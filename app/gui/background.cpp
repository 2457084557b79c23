#include "background.hpp"

namespace motus::gui {

// What the requests, the worker and the posted results share; it outlives the owner as long as a
// posted result still refers to it, which is how a late result learns the owner is gone.
struct LatestOnlyWorker::Stop::Shared {
  std::atomic<std::uint64_t> newest{0};  // the generation of the newest request
  std::atomic<bool> alive{true};
  std::uint64_t delivered = 0;  // UI thread only
};

bool LatestOnlyWorker::Stop::requested() const { return !shared_->alive || shared_->newest != generation_; }

bool LatestOnlyWorker::Stop::delivering() const {
  if (requested()) return false;
  shared_->delivered = generation_;
  return true;
}

LatestOnlyWorker::LatestOnlyWorker() : shared_(std::make_shared<Stop::Shared>()), thread_([this] { loop(); }) {}

LatestOnlyWorker::~LatestOnlyWorker() {
  shared_->alive = false;
  {
    const std::lock_guard lock(mutex_);
    quitting_ = true;
    waiting_.reset();
  }
  wake_.notify_one();
  thread_.join();
}

LatestOnlyWorker::Stop LatestOnlyWorker::next(bool nothing_to_deliver) {
  const std::uint64_t generation = ++shared_->newest;
  if (nothing_to_deliver) shared_->delivered = generation;
  return {shared_, generation};
}

bool LatestOnlyWorker::busy() const { return shared_->delivered != shared_->newest; }

void LatestOnlyWorker::post(std::function<void()> job) {
  {
    const std::lock_guard lock(mutex_);
    waiting_ = std::move(job);  // replaces an older job that has not started: it was superseded
  }
  wake_.notify_one();
}

void LatestOnlyWorker::loop() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return quitting_ || waiting_.has_value(); });
      if (quitting_) return;
      job = std::move(*waiting_);
      waiting_.reset();
    }
    job();
  }
}

}  // namespace motus::gui
