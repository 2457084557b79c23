#pragma once
// Keeping the audit anchor (audit_anchor.hpp) in step with the database Records has open.

#include <motus/core/audit_anchor.hpp>
#include <motus/db/store.hpp>

namespace motus::core::detail {

// At open: starts the anchor (replacing it when the database is new at that path), logs when the
// log does not match it, and moves it forward after every later write (never while it does not
// match: the anchor is then the evidence). Never throws: a save that happened is not reported as
// failed because its anchor could not be kept (that is logged).
// Returns true when no anchor was kept for this database before and one was started now.
bool keepAuditAnchor(db::Store& store, const AuditAnchor& anchor, bool is_new);

}  // namespace motus::core::detail
