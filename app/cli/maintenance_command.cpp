// motus-cli backup, restore and audit.
#include "commands.hpp"
#include "open_records.hpp"

#include <motus/core/database_path.hpp>
#include <motus/core/image_file.hpp>
#include <motus/core/text_folding.hpp>

#include <filesystem>
#include <ostream>

namespace motus::cli {

int runBackup(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string file = word(invocation, 1);
  if (file.empty()) {
    err << "Usage: motus-cli backup FILE   (a new file; the database stays in use meanwhile)\n";
    return kExitUsage;
  }
  const core::Records records = openRecords(invocation);
  records.store().backupTo(file);
  out << "Backed up " << records.store().path().string() << " to " << file << " (integrity check passed).\n";
  return kExitOk;
}

int runRestore(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string file = word(invocation, 1);
  if (file.empty()) {
    err << "Usage: motus-cli restore FILE   (a backup made with 'motus-cli backup')\n";
    return kExitUsage;
  }
  const std::filesystem::path database =
      invocation.value("database") ? std::filesystem::path(*invocation.value("database")) : core::defaultDatabasePath();
  const std::filesystem::path kept = core::Records::restore(file, database);
  out << "Restored " << database.string() << " from " << file << ".\nThe database it replaced was kept as "
      << kept.string() << ".\n";
  return kExitOk;
}

int runCheck(const Invocation& invocation, std::ostream& out) {
  const core::Records records = openRecords(invocation);
  const std::string result = records.store().checkIntegrity();
  if (result == "ok") {
    out << "The database " << records.store().path().string() << " passed SQLite's integrity check.\n";
    return kExitOk;
  }
  out << "The database " << records.store().path().string() << " is damaged: " << result
      << "\nRestore it from a backup with 'motus-cli restore FILE'.\n";
  return kExitProblem;
}

int runAudit(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  const core::Records records = openRecords(invocation);
  if (action == "verify") {
    const db::AuditVerification result = records.store().verifyAudit();
    if (result.intact) {
      out << "The audit log is intact: " << result.rows << " rows, each linked to the one before.\n";
      return kExitOk;
    }
    out << "The audit log was tampered with: " << result.problem << ".\n";
    return kExitProblem;
  }
  if (action == "list") {
    for (const db::AuditEntry& entry : records.store().auditLog()) {
      out << entry.id << "  " << entry.at << "  " << core::displayable(entry.clinician) << "  " << entry.action << " "
          << entry.entity << " " << entry.entity_id << "  " << core::displayable(entry.summary) << '\n';
    }
    return kExitOk;
  }
  err << "Usage: motus-cli audit verify | audit list\n";
  return kExitUsage;
}

}  // namespace motus::cli

namespace motus::cli {

int runClinic(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  core::Records records = openRecords(invocation);
  db::ClinicProfile clinic = records.store().clinic();
  if (action == "set") {
    if (const auto name = invocation.value("name")) clinic.name = *name;
    if (const auto address = invocation.value("address")) clinic.address = *address;
    if (const auto phone = invocation.value("phone")) clinic.phone = *phone;
    if (const auto email = invocation.value("email")) clinic.email = *email;
    if (const auto logo = invocation.value("logo")) {
      try {
        core::ImageFile image = core::loadImageFile(*logo);
        clinic.logo = std::move(image.bytes);
        clinic.logo_type = std::move(image.media_type);
      } catch (const core::ImageFileRefused& refused) {
        err << refused.what() << "\nNothing was saved.\n";
        return kExitProblem;
      }
    }
    records.saveClinic(clinic);
    out << "Saved the clinic's details.\n";
    return kExitOk;
  }
  if (action == "show") {
    out << core::displayable(clinic.name) << '\n'
        << core::displayable(clinic.address) << '\n'
        << core::displayable(clinic.phone) << "  " << core::displayable(clinic.email) << '\n'
        << (clinic.logo.empty() ? "no logo" : "logo: " + clinic.logo_type) << '\n';
    return kExitOk;
  }
  err << "Usage: motus-cli clinic show | clinic set [--name --address --phone --email --logo FILE]\n";
  return kExitUsage;
}

}  // namespace motus::cli
