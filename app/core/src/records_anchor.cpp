// The audit anchor kept in step with the records: at open, after every write, after a backup and
// after a restore.
#include "records_anchor.hpp"

#include <motus/core/log.hpp>
#include <motus/core/records.hpp>

#include <exception>

namespace motus::core {
namespace detail {
namespace {

void moveAnchor(const AuditAnchor& anchor, const db::AuditHead& head, bool forward_only) noexcept {
  try {
    if (forward_only) {
      anchor.advance(head);
    } else {
      anchor.reset(head);
    }
  } catch (const std::exception& failure) {
    log::warning(log::Source::records,
                 "Could not keep the audit anchor " + anchor.file().string() + ": " + failure.what());
  }
}

}  // namespace

void keepAuditAnchor(db::Store& store, const AuditAnchor& anchor, bool is_new) {
  bool evidence = false;
  try {
    if (is_new) {
      moveAnchor(anchor, store.auditHead(), false);
    } else {
      const AnchorCheck check = checkAnchor(store, anchor);
      if (check.state == AnchorState::none) moveAnchor(anchor, store.auditHead(), true);
      evidence = check.state == AnchorState::behind || check.state == AnchorState::differs;
      if (evidence) {
        log::warning(log::Source::records, "The audit log of " + store.path().string() + " does not match its anchor " +
                                               anchor.file().string());
      }
    }
  } catch (const std::exception& failure) {
    log::warning(log::Source::records, std::string("Could not compare the audit anchor: ") + failure.what());
  }
  // A log that no longer matches its anchor leaves it where it is, whatever is written next: the
  // anchor is the evidence, until someone says the current log is to be trusted.
  if (evidence) {
    store.onAuditAppended(nullptr);
  } else {
    store.onAuditAppended([anchor](const db::AuditHead& head) { moveAnchor(anchor, head, true); });
  }
}

}  // namespace detail

AnchorCheck Records::anchorCheck() const { return checkAnchor(store_, anchor_); }

void Records::trustCurrentAuditLog() {
  const db::AuditHead head = store_.auditHead();
  anchor_.reset(head);
  detail::keepAuditAnchor(store_, anchor_, false);  // moving forward again from here
  log::info(log::Source::records, "The audit anchor of " + store_.path().string() + " now trusts row " +
                                      std::to_string(head.last_id) + ", as asked");
}

void Records::backupTo(const std::filesystem::path& file) const {
  // Read before the copy: a write committed meanwhile only leaves the backup ahead of its anchor.
  const db::AuditHead head = store_.auditHead();
  store_.backupTo(file);
  detail::moveAnchor(AuditAnchor(file), head, false);
}

std::filesystem::path Records::restore(const std::filesystem::path& backup, const std::filesystem::path& target) {
  std::filesystem::path kept = db::Store::restore(backup, target);
  const db::Store restored(target);
  detail::moveAnchor(AuditAnchor(target), restored.auditHead(), false);
  return kept;
}

}  // namespace motus::core
