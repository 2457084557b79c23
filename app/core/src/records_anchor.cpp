// The audit anchor kept in step with the records: at open, after every write, after a backup and
// after a restore.
#include "records_anchor.hpp"

#include <motus/core/log.hpp>
#include <motus/core/records.hpp>

#include <unistd.h>

#include <exception>
#include <string>
#include <vector>

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

bool keepAuditAnchor(db::Store& store, const AuditAnchor& anchor, bool is_new) {
  bool evidence = false;
  bool started = false;
  try {
    if (is_new) {
      moveAnchor(anchor, store.auditHead(), false);
    } else {
      const AnchorCheck check = checkAnchor(store, anchor);
      if (check.state == AnchorState::none) {
        moveAnchor(anchor, store.auditHead(), true);
        started = true;
      }
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
  return started;
}

}  // namespace detail

AnchorCheck Records::anchorCheck() const {
  AnchorCheck check = checkAnchor(store_, anchor_);
  // Started by this very open: it vouches for nothing yet, and saying "matches" would mislead.
  if (anchor_started_ && check.state == AnchorState::matches) {
    check = {AnchorState::none,
             "No record of this database's audit log was kept outside it before (first use on this account, or "
             "at this path: " +
                 store_.path().string() + "); one was started now, at row " +
                 std::to_string(store_.auditHead().last_id) + ". Changes from here on are covered."};
  }
  return check;
}

void Records::trustCurrentAuditLog() {
  const db::AuditHead head = store_.auditHead();
  anchor_.reset(head);
  detail::keepAuditAnchor(store_, anchor_, false);  // moving forward again from here
  anchor_started_ = false;
  log::info(log::Source::records, "The audit anchor of " + store_.path().string() + " now trusts row " +
                                      std::to_string(head.last_id) + ", as asked");
}

void Records::backupTo(const std::filesystem::path& file) const {
  // Read before the copy: a write committed meanwhile only leaves the backup ahead of its anchor.
  const db::AuditHead head = store_.auditHead();
  store_.backupTo(file);
  detail::moveAnchor(AuditAnchor(file), head, false);
}

namespace {

namespace fs = std::filesystem;

// What shows that a backup was changed after it was made: its own chain, its anchor (kept when it
// was made), its schema and its programs. Checked on a copy, so the backup itself is left exactly
// as it is (an older backup would be upgraded by opening it). Empty when it is sound.
std::vector<std::string> backupAlterations(const fs::path& backup) {
  std::error_code ec;
  if (!fs::is_regular_file(backup, ec)) return {};  // db::Store::restore says it is missing
  const fs::path copy = fs::temp_directory_path() / ("motus-restore-check-" + std::to_string(::getpid()) + ".sqlite");
  const auto cleanUp = [&copy] {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(copy.string() + suffix, ignored);
  };
  cleanUp();
  std::vector<std::string> problems;
  try {
    fs::copy_file(backup, copy);
    if (fs::exists(backup.string() + "-wal", ec)) fs::copy_file(backup.string() + "-wal", copy.string() + "-wal");
    const db::Store candidate(copy);
    const db::AuditVerification chain = candidate.verifyAudit();
    if (!chain.intact) problems.push_back("its audit log: " + chain.problem);
    const AnchorCheck anchor = checkAnchor(candidate, AuditAnchor(backup));
    if (anchor.state == AnchorState::behind || anchor.state == AnchorState::differs) problems.push_back(anchor.message);
    for (const std::string& problem : candidate.schemaProblems()) problems.push_back(problem);
    for (const db::AlteredProgram& altered : candidate.alteredPrograms()) {
      problems.push_back("program #" + std::to_string(altered.program) + ": " + altered.alterations.front());
    }
  } catch (...) {
    cleanUp();
    throw;
  }
  cleanUp();
  return problems;
}

}  // namespace

std::filesystem::path Records::restore(const std::filesystem::path& backup, const std::filesystem::path& target) {
  if (const std::vector<std::string> problems = backupAlterations(backup); !problems.empty()) {
    std::string what;
    for (const std::string& problem : problems) what += "\n  - " + problem;
    throw db::AlteredRecord("'" + backup.string() +
                            "' was changed outside Motus after it was made, so nothing was "
                            "restored:" +
                            what + "\nChoose another backup.");
  }
  std::filesystem::path kept = db::Store::restore(backup, target);
  const db::Store restored(target);
  detail::moveAnchor(AuditAnchor(target), restored.auditHead(), false);
  return kept;
}

}  // namespace motus::core
