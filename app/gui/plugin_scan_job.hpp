#pragma once
// Plugin scanning off the UI thread: the index is read and the scanners run on a worker thread,
// and results are handed to the window's thread as they come, gathered so that a burst of answers
// (a start from the index) costs the window one update, not one per plugin. Destroying the job
// stops every scanner still running and waits for the worker.

#include <motus/core/plugin_host.hpp>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace motus::gui {

class PluginScanJob {
 public:
  // wake is called on the worker thread when results wait and the window has not been woken for
  // them yet; it must only post a call to the window's thread, which then calls take().
  PluginScanJob(std::vector<core::PendingScan> files, core::PluginHostOptions options, std::function<void()> wake);
  ~PluginScanJob();
  PluginScanJob(const PluginScanJob&) = delete;
  PluginScanJob& operator=(const PluginScanJob&) = delete;

  // Every result that arrived since the last call (on the window's thread).
  std::vector<core::ScannedPlugin> take();
  // True until the worker has handed over its last result.
  bool running() const { return running_; }

 private:
  std::atomic<bool> cancelled_{false};
  std::atomic<bool> running_{true};
  std::mutex mutex_;
  std::vector<core::ScannedPlugin> ready_;
  bool woken_ = false;
  std::thread worker_;
};

}  // namespace motus::gui
