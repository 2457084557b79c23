// Programs, templates, the audit chain, backups: the clinical record on real SQLite files.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

struct Clinic {
  test::TempFolder folder{"db"};
  std::filesystem::path file = folder / "motus.sqlite";
  db::Store store{file, db::OpenMode::create_if_missing};
  db::Id patient = store.addPatient(test::samplePatient());
};

}  // namespace

TEST_CASE("A draft is saved whole and read back in order") {
  Clinic clinic;
  const db::Id draft = clinic.store.createDraft(clinic.patient, "Upper back");
  std::vector<db::ProgramItem> items{test::sampleItem("a", 10), test::sampleItem("b", 12), test::sampleItem("c", 8)};
  items[1].override_reason = "Bone density normal on the 2026 scan";
  items[1].override_conditions = {"osteoporosis", "recent-surgery"};
  clinic.store.saveDraft(draft, "Upper back, week 1", items);
  const db::Program program = clinic.store.program(draft);
  CHECK(program.title == "Upper back, week 1");
  CHECK(program.status == db::ProgramStatus::draft);
  CHECK(program.items == items);
  clinic.store.saveDraft(draft, "Upper back, week 1", {items[2], items[0]});  // reorder and drop
  CHECK(clinic.store.program(draft).items == std::vector<db::ProgramItem>{items[2], items[0]});
}

TEST_CASE("An issued program never changes, through the store or behind its back") {
  Clinic clinic;
  const db::Id id = clinic.store.createDraft(clinic.patient, "Back care");
  clinic.store.appendItem(id, test::sampleItem());
  clinic.store.issueProgram(id);
  const db::Program issued = clinic.store.program(id);
  CHECK(issued.status == db::ProgramStatus::issued);
  CHECK_FALSE(issued.issued_at.empty());

  CHECK_THROWS_AS(clinic.store.saveDraft(id, "Changed", {}), db::ImmutableRecord);
  CHECK_THROWS_WITH(clinic.store.appendItem(id, test::sampleItem("x")), Contains("Make a new version"));
  CHECK_THROWS_AS(clinic.store.issueProgram(id), db::ImmutableRecord);
  CHECK_THROWS_AS(clinic.store.deleteDraft(id), db::ImmutableRecord);
  // A tool or a bug writing SQL directly is stopped by the database itself.
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, "UPDATE program SET title = 'x' WHERE id = " + std::to_string(id)),
                    Contains("issued programs never change"));
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, "UPDATE program_item SET note = 'x'"), Contains("never change"));
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, "DELETE FROM program_item"), Contains("never change"));
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, "DELETE FROM program"), Contains("never deleted"));
  CHECK(clinic.store.program(id).items == issued.items);
}

TEST_CASE("An empty draft cannot be issued") {
  Clinic clinic;
  const db::Id id = clinic.store.createDraft(clinic.patient, "Nothing yet");
  CHECK_THROWS_WITH(clinic.store.issueProgram(id), Contains("has no exercises"));
}

TEST_CASE("Editing an issued program makes the next version, linked to it") {
  Clinic clinic;
  const db::Id first = clinic.store.createDraft(clinic.patient, "Back care");
  db::ProgramItem overridden = test::sampleItem("b");
  overridden.override_reason = "Cleared by her surgeon on 2026-11-01";
  overridden.override_conditions = {"recent-surgery"};
  clinic.store.saveDraft(first, "Back care", {test::sampleItem("a"), overridden});
  clinic.store.issueProgram(first);
  const db::Id second = clinic.store.newVersion(first);
  db::Program next = clinic.store.program(second);
  CHECK(next.status == db::ProgramStatus::draft);
  CHECK(next.version == 2);
  CHECK(next.previous_id == first);
  // The same exercises and dosages; the override is not carried into the new visit unseen.
  REQUIRE(next.items.size() == 2);
  CHECK(next.items[0] == clinic.store.program(first).items[0]);
  CHECK(next.items[1].exercise == overridden.exercise);
  CHECK(next.items[1].dosage == overridden.dosage);
  CHECK(next.items[1].override_reason.empty());
  CHECK(next.items[1].override_conditions.empty());
  CHECK(clinic.store.program(first).items[1].override_reason == overridden.override_reason);  // kept there
  clinic.store.saveDraft(second, "Back care", {test::sampleItem("b", 20)});
  CHECK(clinic.store.program(first).items.size() == 2);  // the issued one is untouched
  CHECK_THROWS_WITH(clinic.store.newVersion(second), Contains("still a draft"));
}

TEST_CASE("Copy last program starts a new draft from the latest issued program") {
  Clinic clinic;
  CHECK_THROWS_WITH(clinic.store.copyLastProgram(clinic.patient), Contains("no issued program to copy"));
  const db::Id old = clinic.store.createDraft(clinic.patient, "Week 1");
  clinic.store.appendItem(old, test::sampleItem("a"));
  clinic.store.issueProgram(old);
  const db::Id latest = clinic.store.createDraft(clinic.patient, "Week 2");
  clinic.store.saveDraft(latest, "Week 2", {test::sampleItem("b"), test::sampleItem("c")});
  clinic.store.issueProgram(latest);
  clinic.store.createDraft(clinic.patient, "A draft is not a program to copy");

  const db::Id copy = clinic.store.copyLastProgram(clinic.patient);
  const db::Program program = clinic.store.program(copy);
  CHECK(program.title == "Week 2");
  CHECK(program.status == db::ProgramStatus::draft);
  CHECK(program.items == clinic.store.program(latest).items);
  CHECK(clinic.store.programs(clinic.patient).size() == 4);
}

TEST_CASE("The exercise content is kept as it was issued, whatever the plugin does later") {
  Clinic clinic;
  const db::Id id = clinic.store.createDraft(clinic.patient, "Back care");
  db::ProgramItem item = test::sampleItem();
  clinic.store.appendItem(id, item);
  clinic.store.issueProgram(id);
  // The plugin's next version rewords the exercise; a new program gets the new words...
  db::ProgramItem reworded = item;
  reworded.exercise.plugin_version = "2.0.0";
  reworded.exercise.spec.steps = {"Entirely new words."};
  const db::Id later = clinic.store.createDraft(clinic.patient, "Later");
  clinic.store.appendItem(later, reworded);
  // ...and the issued program still reads exactly as it was handed out.
  CHECK(clinic.store.program(id).items.at(0) == item);
  CHECK(clinic.store.program(later).items.at(0).exercise.spec.steps == std::vector<std::string>{"Entirely new words."});
  CHECK(test::sqlText(clinic.file, "SELECT count(*) FROM exercise_snapshot") == "2");
}

TEST_CASE("Templates are copied into a draft, editing the template later changes nothing there") {
  Clinic clinic;
  const std::vector<db::TemplateItem> items{{test::sampleSnapshot("a"), {}, "note a"},
                                            {test::sampleSnapshot("b"), {}, ""}};
  const db::Id id = clinic.store.saveTemplate("Upper back starter", items);
  const db::Id draft = clinic.store.createDraft(clinic.patient, "From template");
  clinic.store.appendItem(draft, test::sampleItem("first"));
  clinic.store.assignTemplate(id, draft);
  clinic.store.saveTemplate("Upper back starter", {items[1]});  // edited afterwards
  const db::Program program = clinic.store.program(draft);
  REQUIRE(program.items.size() == 3);
  CHECK(program.items[1].exercise == items[0].exercise);
  CHECK(program.items[1].note == "note a");
  CHECK(program.items[2].exercise == items[1].exercise);
  CHECK(clinic.store.findTemplate("Upper back starter")->items.size() == 1);
  CHECK(clinic.store.templates().size() == 1);
  CHECK_FALSE(clinic.store.findTemplate("Nope").has_value());
}

TEST_CASE("Handout settings are kept with a program, issued or not") {
  Clinic clinic;
  const db::Id id = clinic.store.createDraft(clinic.patient, "Back care");
  clinic.store.appendItem(id, test::sampleItem());
  clinic.store.issueProgram(id);
  CHECK_FALSE(clinic.store.handoutSettings(id).has_value());
  db::HandoutSettings settings;
  settings.large_print = true;
  settings.education = {{"benefits", "What rolling does", {"Less pain."}}};
  clinic.store.saveHandoutSettings(id, settings);
  CHECK(clinic.store.handoutSettings(id) == settings);
  settings.paper = "letter";
  clinic.store.saveHandoutSettings(id, settings);
  CHECK(clinic.store.handoutSettings(id)->paper == "letter");
  CHECK_THROWS_AS(clinic.store.saveHandoutSettings(999, settings), db::RecordNotFound);
  clinic.store.deletePatient(clinic.patient);  // goes with the program
  CHECK(test::sqlText(clinic.file, "SELECT count(*) FROM handout_settings") == "0");
}

TEST_CASE("Every change is in the audit log, hash-chained, with who did what") {
  Clinic clinic;
  clinic.store.setActor("Dr. Lee, PT");
  const db::Id id = clinic.store.createDraft(clinic.patient, "Back care");
  clinic.store.appendItem(id, test::sampleItem());
  clinic.store.issueProgram(id);
  clinic.store.recordExport(id, "handout exported as PDF");
  clinic.store.recordPrint(id, "handout printed");
  const std::vector<db::AuditEntry> log = clinic.store.auditLog();
  REQUIRE(log.size() == 6);
  CHECK(log[0].action == "create");
  CHECK(log[0].entity == "patient");
  CHECK(log[0].clinician == "unknown");
  CHECK(log[3].action == "issue");
  CHECK(log[3].clinician == "Dr. Lee, PT");
  CHECK(log[4].action == "export");
  CHECK(log[5].action == "print");
  CHECK(log[0].previous_hash == std::string(64, '0'));
  for (std::size_t i = 1; i < log.size(); ++i) CHECK(log[i].previous_hash == log[i - 1].hash);
  const db::AuditVerification ok = clinic.store.verifyAudit();
  CHECK(ok.intact);
  CHECK(ok.rows == 6);
}

TEST_CASE("Audit verification finds an edited, a deleted and an inserted row") {
  Clinic clinic;
  for (int i = 0; i < 4; ++i) clinic.store.createDraft(clinic.patient, "Draft " + std::to_string(i));
  // A tamperer first has to drop the append-only triggers.
  test::sqlExec(clinic.file, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
  SECTION("edited") {
    test::sqlExec(clinic.file, "UPDATE audit_log SET clinician = 'someone else' WHERE id = 3");
    CHECK(clinic.store.verifyAudit().problem == "row 3 was changed after it was written");
  }
  SECTION("edited with its own hash recomputed: the next row no longer follows") {
    test::sqlExec(clinic.file, "UPDATE audit_log SET hash = '" + std::string(64, 'a') + "' WHERE id = 3");
    CHECK_FALSE(clinic.store.verifyAudit().intact);
  }
  SECTION("deleted") {
    test::sqlExec(clinic.file, "DELETE FROM audit_log WHERE id = 2");
    CHECK(clinic.store.verifyAudit().problem == "row 2 was removed");
  }
  SECTION("inserted") {
    test::sqlExec(clinic.file,
                  "UPDATE audit_log SET id = id + 10 WHERE id >= 3; "
                  "INSERT INTO audit_log (id, at, clinician, action, entity, entity_id, summary, previous_hash, hash) "
                  "SELECT 3, at, clinician, action, entity, entity_id, 'forged', previous_hash, hash FROM audit_log "
                  "WHERE id = 2;");
    const db::AuditVerification result = clinic.store.verifyAudit();
    CHECK_FALSE(result.intact);
    CHECK_THAT(result.problem, Contains("row 3"));
  }
  CHECK_FALSE(clinic.store.verifyAudit().intact);
}

TEST_CASE("The audit log cannot be rewritten with plain SQL") {
  Clinic clinic;
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, "UPDATE audit_log SET summary = 'x'"), Contains("append-only"));
  CHECK_THROWS_WITH(test::sqlExec(clinic.file, "DELETE FROM audit_log"), Contains("append-only"));
}

TEST_CASE("A backup is made while the database is in use and restored only when sound") {
  Clinic clinic;
  const db::Id draft = clinic.store.createDraft(clinic.patient, "Before the backup");
  clinic.store.appendItem(draft, test::sampleItem());
  const auto backup = clinic.folder / "backup.sqlite";
  clinic.store.backupTo(backup);
  CHECK_THROWS_WITH(clinic.store.backupTo(backup), Contains("already exists"));
  CHECK(test::sqlText(backup, "PRAGMA integrity_check") == "ok");

  clinic.store.addPatient(test::samplePatient("AFTER-1", "After"));  // made after the backup

  SECTION("a sound backup replaces the database, and the replaced one is kept") {
    const auto kept = db::Store::restore(backup, clinic.file);
    db::Store reopened(clinic.file);
    CHECK_FALSE(reopened.findPatientByChart("AFTER-1").has_value());
    CHECK(reopened.program(draft).items.size() == 1);
    CHECK(db::Store(kept).findPatientByChart("AFTER-1").has_value());
    CHECK(reopened.verifyAudit().intact);
  }
  SECTION("a damaged backup is refused and nothing changes") {
    std::string bytes = test::readBytes(backup);
    for (std::size_t i = 4096; i < bytes.size(); i += 7) bytes[i] = '\x42';
    test::writeBytes(backup, bytes);
    CHECK_THROWS_AS(db::Store::restore(backup, clinic.file), db::DatabaseError);
    CHECK(db::Store(clinic.file).findPatientByChart("AFTER-1").has_value());
  }
  SECTION("a file that is not a backup is refused") {
    test::writeBytes(backup, "not a backup");
    CHECK_THROWS_WITH(db::Store::restore(backup, clinic.file), Contains("Nothing was restored"));
  }
}

TEST_CASE("The clinic profile, logo included, is kept") {
  Clinic clinic;
  CHECK(clinic.store.clinic() == db::ClinicProfile{});
  db::ClinicProfile profile{"Riverside Physical Therapy",
                            "12 Mill Road\nSpringfield",
                            "555-0142",
                            "front@riverside.example",
                            std::string("\x89PNG\r\n\x1a\n\0\0binary", 16),
                            "image/png"};
  clinic.store.saveClinic(profile);
  CHECK(clinic.store.clinic() == profile);
  profile.phone = "555-0143";
  profile.logo.clear();
  clinic.store.saveClinic(profile);
  CHECK(clinic.store.clinic() == profile);

  CHECK(clinic.store.verifyAudit().intact);
}

TEST_CASE("When another program holds the database too long, a save says busy, try again, and loses nothing") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  db::Store store(file, db::OpenMode::create_if_missing, std::chrono::milliseconds(100));
  const db::Id patient = store.addPatient(test::samplePatient());
  const db::Id draft = store.createDraft(patient, "Before");

  std::atomic<bool> locked{false};
  std::atomic<bool> release{false};
  std::thread holder([&] {
    sqlite3* other = nullptr;
    sqlite3_open(file.c_str(), &other);
    sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO clinician (name) VALUES ('holder');", nullptr, nullptr, nullptr);
    locked = true;
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
  });
  while (!locked) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  CHECK_THROWS_WITH(store.saveDraft(draft, "During", {test::sampleItem()}),
                    Contains("busy") && Contains("Nothing was lost") && Contains("again"));
  CHECK_THROWS_AS(store.saveDraft(draft, "During", {test::sampleItem()}), db::DatabaseBusy);
  release = true;
  holder.join();
  store.saveDraft(draft, "After", {test::sampleItem()});  // the retry goes through
  CHECK(store.program(draft).title == "After");
  CHECK(store.program(draft).items.size() == 1);
}
