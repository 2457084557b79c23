#include "plugin_scan_job.hpp"

#include <utility>

namespace motus::gui {

PluginScanJob::PluginScanJob(std::vector<core::PendingScan> files, core::PluginHostOptions options,
                             std::function<void()> wake) {
  worker_ = std::thread([this, files = std::move(files), options = std::move(options), wake = std::move(wake)] {
    const auto hand_over = [&](core::ScannedPlugin scanned) {
      if (cancelled_) return;  // once stopped, what is left is "not scanned": nobody waits for it
      bool wake_now = false;
      {
        const std::lock_guard lock(mutex_);
        ready_.push_back(std::move(scanned));
        wake_now = !woken_;
        woken_ = true;
      }
      if (wake_now) wake();
    };
    core::ScanProgress progress;
    progress.on_each = hand_over;
    progress.cancelled = &cancelled_;
    core::PluginHost::scan(files, options, progress);
    running_ = false;
    if (!cancelled_) wake();  // so the window sees the end even if nothing was left to hand over
  });
}

PluginScanJob::~PluginScanJob() {
  cancelled_ = true;
  if (worker_.joinable()) worker_.join();
}

std::vector<core::ScannedPlugin> PluginScanJob::take() {
  const std::lock_guard lock(mutex_);
  woken_ = false;
  return std::exchange(ready_, {});
}

}  // namespace motus::gui
