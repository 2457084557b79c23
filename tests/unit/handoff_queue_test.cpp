// The hand-off between an archive import's reading thread and its writing thread: everything made
// arrives in order, a failure of either side stops both (no thread left waiting), and what was
// handed over is freed on the thread that made it.
#include "handoff_queue.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

using motus::core::HandoffAbandoned;
using motus::core::HandoffQueue;

namespace {

// Remembers the thread that frees it (a moved-from one frees nothing).
struct Made {
  explicit Made(int n, std::vector<std::thread::id>* freed_on) : number(n), freed_on_(freed_on) {}
  Made(Made&& other) noexcept : number(other.number), freed_on_(std::exchange(other.freed_on_, nullptr)) {}
  Made& operator=(Made&& other) noexcept {
    number = other.number;
    freed_on_ = std::exchange(other.freed_on_, nullptr);
    return *this;
  }
  Made(const Made&) = delete;
  Made& operator=(const Made&) = delete;
  ~Made() {
    if (freed_on_ != nullptr) freed_on_->push_back(std::this_thread::get_id());
  }
  int number;

 private:
  std::vector<std::thread::id>* freed_on_;
};

}  // namespace

TEST_CASE("Everything the maker hands over arrives in order, and is freed on the maker's thread once given back") {
  std::vector<std::thread::id> freed_on;  // written by the maker while it pushes, then by the queue's end
  HandoffQueue<Made> queue(4);
  std::thread::id maker_id;
  std::thread maker([&] {
    maker_id = std::this_thread::get_id();
    for (int n = 0; n < 1000; ++n) queue.push(Made(n, &freed_on));
    queue.finish();
  });
  std::vector<int> taken;
  while (std::optional<Made> made = queue.pop()) {
    taken.push_back(made->number);
    queue.giveBack(std::move(*made));
  }
  maker.join();
  REQUIRE(taken.size() == 1000);
  for (int n = 0; n < 1000; ++n) REQUIRE(taken[static_cast<std::size_t>(n)] == n);
  // All but the last few given back (after the maker's last push) were freed by the maker.
  CHECK(freed_on.size() >= 1000 - 5);
  for (const std::thread::id id : freed_on) REQUIRE(id == maker_id);
}

TEST_CASE("What stops the maker reaches the user after everything made before it") {
  HandoffQueue<int> queue(2);
  std::thread maker([&] {
    try {
      for (int n = 0; n < 10; ++n) queue.push(int(n));
      throw std::runtime_error("the archive is cut short");
    } catch (...) {
      queue.finish(std::current_exception());
    }
  });
  int taken = 0;
  try {
    while (queue.pop()) ++taken;
    FAIL("the maker's failure was not passed on");
  } catch (const std::runtime_error& error) {
    CHECK(std::string(error.what()) == "the archive is cut short");
  }
  maker.join();
  CHECK(taken == 10);
}

TEST_CASE("A user that stops early stops a maker waiting for room, and the values left are freed") {
  HandoffQueue<std::shared_ptr<int>> queue(2);
  const auto counted = std::make_shared<int>(0);
  std::atomic<bool> maker_stopped{false};
  std::thread maker([&] {
    try {
      for (;;) queue.push(std::shared_ptr<int>(counted));  // never finishes on its own
    } catch (const HandoffAbandoned&) {
      maker_stopped = true;
    }
  });
  for (int n = 0; n < 3; ++n) REQUIRE(queue.pop());
  queue.abandon();
  maker.join();  // would hang if the maker were left waiting
  CHECK(maker_stopped);
  CHECK(counted.use_count() == 1);
}
