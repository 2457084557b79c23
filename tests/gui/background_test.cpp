// The background helper on its own: work off the UI thread, only the newest result delivered, and
// nothing delivered to an owner that is gone. Each case holds the work on a gate the test opens,
// so the order is the test's, never the scheduler's.
#include "gui_driver.hpp"

#include "background.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace motus;

namespace {

// Runs the event loop until the worker has delivered (or 10 s passed).
void waitFor(const gui::LatestOnlyWorker& worker) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (worker.busy() && std::chrono::steady_clock::now() < give_up) test::settle(1);
}

}  // namespace

TEST_CASE("Background work runs off the UI thread and its result comes back on the UI thread") {
  gui::LatestOnlyWorker worker;
  const std::thread::id ui = std::this_thread::get_id();
  std::thread::id worked_on;
  std::thread::id delivered_on;
  int delivered = 0;
  worker.run<int>(
      [&](const gui::LatestOnlyWorker::Stop&) {
        worked_on = std::this_thread::get_id();
        return 42;
      },
      [&](int result) {
        delivered_on = std::this_thread::get_id();
        delivered = result;
      });
  CHECK(worker.busy());
  waitFor(worker);
  CHECK_FALSE(worker.busy());
  CHECK(delivered == 42);
  CHECK(worked_on != ui);
  CHECK(delivered_on == ui);
}

TEST_CASE("Background work: a newer request supersedes an older one, whose result is dropped") {
  gui::LatestOnlyWorker worker;
  std::promise<void> gate;
  std::shared_future<void> open = gate.get_future().share();
  std::promise<void> started;
  std::vector<std::string> delivered;
  bool first_saw_stop = false;
  worker.run<std::string>(
      [&, open](const gui::LatestOnlyWorker::Stop& stop) {
        started.set_value();
        open.wait();
        first_saw_stop = stop.requested();
        return std::string("first");
      },
      [&](std::string result) { delivered.push_back(result); });
  started.get_future().wait();  // the first is running, held at the gate
  worker.run<std::string>([](const gui::LatestOnlyWorker::Stop&) { return std::string("second"); },
                          [&](std::string result) { delivered.push_back(result); });
  gate.set_value();
  waitFor(worker);
  test::settle();
  CHECK(first_saw_stop);
  CHECK(delivered == std::vector<std::string>{"second"});

  // cancel() supersedes without a new request: nothing is delivered, and the worker is idle.
  worker.run<std::string>([](const gui::LatestOnlyWorker::Stop&) { return std::string("third"); },
                          [&](std::string result) { delivered.push_back(result); });
  worker.cancel();
  CHECK_FALSE(worker.busy());
  test::settle(20);
  CHECK(delivered == std::vector<std::string>{"second"});
}

TEST_CASE("Background work: a result whose owner is gone is dropped") {
  auto worker = std::make_unique<gui::LatestOnlyWorker>();
  std::promise<void> gate;
  std::shared_future<void> open = gate.get_future().share();
  std::promise<void> started;
  bool delivered = false;
  worker->run<int>(
      [&, open](const gui::LatestOnlyWorker::Stop&) {
        started.set_value();
        open.wait();
        return 1;
      },
      [&](int) { delivered = true; });
  started.get_future().wait();
  gate.set_value();
  worker.reset();  // waits for the work; whatever it posted finds its owner gone
  test::settle(20);
  CHECK_FALSE(delivered);
}
