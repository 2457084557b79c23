// Undo and redo of a draft's changes through the core, on a real SQLite file: each step is one
// transaction and one audit entry, a removed exercise comes back whole, and a change made
// elsewhere is never undone away.
#include <motus/core/records.hpp>

#include "../support/sample_catalog.hpp"
#include "../support/temp_folder.hpp"

#include <catch2/catch.hpp>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> names(const db::Program& program) {
  std::vector<std::string> list;
  for (const db::ProgramItem& item : program.items) list.push_back(item.exercise.spec.name);
  return list;
}

struct Draft {
  test::TempFolder folder{"draft-undo"};
  core::Records records{folder / "motus.sqlite", db::OpenMode::create_if_missing};
  db::Id patient = records.addPatient(test::samplePatient());
  db::Id draft = records.createDraft(patient, "Back care");

  Draft() {
    records.setCondition(patient, {"osteoporosis", "", ""});
    records.prescribe(draft, test::sampleEntry("bridge", "Bridge"), std::nullopt, "", "");
    records.prescribe(draft, test::sampleEntry("thoracic-roll", "Thoracic roll", true), std::nullopt, "", "");
    records.prescribe(draft, test::sampleEntry("clam", "Clam"), std::nullopt, "", "");
  }
  db::Program program() const { return records.store().program(draft); }
};

const std::string kReason = "Bone density is normal on the 2026 scan; her GP agrees to gentle rolling.";

}  // namespace

TEST_CASE("Undo brings back a removed exercise at its place, with its dosage, note and override reason") {
  Draft clinic;
  sdk::Dosage dosage = clinic.program().items[1].dosage;
  dosage.sets = sdk::Range::exactly(3);
  clinic.records.editItem(clinic.draft, 2, dosage, "Slowly, on a soft mat");
  clinic.records.overrideAvoid(clinic.draft, 2, kReason);
  const db::Program before = clinic.program();

  clinic.records.removeItem(clinic.draft, 2);
  CHECK(names(clinic.program()) == std::vector<std::string>{"Bridge", "Clam"});
  REQUIRE(clinic.records.undoable(clinic.draft) == "removing Thoracic roll");

  clinic.records.undo(clinic.draft);
  const db::Program after = clinic.program();
  CHECK(after.items == before.items);  // the same place, dosage, note, override and its conditions
  CHECK(after.items[1].override_reason == kReason);
  CHECK(after.items[1].dosage.sets == sdk::Range::exactly(3));
  CHECK(clinic.records.findings(clinic.draft).size() == 1);
  CHECK_FALSE(clinic.records.findings(clinic.draft)[0].blocksIssue());  // still answered: it can be issued
  CHECK(clinic.records.redoable(clinic.draft) == "removing Thoracic roll");
  CHECK(clinic.records.undoable(clinic.draft) == "the override of Thoracic roll");

  clinic.records.redo(clinic.draft);
  CHECK(names(clinic.program()) == std::vector<std::string>{"Bridge", "Clam"});
  CHECK(clinic.records.undoable(clinic.draft) == "removing Thoracic roll");
  CHECK_FALSE(clinic.records.redoable(clinic.draft).has_value());
}

TEST_CASE("Every kind of change is undone newest first, back to the empty draft, and redone in order") {
  Draft clinic;
  const db::Program start = clinic.program();
  clinic.records.moveItem(clinic.draft, 3, 1);
  clinic.records.overrideAvoid(clinic.draft, 3, kReason);
  clinic.records.renameDraft(clinic.draft, "Back care, week 2");
  const db::Program end = clinic.program();

  std::vector<std::string> undone;
  while (const auto label = clinic.records.undoable(clinic.draft)) {
    undone.push_back(*label);
    clinic.records.undo(clinic.draft);
  }
  CHECK(undone == std::vector<std::string>{"renaming the draft", "the override of Thoracic roll", "moving Clam",
                                           "adding Clam", "adding Thoracic roll", "adding Bridge"});
  CHECK(clinic.program().items.empty());
  CHECK(clinic.program().title == "Back care");
  CHECK_THROWS_WITH(clinic.records.undo(clinic.draft), Contains("nothing to undo"));

  for (int step = 0; step < 3; ++step) clinic.records.redo(clinic.draft);
  CHECK(clinic.program().items == start.items);
  while (clinic.records.redoable(clinic.draft)) clinic.records.redo(clinic.draft);
  CHECK(clinic.program().items == end.items);
  CHECK(clinic.program().title == end.title);
  CHECK_THROWS_WITH(clinic.records.redo(clinic.draft), Contains("nothing to redo"));
}

TEST_CASE("A new change after an undo leaves nothing to redo") {
  Draft clinic;
  clinic.records.removeItem(clinic.draft, 1);
  clinic.records.undo(clinic.draft);
  REQUIRE(clinic.records.redoable(clinic.draft).has_value());
  clinic.records.moveItem(clinic.draft, 1, 2);
  CHECK_FALSE(clinic.records.redoable(clinic.draft).has_value());
  CHECK(clinic.records.undoable(clinic.draft) == "moving Bridge");
}

TEST_CASE("Each undo and redo is one audit entry that says what it took back") {
  Draft clinic;
  clinic.records.removeItem(clinic.draft, 2);
  const std::size_t entries = clinic.records.store().auditLog().size();
  clinic.records.undo(clinic.draft);
  clinic.records.redo(clinic.draft);
  const std::vector<db::AuditEntry> log = clinic.records.store().auditLog();
  REQUIRE(log.size() == entries + 2);
  CHECK(log[entries].summary == "undone: exercise 2 removed");
  CHECK(log[entries + 1].summary == "redone: exercise 2 removed");
  CHECK(log.back().entity_id == std::to_string(clinic.draft));
  CHECK(clinic.records.store().verifyAudit().intact);
}

TEST_CASE("An undo never takes away a change saved elsewhere since, and says so") {
  Draft clinic;
  clinic.records.removeItem(clinic.draft, 1);
  // Another window (or motus-cli) on the same file adds an exercise meanwhile.
  {
    core::Records other(clinic.folder / "motus.sqlite");
    other.prescribe(clinic.draft, test::sampleEntry("squat", "Chair squat"), std::nullopt, "", "");
  }
  const db::Program shared = clinic.program();
  CHECK_THROWS_WITH(clinic.records.undo(clinic.draft), Contains("changed somewhere else since"));
  CHECK(clinic.program().items == shared.items);                   // nothing changed
  CHECK_FALSE(clinic.records.undoable(clinic.draft).has_value());  // and the stale steps are gone
}

TEST_CASE("An issued program has nothing to undo, and a deleted draft's steps go with it") {
  Draft clinic;
  clinic.records.removeItem(clinic.draft, 2);  // the Avoid one: nothing blocks issuing
  REQUIRE(clinic.records.undoable(clinic.draft).has_value());
  clinic.records.issue(clinic.draft);
  CHECK_FALSE(clinic.records.undoable(clinic.draft).has_value());
  CHECK_THROWS_WITH(clinic.records.undo(clinic.draft), Contains("nothing to undo"));

  const db::Id second = clinic.records.createDraft(clinic.patient, "Another");
  clinic.records.prescribe(second, test::sampleEntry("bridge", "Bridge"), std::nullopt, "", "");
  clinic.records.deleteDraft(second);
  CHECK_FALSE(clinic.records.undoable(second).has_value());
}

TEST_CASE("Adding a template is one step Undo takes back") {
  Draft clinic;
  const db::Id knee = clinic.records.saveTemplate("Knee basics", clinic.draft);
  const db::Id draft = clinic.records.createDraft(clinic.patient, "From the template");
  clinic.records.assignTemplate(knee, draft);
  CHECK(clinic.records.store().program(draft).items.size() == 3);
  CHECK(clinic.records.undoable(draft) == "adding the template Knee basics");
  clinic.records.undo(draft);
  CHECK(clinic.records.store().program(draft).items.empty());
}

TEST_CASE(
    "An easier or harder version takes the exercise's place with the therapist's dosage, and asks again for an "
    "override") {
  Draft clinic;
  sdk::Dosage dosage = clinic.program().items[1].dosage;
  dosage.sets = sdk::Range::exactly(3);
  clinic.records.editItem(clinic.draft, 2, dosage, "On a soft mat");
  clinic.records.overrideAvoid(clinic.draft, 2, kReason);

  clinic.records.replaceExercise(clinic.draft, 2, test::sampleEntry("snow-angel", "Snow angel", true));
  const db::ProgramItem swapped = clinic.program().items[1];
  CHECK(names(clinic.program()) == std::vector<std::string>{"Bridge", "Snow angel", "Clam"});
  CHECK(swapped.dosage == dosage);
  CHECK(swapped.note == "On a soft mat");
  CHECK(swapped.override_reason.empty());  // it answered the other exercise
  CHECK(clinic.records.findings(clinic.draft)[0].blocksIssue());
  CHECK(clinic.records.undoable(clinic.draft) == "swapping Thoracic roll for Snow angel");
  CHECK(clinic.records.store().auditLog().back().summary == "exercise 2 swapped for foam-rolling/snow-angel");

  clinic.records.undo(clinic.draft);
  CHECK(clinic.program().items[1].override_reason == kReason);
  CHECK(clinic.program().items[1].exercise.spec.name == "Thoracic roll");
}

TEST_CASE("An undo never lands in another patient's draft that took a deleted draft's number") {
  test::TempFolder folder{"draft-undo-reuse"};
  core::Records records{folder / "motus.sqlite", db::OpenMode::create_if_missing};
  const db::Id first = records.addPatient(test::samplePatient());
  const db::Id draft = records.createDraft(first, "Home exercises");
  records.prescribe(draft, test::sampleEntry("bridge", "Bridge"), std::nullopt, "Slowly", "");
  records.removeItem(draft, 1);  // the step to undo: back to one Bridge
  {
    // Elsewhere the draft is deleted, and another patient's new draft gets its number.
    core::Records other(folder / "motus.sqlite");
    other.deleteDraft(draft);
    db::PatientDetails details = test::samplePatient();
    details.chart_number = "B-2";
    const db::Id second = other.addPatient(details);
    REQUIRE(other.createDraft(second, "Home exercises") == draft);  // SQLite reuses the highest id
  }
  CHECK_THROWS_WITH(records.undo(draft), Contains("changed somewhere else since"));
  CHECK(records.store().program(draft).items.empty());  // nothing of the first patient's reached it
}
