// The reliability probe's tampering, replayed on the real motus-cli: an issued program changed with
// plain SQL, a snapshot rewritten, audit rows removed from the end. Each is reported in words, the
// exit code says so, and no handout is made from a record that was altered.
#include "../support/raw_sqlite.hpp"
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <catch2/catch.hpp>

using namespace motus::test;
using Catch::Matchers::Contains;

namespace {

class Clinic {
 public:
  Clinic() {
    std::filesystem::create_directories(folder_ / "home");
    require(cli("patients add --chart A-1 --family Moreau --given Luc --create"));
    require(cli("programs new A-1 --title 'Ankles'"));
    require(cli("programs add-item 1 ankle-foot/ankle-pumps --reps 10 --note 'Slowly'"));
    require(cli("programs issue 1"));
  }

  CommandResult cli(const std::string& arguments, const std::filesystem::path& database) const {
    return runCommand(
        "env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME -u XDG_STATE_HOME HOME=" + shellQuoted((folder_ / "home").string()) +
        " MOTUS_DATABASE=" + shellQuoted(database.string()) + " " + shellQuoted(MOTUS_CLI) + " " + arguments);
  }
  CommandResult cli(const std::string& arguments) const { return cli(arguments, database()); }
  std::filesystem::path database() const { return folder_ / "clinic.sqlite"; }
  const TempFolder& folder() const { return folder_; }

  static void require(const CommandResult& result, int code = 0) {
    INFO(result.output);
    REQUIRE(result.exit_code == code);
  }

 private:
  TempFolder folder_{"cli-tamper"};
};

}  // namespace

TEST_CASE("An untouched database passes every check") {
  const Clinic clinic;
  const CommandResult checked = clinic.cli("check");
  Clinic::require(checked);
  CHECK_THAT(checked.output, Contains("ok       protections: every table, index and trigger is as Motus made it"));
  CHECK_THAT(checked.output, Contains("ok       records: every program matches its fingerprint"));
  CHECK_THAT(checked.output, Contains("Nothing was changed outside Motus."));
  const std::string shown = clinic.cli("programs show 1").output;
  const std::size_t at = shown.find("Fingerprint ");
  REQUIRE(at != std::string::npos);
  const std::string fingerprint = shown.substr(at + 12, 14);  // "2AC9 D0DD EE8C"
  CHECK_THAT(shown, Contains("(printed on its handouts)"));

  // The paper matches the record: the same short fingerprint in the handout's footer, every page.
  const auto pdf = clinic.folder() / "h.pdf";
  Clinic::require(clinic.cli("handout 1 --pdf " + shellQuoted(pdf.string())));
  const std::string text = runCommand("pdftotext -layout " + shellQuoted(pdf.string()) + " -").output;
  CHECK_THAT(text, Contains("Record " + fingerprint));
}

TEST_CASE("The dosage and note of an issued program changed after dropping its trigger are reported, not printed") {
  const Clinic clinic;
  sqlExec(clinic.database(),
          "DROP TRIGGER program_item_update_issued; "
          "UPDATE program_item SET note = 'Roll hard', dosage_json = replace(dosage_json, '10', '40')");
  const CommandResult shown = clinic.cli("programs show 1");
  Clinic::require(shown, 1);
  CHECK_THAT(shown.output, Contains("ALTERED OUTSIDE MOTUS: its content differs from the fingerprint recorded when "
                                    "it was issued"));
  const auto pdf = clinic.folder() / "h.pdf";
  const CommandResult printed = clinic.cli("handout 1 --pdf " + shellQuoted(pdf.string()));
  Clinic::require(printed, 1);
  CHECK_THAT(printed.output, Contains("Program #1 was changed outside Motus") && Contains("No handout is made"));
  CHECK_FALSE(std::filesystem::exists(pdf));
  CHECK_THAT(clinic.cli("audit list").output, !Contains("export"));
  Clinic::require(clinic.cli("programs new-version 1"), 1);

  const CommandResult checked = clinic.cli("check");
  Clinic::require(checked, 1);
  CHECK_THAT(checked.output, Contains("PROBLEM  protections: the trigger 'program_item_update_issued' (it keeps issued "
                                      "programs from changing) was removed"));
  CHECK_THAT(checked.output, Contains("PROBLEM  program #1 of A-1: its content differs from the fingerprint"));
  CHECK_THAT(checked.output, Contains("Records were changed outside Motus"));
}

TEST_CASE("An exercise snapshot rewritten in place, with no trigger to drop, is reported") {
  const Clinic clinic;
  sqlExec(clinic.database(), "UPDATE exercise_snapshot SET json = replace(json, 'Ankle pumps', 'Ankle jumps')");
  const CommandResult checked = clinic.cli("check");
  Clinic::require(checked, 1);
  CHECK_THAT(checked.output, Contains("program #1 of A-1: exercise 1 (Ankle jumps) no longer matches the hash it was "
                                      "stored under"));
  Clinic::require(clinic.cli("handout 1 --html " + shellQuoted((clinic.folder() / "h.html").string())), 1);
}

TEST_CASE("Audit rows removed from the end of the log, or all of them, are reported from the anchor") {
  const Clinic clinic;
  Clinic::require(clinic.cli("audit verify"));
  sqlExec(clinic.database(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > 2");
  CommandResult verified = clinic.cli("audit verify");
  Clinic::require(verified, 1);
  CHECK_THAT(verified.output, Contains("The audit log was tampered with. The audit log ends at row 2, but row 4 was "
                                       "written and recorded outside the database") &&
                                  Contains("rows 3 to 4 were removed"));
  // Later saves do not cover it up: the anchor stays at row 4 while the log does not match it.
  Clinic::require(clinic.cli("patients add --chart A-2 --family Roux"));
  Clinic::require(clinic.cli("patients add --chart A-3 --family Petit"));
  Clinic::require(clinic.cli("patients add --chart A-4 --family Blanc"));  // row 5: past the anchor's row
  Clinic::require(clinic.cli("audit verify"), 1);
  sqlExec(clinic.database(), "DELETE FROM audit_log");
  verified = clinic.cli("audit verify");
  Clinic::require(verified, 1);
  CHECK_THAT(verified.output, Contains("rows 1 to 4 were removed"));
  CHECK_THAT(clinic.cli("check").output, Contains("PROBLEM  audit log's end"));
}

TEST_CASE("An audit log rewritten with recomputed hashes differs from its anchor") {
  const Clinic clinic;
  // The whole log replaced by a chain made elsewhere: every hash is valid, but not the ones written here.
  const Clinic other;
  sqlExec(clinic.database(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log; ATTACH '" +
                                 other.database().string() +
                                 "' AS other; INSERT INTO audit_log SELECT * FROM other.audit_log;");
  const CommandResult verified = clinic.cli("audit verify");
  Clinic::require(verified, 1);
  CHECK_THAT(verified.output,
             Contains("row 4 is not the row recorded outside the database") && Contains("the log was rewritten"));
  // Replaced on purpose: the therapist says so, and the new log is kept from then on.
  Clinic::require(clinic.cli("audit verify --trust-current"));
  Clinic::require(clinic.cli("audit verify"));
}

TEST_CASE("A new database at the same path, a restore and a backup never raise a false alarm") {
  const Clinic clinic;
  const auto backup = clinic.folder() / "backup.sqlite";
  Clinic::require(clinic.cli("backup " + shellQuoted(backup.string())));
  Clinic::require(clinic.cli("patients add --chart A-2 --family Diallo"));
  Clinic::require(clinic.cli("restore " + shellQuoted(backup.string())));
  CommandResult verified = clinic.cli("audit verify");
  Clinic::require(verified);
  CHECK_THAT(verified.output, Contains("exactly as recorded outside the database"));
  // The backup's own anchor: removing its last row is seen too.
  sqlExec(backup, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
  Clinic::require(clinic.cli("audit verify", backup), 1);

  std::filesystem::remove(clinic.database());
  Clinic::require(clinic.cli("patients add --chart B-1 --family Sato --create"));
  Clinic::require(clinic.cli("audit verify"));
}

TEST_CASE("A backup changed after it was made is not restored, and the database is left as it was") {
  const Clinic clinic;
  Clinic::require(clinic.cli("patients add --chart A-2 --family Diallo"));
  const auto backup = clinic.folder() / "backup.sqlite";
  Clinic::require(clinic.cli("backup " + shellQuoted(backup.string())));
  sqlExec(backup,
          "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log); "
          "DELETE FROM patient WHERE chart_number = 'A-2'; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
          "audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
  const std::string before = readBytes(clinic.database());
  const CommandResult restored = clinic.cli("restore " + shellQuoted(backup.string()));
  Clinic::require(restored, 1);
  CHECK_THAT(restored.output, Contains("was changed outside Motus after it was made, so nothing was restored") &&
                                  Contains("was removed"));
  CHECK(readBytes(clinic.database()) == before);
  Clinic::require(clinic.cli("check"));
}

TEST_CASE("A link put where the database was, to an edited copy, meets the anchor of that path") {
  const Clinic clinic;
  Clinic::require(clinic.cli("patients add --chart A-2 --family Diallo"));
  const auto hidden = clinic.folder() / "hidden.sqlite";
  std::filesystem::rename(clinic.database(), hidden);
  sqlExec(hidden, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
  std::filesystem::create_symlink(hidden, clinic.database());
  Clinic::require(clinic.cli("audit verify"), 1);

  // A copy Motus never saw is not said to match anything: its record starts now.
  const CommandResult copy = clinic.cli("audit verify", hidden);
  Clinic::require(copy);
  CHECK_THAT(copy.output, Contains("No record of this database's audit log was kept outside it before") &&
                              Contains("one was started now"));
}
