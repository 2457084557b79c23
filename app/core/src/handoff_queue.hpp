#pragma once
// Hands values from one thread that makes them to one that uses them, holding at most `capacity`
// in between, so the maker never runs far ahead and memory stays bounded. The maker ends with
// finish(), passing what stopped it if anything did; the user learns it from pop() once it has
// taken everything made before. A user that stops early calls abandon(), and the maker's next
// push() throws HandoffAbandoned so that it stops too.
//
// The user gives each value back once done with it, and the maker frees it: glibc's malloc locks
// an arena to free memory another thread allocated, and two threads freeing and allocating in
// the same arenas wait on each other (an archive import spent more of its time on those locks
// than on writing).
//
// A waiting side is woken when half the capacity is there (or free) again, not for each value:
// each wake-up is a system call.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace motus::core {

struct HandoffAbandoned {};

template <class Value>
class HandoffQueue {
 public:
  explicit HandoffQueue(std::size_t capacity) : capacity_(capacity), wake_at_((capacity + 1) / 2) {}

  void push(Value&& value) {
    std::vector<Value> spent;  // freed here, on the maker's thread, once the lock is let go
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return abandoned_ || values_.size() < capacity_; });
    if (abandoned_) throw HandoffAbandoned{};
    values_.push_back(std::move(value));
    spent.swap(spent_);
    if (values_.size() >= wake_at_) ready_.notify_one();
  }

  // A value taken by pop() and done with, for the maker to free.
  void giveBack(Value&& value) {
    const std::lock_guard lock(mutex_);
    spent_.push_back(std::move(value));
  }

  void finish(std::exception_ptr stopped_by = nullptr) {
    const std::lock_guard lock(mutex_);
    finished_ = true;
    stopped_by_ = std::move(stopped_by);
    ready_.notify_one();
  }

  // The next value, or none once the maker finished and everything was taken; rethrows what
  // stopped the maker then.
  std::optional<Value> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return finished_ || !values_.empty(); });
    if (values_.empty()) {
      if (stopped_by_) std::rethrow_exception(stopped_by_);
      return std::nullopt;
    }
    std::optional<Value> value(std::move(values_.front()));
    values_.pop_front();
    if (capacity_ - values_.size() >= wake_at_) room_.notify_one();
    return value;
  }

  void abandon() {
    const std::lock_guard lock(mutex_);
    abandoned_ = true;
    values_.clear();
    spent_.clear();
    room_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::deque<Value> values_;
  std::vector<Value> spent_;
  std::size_t capacity_;
  std::size_t wake_at_;
  bool finished_ = false;
  bool abandoned_ = false;
  std::exception_ptr stopped_by_;
};

}  // namespace motus::core
