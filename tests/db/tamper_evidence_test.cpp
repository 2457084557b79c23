// Changes made behind Motus's back, with plain SQL on the file: each one is found and named, and
// nothing is built on an altered record. The tamperer here can drop triggers and edit the schema.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/fingerprint.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace motus;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;

namespace {

struct IssuedProgram {
  test::TempFolder folder{"tamper"};
  std::filesystem::path file = folder / "motus.sqlite";
  db::Store store{file, db::OpenMode::create_if_missing};
  db::Id patient = store.addPatient(test::samplePatient());
  db::Id program = issue();

  db::Id issue() {
    const db::Id id = store.createDraft(patient, "Upper back");
    store.saveDraft(id, "Upper back", {test::sampleItem("a", 10), test::sampleItem("b", 12)});
    store.issueProgram(id);
    return id;
  }
};

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

}  // namespace

TEST_CASE("Issuing records the program's fingerprint in its hash-chained audit row") {
  IssuedProgram clinic;
  const db::Program issued = clinic.store.program(clinic.program);
  CHECK(issued.alterations.empty());
  REQUIRE(issued.fingerprint.size() == 64);
  CHECK(issued.fingerprint == db::programFingerprint(issued));
  CHECK_THAT(clinic.store.auditLog().back().summary, EndsWith("; fingerprint " + issued.fingerprint));
  CHECK(clinic.store.verifyAudit().intact);
  const std::string short_form = db::shortFingerprint(issued.fingerprint);
  CHECK(short_form.size() == 14);
  CHECK(short_form[4] == ' ');
  CHECK(short_form.find_first_not_of("0123456789ABCDEF ") == std::string::npos);

  // Anything the patient holds changes it.
  db::Program other = issued;
  other.items[1].note += ".";
  CHECK(db::programFingerprint(other) != issued.fingerprint);
  other = issued;
  other.items[0].dosage.reps = sdk::Range::exactly(11);
  CHECK(db::programFingerprint(other) != issued.fingerprint);
  CHECK(clinic.store.program(clinic.store.createDraft(clinic.patient, "Draft")).fingerprint.empty());
}

TEST_CASE("A dosage or note of an issued program changed after its trigger was dropped is named as altered") {
  IssuedProgram clinic;
  const std::string program = std::to_string(clinic.program);
  test::sqlExec(clinic.file,
                "DROP TRIGGER program_item_update_issued; UPDATE program_item SET note = 'Roll hard', "
                "dosage_json = replace(dosage_json, '12', '40') WHERE program_id = " +
                    program + " AND position = 2");
  const db::Program altered = clinic.store.program(clinic.program);
  REQUIRE(altered.alterations.size() == 1);
  CHECK_THAT(altered.alterations[0], Contains("differs from the fingerprint recorded when it was issued"));
  CHECK_THROWS_AS(clinic.store.newVersion(clinic.program), db::AlteredRecord);
  CHECK_THROWS_WITH(clinic.store.copyLastProgram(clinic.patient), Contains("was changed outside Motus"));
  const std::vector<db::AlteredProgram> found = clinic.store.alteredPrograms();
  REQUIRE(found.size() == 1);
  CHECK(found[0].program == clinic.program);
  CHECK(found[0].patient == clinic.patient);
}

TEST_CASE("A title changed through writable_schema is named as altered") {
  IssuedProgram clinic;
  // The trigger edited into a harmless one in the schema table itself, then the title changed.
  test::sqlExec(
      clinic.file,
      "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'WHEN old.status = ''issued''', "
      "'WHEN 0') WHERE name = 'program_issued_is_final'; PRAGMA writable_schema = OFF;");
  test::sqlExec(clinic.file, "UPDATE program SET title = 'Neck' WHERE id = " + std::to_string(clinic.program));
  CHECK_THAT(joined(clinic.store.program(clinic.program).alterations), Contains("fingerprint"));
  CHECK_THAT(joined(clinic.store.schemaProblems()),
             Contains("the trigger 'program_issued_is_final' (it keeps issued programs from changing) was changed"));
}

TEST_CASE("An exercise snapshot edited in place no longer matches its hash and is named") {
  IssuedProgram clinic;
  test::sqlExec(
      clinic.file,
      "UPDATE exercise_snapshot SET json = replace(json, 'Keep the roller off your neck.', 'Roll your neck.')");
  const db::Program altered = clinic.store.program(clinic.program);
  CHECK_THAT(joined(altered.alterations),
             Contains("exercise 1 (Upper-back arch) no longer matches the hash it was stored under"));
  CHECK_THAT(joined(altered.alterations), Contains("fingerprint"));
  CHECK(clinic.store.alteredPrograms().size() == 1);

  // A draft holding it cannot be issued or edited into a "clean" copy either.
  const db::Id draft = clinic.store.createDraft(clinic.patient, "Draft");
  clinic.store.appendItem(draft, test::sampleItem("c", 10));
  test::sqlExec(clinic.file, "UPDATE exercise_snapshot SET json = replace(json, 'Bend back over it.', 'Bend far.')");
  CHECK_FALSE(clinic.store.program(draft).alterations.empty());
  CHECK_THROWS_AS(clinic.store.issueProgram(draft), db::AlteredRecord);
  CHECK_THROWS_AS(clinic.store.editDraft(draft, "edit", [](db::Program&) {}), db::AlteredRecord);
}

TEST_CASE("A template holding an altered exercise is named and never copied into a program") {
  IssuedProgram clinic;
  clinic.store.saveTemplate("Back starter", {{test::sampleSnapshot("t"), {}, "note"}});
  clinic.store.saveTemplate("Clean", {});
  CHECK(clinic.store.alteredTemplates().empty());
  test::sqlExec(clinic.file,
                "UPDATE exercise_snapshot SET json = replace(json, '\"foam-rolling/t\"', '\"foam-rolling/t\" ')");
  CHECK(clinic.store.alteredTemplates() == std::vector<std::string>{"Back starter"});
  const db::Id draft = clinic.store.createDraft(clinic.patient, "Draft");
  CHECK_NOTHROW(clinic.store.assignTemplate(clinic.store.findTemplate("Clean")->id, draft));
  CHECK_THROWS_AS(clinic.store.findTemplate("Back starter"), db::AlteredRecord);
}

TEST_CASE("A program marked issued outside Motus has no issue entry and is named") {
  IssuedProgram clinic;
  const db::Id draft = clinic.store.createDraft(clinic.patient, "Draft");
  clinic.store.appendItem(draft, test::sampleItem("c", 10));
  test::sqlExec(clinic.file, "UPDATE program SET status = 'issued' WHERE id = " + std::to_string(draft));
  CHECK_THAT(joined(clinic.store.program(draft).alterations), Contains("the audit log has no entry issuing it"));
}

TEST_CASE("The schema check names a removed, an edited and an added trigger, and is quiet when intact") {
  IssuedProgram clinic;
  CHECK(clinic.store.schemaProblems().empty());
  test::sqlExec(clinic.file,
                "DROP TRIGGER audit_log_no_delete; DROP TRIGGER program_item_update_issued; "
                "CREATE TRIGGER quietly AFTER INSERT ON patient BEGIN SELECT 1; END;");
  const std::string problems = joined(clinic.store.schemaProblems());
  CHECK_THAT(problems, Contains("the trigger 'audit_log_no_delete' (it keeps the audit log append-only) was removed"));
  CHECK_THAT(problems,
             Contains("the trigger 'program_item_update_issued' (it keeps issued programs from changing) was removed"));
  CHECK_THAT(problems, Contains("a trigger 'quietly' that Motus does not make was added"));
  test::sqlExec(clinic.file, "ANALYZE");  // statistics tables are SQLite's own, not a change
  CHECK(clinic.store.schemaProblems().size() == 3);
}

TEST_CASE("The audit head is told to a listener after each commit, never for a rolled-back save") {
  IssuedProgram clinic;
  std::vector<db::AuditHead> heads;
  clinic.store.onAuditAppended([&](const db::AuditHead& head) { heads.push_back(head); });
  clinic.store.addPatient(test::samplePatient("A-2", "Okafor", "Ada"));
  REQUIRE(heads.size() == 1);
  CHECK(heads[0] == clinic.store.auditHead());
  CHECK(clinic.store.auditHashAt(heads[0].last_id) == heads[0].hash);
  CHECK_FALSE(clinic.store.auditHashAt(heads[0].last_id + 1));
  CHECK_THROWS_AS(clinic.store.addPatient(test::samplePatient("A-2", "Again")), db::InvalidRecord);
  CHECK(heads.size() == 1);
}

TEST_CASE("An issued program cannot be replaced by a draft row, and a flip back to draft is named") {
  IssuedProgram clinic;
  const std::string replace =
      "INSERT OR REPLACE INTO program (id, patient_id, title, status, version, previous_id, clinician, created_at, "
      "issued_at) SELECT id, patient_id, title, 'draft', version, previous_id, clinician, created_at, issued_at "
      "FROM program WHERE id = " +
      std::to_string(clinic.program);
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, replace), Contains("issued programs never change"));
  test::sqlExec(clinic.file, "DROP TRIGGER program_starts_as_draft; " + replace);
  CHECK_THAT(joined(clinic.store.program(clinic.program).alterations),
             Contains("it was issued (audit row") && Contains("but is a draft again"));
  CHECK(clinic.store.alteredPrograms().size() == 1);
}

TEST_CASE("An issue row added to the log, with or without a fingerprint, is named") {
  IssuedProgram clinic;
  // Rows a tamperer appends with a valid chain: the audit log cannot tell who wrote them, but a
  // program is issued once, and every issue row Motus writes has a fingerprint.
  const std::string program = std::to_string(clinic.program);
  const db::Id draft = clinic.store.createDraft(clinic.patient, "Unissued");
  clinic.store.appendItem(draft, test::sampleItem("c", 10));
  test::sqlExec(clinic.file, "UPDATE program SET status = 'issued' WHERE id = " + std::to_string(draft));
  test::sqlExec(clinic.file,
                "INSERT INTO audit_log (at, clinician, action, entity, entity_id, summary, previous_hash, hash) "
                "VALUES ('2026-12-02T00:00:00.000Z', 'x', 'issue', 'program', '" +
                    std::to_string(draft) + "', 'issued with 1 item(s)', '', '')");
  CHECK_THAT(joined(clinic.store.program(draft).alterations),
             Contains("has no fingerprint, as every entry Motus writes has"));
  test::sqlExec(clinic.file,
                "INSERT INTO audit_log (at, clinician, action, entity, entity_id, summary, previous_hash, hash) "
                "VALUES ('2026-12-02T00:00:00.000Z', 'x', 'issue', 'program', '" +
                    program + "', 'issued with 2 item(s)', '', '')");
  CHECK_THAT(joined(clinic.store.program(clinic.program).alterations),
             Contains("the audit log issues it 2 times") && Contains("rows were added outside Motus"));
}

TEST_CASE("An issued program removed without its patient being deleted is named") {
  IssuedProgram clinic;
  const std::string program = std::to_string(clinic.program);
  test::sqlExec(clinic.file, "INSERT INTO record_purge VALUES (" + std::to_string(clinic.patient) +
                                 "); DELETE FROM program_item WHERE program_id = " + program +
                                 "; DELETE FROM program WHERE id = " + program + "; DELETE FROM record_purge;");
  const std::vector<db::AlteredProgram> altered = clinic.store.alteredPrograms();
  REQUIRE(altered.size() == 1);
  CHECK(altered[0].program == clinic.program);
  CHECK(altered[0].patient == 0);
  CHECK_THAT(altered[0].alterations[0], Contains("is no longer in the database, though no patient was deleted"));

  // Deleted for good with the patient, through Motus: no alarm.
  IssuedProgram other;
  other.store.deletePatient(other.patient);
  CHECK(other.store.alteredPrograms().empty());
}
