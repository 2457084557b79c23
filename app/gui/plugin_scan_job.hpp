#pragma once
// Plugin scanning off the UI thread: the scanners run on a worker thread, and each result is handed
// to the window's thread as soon as its plugin answers, so the window never waits on a slow
// plugin. Destroying the job stops every scanner still running and waits for the worker.

#include <motus/core/plugin_host.hpp>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace motus::gui {

class PluginScanJob {
 public:
  // deliver is called on the worker thread; it must only post the result to the window's thread.
  PluginScanJob(std::vector<core::PendingScan> files, core::PluginHostOptions options,
                std::function<void(core::ScannedPlugin)> deliver);
  ~PluginScanJob();
  PluginScanJob(const PluginScanJob&) = delete;
  PluginScanJob& operator=(const PluginScanJob&) = delete;

  bool running() const { return running_; }

 private:
  std::atomic<bool> cancelled_{false};
  std::atomic<bool> running_{true};
  std::thread worker_;
};

}  // namespace motus::gui
