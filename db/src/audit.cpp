// The audit log: append-only rows, each carrying the SHA-256 of the row before it, so that an
// edited, removed or inserted row breaks the chain where it happened.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>

namespace motus::db {
namespace {

const std::string kGenesis(64, '0');  // the "previous hash" of the first row

// Every field with its length, so that no two different rows hash the same text.
std::string hashInput(const AuditEntry& entry) {
  std::string text;
  for (const std::string* field : {&entry.previous_hash, &entry.at, &entry.clinician, &entry.action, &entry.entity,
                                   &entry.entity_id, &entry.summary}) {
    text += std::to_string(field->size()) + ":" + *field + ";";
  }
  return text;
}

AuditEntry readEntry(Prepared& select) {
  AuditEntry entry;
  entry.id = select.getColumn(0).getInt64();
  entry.at = select.getColumn(1).getString();
  entry.clinician = select.getColumn(2).getString();
  entry.action = select.getColumn(3).getString();
  entry.entity = select.getColumn(4).getString();
  entry.entity_id = select.getColumn(5).getString();
  entry.summary = select.getColumn(6).getString();
  entry.previous_hash = select.getColumn(7).getString();
  entry.hash = select.getColumn(8).getString();
  return entry;
}

constexpr const char* kSelectAll =
    "SELECT id, at, clinician, action, entity, entity_id, summary, previous_hash, hash FROM audit_log ORDER BY id";

constexpr std::string_view kFingerprintMark = "; fingerprint ";
constexpr std::size_t kFingerprintLength = 64;

}  // namespace

std::string fingerprintNote(const std::string& fingerprint) { return std::string(kFingerprintMark) + fingerprint; }

std::string fingerprintIn(const std::string& summary) {
  const std::size_t tail = kFingerprintMark.size() + kFingerprintLength;
  if (summary.size() < tail || summary.compare(summary.size() - tail, kFingerprintMark.size(), kFingerprintMark) != 0) {
    return "";
  }
  std::string fingerprint = summary.substr(summary.size() - kFingerprintLength);
  const bool hex = fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos;
  return hex ? fingerprint : "";
}

void Store::Impl::audit(std::string_view action, std::string_view entity, const std::string& entity_id,
                        const std::string& summary) {
  AuditEntry entry;
  if (appended) {
    // This write transaction appended the last row, and holds the write lock since: no one else
    // could have appended after it (an import appends 100,000 rows and saves reading them back).
    entry.previous_hash = appended->hash;
  } else {
    Prepared last = statement("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    entry.previous_hash = last.executeStep() ? last.getColumn(0).getString() : kGenesis;
    last.reset();
  }
  entry.at = utcNow();
  entry.clinician = actor;
  entry.action = action;
  entry.entity = entity;
  entry.entity_id = entity_id;
  entry.summary = summary;
  entry.hash = sha256Hex(hashInput(entry));
  Prepared insert = statement(
      "INSERT INTO audit_log (at, clinician, action, entity, entity_id, summary, previous_hash, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, entry.at);
  insert.bind(2, entry.clinician);
  insert.bind(3, entry.action);
  insert.bind(4, entry.entity);
  insert.bind(5, entry.entity_id);
  insert.bind(6, entry.summary);
  insert.bind(7, entry.previous_hash);
  insert.bind(8, entry.hash);
  insert.exec();
  appended = AuditHead{db->getLastInsertRowid(), entry.hash};
}

AuditHead Store::auditHead() const {
  return detail::translated("reading the audit log", [&] {
    Prepared last = impl_->statement("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!last.executeStep()) return AuditHead{};
    return AuditHead{last.getColumn(0).getInt64(), last.getColumn(1).getString()};
  });
}

std::optional<std::string> Store::auditHashAt(Id id) const {
  return detail::translated("reading the audit log", [&]() -> std::optional<std::string> {
    Prepared select = impl_->statement("SELECT hash FROM audit_log WHERE id = ?");
    select.bind(1, id);
    if (!select.executeStep()) return std::nullopt;
    return select.getColumn(0).getString();
  });
}

void Store::onAuditAppended(std::function<void(const AuditHead&)> listener) {
  impl_->audit_listener = std::move(listener);
}

void Store::recordExport(Id program, const std::string& summary) {
  inWriteTransaction(*impl_, "recording an export", [&] {
    impl_->loadProgram(program);  // must exist
    impl_->audit("export", "program", std::to_string(program), summary);
  });
}

void Store::recordPrint(Id program, const std::string& summary) {
  inWriteTransaction(*impl_, "recording a print", [&] {
    impl_->loadProgram(program);
    impl_->audit("print", "program", std::to_string(program), summary);
  });
}

void Store::recordPatientExport(Id patient, const std::string& summary) {
  inWriteTransaction(*impl_, "recording an export", [&] {
    impl_->requirePatient(patient);
    impl_->audit("export", "patient", std::to_string(patient), summary);
  });
}

void Store::recordArchiveExport(const std::string& file_name, const std::string& summary) {
  inWriteTransaction(*impl_, "recording an export", [&] { impl_->audit("export", "archive", file_name, summary); });
}

std::vector<AuditEntry> Store::auditLog() const {
  return detail::translated("reading the audit log", [&] {
    std::vector<AuditEntry> entries;
    Prepared select = impl_->statement(kSelectAll);
    while (select.executeStep()) entries.push_back(readEntry(select));
    return entries;
  });
}

AuditVerification Store::verifyAudit() const {
  return detail::translated("checking the audit log", [&] {
    AuditVerification result;
    std::string previous = kGenesis;
    Id previousId = 0;
    Prepared select = impl_->statement(kSelectAll);
    while (select.executeStep()) {
      const AuditEntry entry = readEntry(select);
      ++result.rows;
      const std::string row = "row " + std::to_string(entry.id);
      if (entry.previous_hash != previous) {
        result.problem = entry.id == previousId + 2   ? "row " + std::to_string(previousId + 1) + " was removed"
                         : entry.id != previousId + 1 ? "rows " + std::to_string(previousId + 1) + " to " +
                                                            std::to_string(entry.id - 1) + " were removed"
                                                      : row + " does not follow row " + std::to_string(previousId) +
                                                            " (a row was removed or inserted before it)";
      } else if (sha256Hex(hashInput(entry)) != entry.hash) {
        result.problem = row + " was changed after it was written";
      }
      if (!result.problem.empty()) {
        result.intact = false;
        return result;
      }
      previous = entry.hash;
      previousId = entry.id;
    }
    return result;
  });
}

}  // namespace motus::db
