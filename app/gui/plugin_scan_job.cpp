#include "plugin_scan_job.hpp"

namespace motus::gui {

PluginScanJob::PluginScanJob(std::vector<core::PendingScan> files, core::PluginHostOptions options,
                             std::function<void(core::ScannedPlugin)> deliver) {
  worker_ = std::thread([this, files = std::move(files), options = std::move(options), deliver = std::move(deliver)] {
    core::ScanProgress progress;
    // Once stopped, what is left is "not scanned": nobody is waiting for it.
    progress.on_each = [this, &deliver](core::ScannedPlugin scanned) {
      if (!cancelled_) deliver(std::move(scanned));
    };
    progress.cancelled = &cancelled_;
    core::PluginHost::scan(files, options, progress);
    running_ = false;
  });
}

PluginScanJob::~PluginScanJob() {
  cancelled_ = true;
  if (worker_.joinable()) worker_.join();
}

}  // namespace motus::gui
