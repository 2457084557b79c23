// motus-cli backup, restore and audit.
#include "commands.hpp"
#include "open_records.hpp"

#include <motus/core/database_path.hpp>
#include <motus/core/image_file.hpp>
#include <motus/core/text_folding.hpp>

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace motus::cli {

int runBackup(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string file = word(invocation, 1);
  if (file.empty()) {
    err << "Usage: motus-cli backup FILE   (a new file; the database stays in use meanwhile)\n";
    return kExitUsage;
  }
  const core::Records records = openRecords(invocation);
  records.backupTo(file);
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

namespace {

// One line of `check`: what was checked and what it found.
void report(std::ostream& out, bool ok, std::string_view what, const std::string& finding) {
  out << (ok ? "  ok       " : "  PROBLEM  ") << what << ": " << finding << '\n';
}

bool checkProtections(const db::Store& store, std::ostream& out) {
  const std::vector<std::string> problems = store.schemaProblems();
  if (problems.empty()) {
    report(out, true, "protections", "every table, index and trigger is as Motus made it");
    return true;
  }
  for (const std::string& problem : problems) report(out, false, "protections", problem);
  return false;
}

bool checkRecords(const db::Store& store, std::ostream& out) {
  bool ok = true;
  for (const db::AlteredProgram& altered : store.alteredPrograms()) {
    ok = false;
    const std::string program = "program #" + std::to_string(altered.program);
    const std::string where =
        altered.patient == 0
            ? program
            : program + " of " + core::displayable(store.patient(altered.patient).details.chart_number);
    for (const std::string& alteration : altered.alterations) report(out, false, where, core::displayable(alteration));
  }
  for (const std::string& name : store.alteredTemplates()) {
    ok = false;
    report(out, false, "template '" + core::displayable(name) + "'",
           "holds an exercise that no longer matches the hash it was stored under");
  }
  if (ok) report(out, true, "records", "every program matches its fingerprint and every exercise its hash");
  return ok;
}

bool checkAuditLog(const core::Records& records, std::ostream& out) {
  const db::AuditVerification chain = records.store().verifyAudit();
  report(out, chain.intact, "audit log",
         chain.intact
             ? std::to_string(chain.rows) + (chain.rows == 1 ? " row" : " rows") + ", each linked to the one before"
             : chain.problem);
  const core::AnchorCheck anchor = records.anchorCheck();
  const bool anchored = anchor.state == core::AnchorState::matches || anchor.state == core::AnchorState::none;
  report(out, anchored, "audit log's end", anchor.message);
  return chain.intact && anchored;
}

}  // namespace

int runCheck(const Invocation& invocation, std::ostream& out) {
  const core::Records records = openRecords(invocation);
  const db::Store& store = records.store();
  out << "Checking " << store.path().string() << ":\n";
  const std::string integrity = store.checkIntegrity();
  if (integrity != "ok") {
    report(out, false, "SQLite's integrity check", integrity);
    out << "The database is damaged. Restore it from a backup with 'motus-cli restore FILE'.\n";
    return kExitProblem;
  }
  report(out, true, "SQLite's integrity check", "passed");
  const bool protections = checkProtections(store, out);
  const bool records_ok = checkRecords(store, out);
  const bool audit = checkAuditLog(records, out);
  if (protections && records_ok && audit) {
    out << "Nothing was changed outside Motus.\n";
    return kExitOk;
  }
  out << "Records were changed outside Motus (see PROBLEM above). Nothing built on them is printed or copied. "
         "Restore the database from a backup made before the change with 'motus-cli restore FILE', and find out "
         "who had access to the file.\n";
  return kExitProblem;
}

int runAudit(const Invocation& invocation, std::ostream& out, std::ostream& err) {
  const std::string action = word(invocation, 1);
  core::Records records = openRecords(invocation);
  if (action == "verify") {
    if (invocation.flag("trust-current")) {
      records.trustCurrentAuditLog();
      out << "The audit log's newest row (row " << records.store().auditHead().last_id
          << ") is kept as its record from now on.\n";
    }
    const db::AuditVerification result = records.store().verifyAudit();
    if (!result.intact) {
      out << "The audit log was tampered with: " << result.problem << ".\n";
      return kExitProblem;
    }
    const core::AnchorCheck anchor = records.anchorCheck();
    if (anchor.state == core::AnchorState::behind || anchor.state == core::AnchorState::differs) {
      out << "The audit log was tampered with. " << anchor.message << '\n';
      return kExitProblem;
    }
    out << "The audit log is intact: " << result.rows << (result.rows == 1 ? " row" : " rows")
        << ", each linked to the one before.\n"
        << anchor.message << '\n';
    return kExitOk;
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
