// The core's operations on drafts, templates and the clinic, on a real SQLite file: each one is
// checked, done in one transaction, audited, and refused whole when anything is wrong.
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

bool sameContent(const db::Program& a, const db::Program& b) {
  return a.title == b.title && a.items == b.items && a.status == b.status;
}

struct Draft {
  test::TempFolder folder{"records-operations"};
  core::Records records{folder / "motus.sqlite", db::OpenMode::create_if_missing};
  db::Id patient = records.addPatient(test::samplePatient());
  db::Id draft = records.createDraft(patient, "Knee strength");

  Draft() {
    for (const auto& [id, name] : {std::pair{"bridge", "Bridge"}, {"clam", "Clam"}, {"squat", "Chair squat"}})
      records.prescribe(draft, test::sampleEntry(id, name), std::nullopt, "", "");
  }
  db::Program program() const { return records.store().program(draft); }
};

}  // namespace

TEST_CASE("A draft's exercises are moved, edited and removed by number, each change saved and audited") {
  Draft clinic;
  clinic.records.moveItem(clinic.draft, 3, 1);
  CHECK(names(clinic.program()) == std::vector<std::string>{"Chair squat", "Bridge", "Clam"});
  clinic.records.moveItem(clinic.draft, 1, 3);
  CHECK(names(clinic.program()) == std::vector<std::string>{"Bridge", "Clam", "Chair squat"});

  sdk::Dosage dosage;
  dosage.sets = sdk::Range::exactly(2);
  dosage.reps = sdk::Range::between(8, 12);
  clinic.records.editItem(clinic.draft, 2, dosage, "Band above the knees");
  const db::Program edited = clinic.program();
  CHECK(edited.items[1].dosage == dosage);
  CHECK(edited.items[1].note == "Band above the knees");
  CHECK(edited.items[0].note.empty());

  clinic.records.removeItem(clinic.draft, 1);
  CHECK(names(clinic.program()) == std::vector<std::string>{"Clam", "Chair squat"});
  clinic.records.renameDraft(clinic.draft, "  Knee strength, week 2 ");
  CHECK(clinic.program().title == "Knee strength, week 2");

  std::string audit;
  for (const db::AuditEntry& row : clinic.records.store().auditLog()) audit += row.summary + "\n";
  CHECK_THAT(audit, Contains("exercise 3 moved to 1") && Contains("exercise 2 changed") &&
                        Contains("exercise 1 removed") && Contains("draft renamed"));
  CHECK(clinic.records.store().verifyAudit().intact);
}

TEST_CASE("A change that breaks a rule is refused whole and the draft stays as it was") {
  Draft clinic;
  const db::Program before = clinic.program();
  sdk::Dosage impossible;
  impossible.reps = sdk::Range::between(15, 10);
  CHECK_THROWS_WITH(clinic.records.editItem(clinic.draft, 1, impossible, ""), Contains("dosage"));
  CHECK_THROWS_WITH(clinic.records.editItem(clinic.draft, 1, {}, "bad \xC3\x28 text"),
                    Contains("the note has characters that are not text"));
  CHECK_THROWS_AS(clinic.records.moveItem(clinic.draft, 1, 4), db::RecordNotFound);
  CHECK_THROWS_AS(clinic.records.moveItem(clinic.draft, 0, 1), db::RecordNotFound);
  CHECK_THROWS_WITH(clinic.records.removeItem(clinic.draft, 9), Contains("no exercise number 9 (it has 3)"));
  CHECK_THROWS_WITH(clinic.records.renameDraft(clinic.draft, "   "), Contains("the program title is missing"));
  CHECK_THROWS_WITH(clinic.records.createDraft(clinic.patient, "\xFF"), Contains("not text"));
  CHECK_THROWS_WITH(clinic.records.overrideAvoid(clinic.draft, 1, "It is fine"), Contains("nothing to override"));
  CHECK(sameContent(clinic.program(), before));
}

TEST_CASE("An issued program refuses every change, and only its draft copy can be deleted") {
  Draft clinic;
  clinic.records.issue(clinic.draft);
  const db::Program issued = clinic.program();
  CHECK_THROWS_AS(clinic.records.moveItem(clinic.draft, 1, 2), db::ImmutableRecord);
  CHECK_THROWS_AS(clinic.records.removeItem(clinic.draft, 1), db::ImmutableRecord);
  CHECK_THROWS_AS(clinic.records.editItem(clinic.draft, 1, issued.items[0].dosage, "Softer"), db::ImmutableRecord);
  CHECK_THROWS_AS(clinic.records.renameDraft(clinic.draft, "New"), db::ImmutableRecord);
  CHECK_THROWS_AS(clinic.records.deleteDraft(clinic.draft), db::ImmutableRecord);
  CHECK(sameContent(clinic.program(), issued));

  const db::Id next = clinic.records.newVersion(clinic.draft);
  clinic.records.deleteDraft(next);
  CHECK_THROWS_AS(clinic.records.store().program(next), db::RecordNotFound);
  CHECK(clinic.records.store().programs(clinic.patient).size() == 1);
}

TEST_CASE("Templates are saved from a program, renamed, assigned and deleted through the core") {
  Draft clinic;
  const db::Id knee = clinic.records.saveTemplate("Knee starter", clinic.draft);
  CHECK(clinic.records.templateNamed("Knee starter").items.size() == 3);
  clinic.records.saveTemplate("Hip starter", clinic.draft);
  CHECK_THROWS_WITH(clinic.records.renameTemplate(knee, "Hip starter"), Contains("already named 'Hip starter'"));
  CHECK_THROWS_WITH(clinic.records.saveTemplate(" ", clinic.draft), Contains("the template name is missing"));
  clinic.records.renameTemplate(knee, "Knee, week 1");
  CHECK_THROWS_AS(clinic.records.templateNamed("Knee starter"), db::RecordNotFound);

  const db::Id second = clinic.records.createDraft(clinic.patient, "Second");
  clinic.records.assignTemplate(clinic.records.templateNamed("Knee, week 1").id, second);
  clinic.records.deleteTemplate(knee);
  CHECK(clinic.records.store().program(second).items.size() == 3);  // the copies stay
  CHECK(clinic.records.store().templates().size() == 1);
  CHECK_THROWS_AS(clinic.records.deleteTemplate(knee), db::RecordNotFound);

  const db::Id empty = clinic.records.createDraft(clinic.patient, "Empty");
  CHECK_THROWS_WITH(clinic.records.saveTemplate("Nothing", empty), Contains("has no exercises yet"));
}

TEST_CASE("The clinic's details and the clinician's name must be readable text") {
  test::TempFolder folder("records-clinic");
  core::Records records(folder / "motus.sqlite", db::OpenMode::create_if_missing);
  db::ClinicProfile clinic;
  clinic.name = "  Riverside PT ";
  clinic.address = "12 River Road\nSpringfield";
  records.saveClinic(clinic);
  CHECK(records.store().clinic().name == "Riverside PT");
  CHECK(records.store().clinic().address == clinic.address);
  clinic.phone = "\xC3\x28";
  CHECK_THROWS_WITH(records.saveClinic(clinic), Contains("the phone has characters that are not text"));
  CHECK(records.store().clinic().phone.empty());
  CHECK_THROWS_WITH(records.setActor("Dr \xFF"), Contains("clinician's name"));

  clinic.phone.clear();
  clinic.logo = "just some text";
  clinic.logo_type = "image/png";
  CHECK_THROWS_WITH(records.saveClinic(clinic), Contains("the logo is not the image/png it says it is"));
  clinic.logo = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
  clinic.logo_type = "image/svg+xml";
  CHECK_THROWS_WITH(records.saveClinic(clinic), Contains("the SVG logo cannot be used"));
  CHECK(records.store().clinic().logo.empty());
}

TEST_CASE("An edit made on a draft that changed since it was shown is refused, never applied to another exercise") {
  Draft clinic;
  const db::Program shown = clinic.program();   // what the window shows
  clinic.records.moveItem(clinic.draft, 3, 1);  // meanwhile, motus-cli moves Chair squat to the top
  const db::Program before = clinic.program();
  CHECK_THROWS_WITH(clinic.records.removeItem(clinic.draft, 1, shown.items[0]),
                    Contains("changed since it was shown: exercise 1 is now Chair squat"));
  CHECK_THROWS_WITH(clinic.records.editItem(clinic.draft, 1, shown.items[0].dosage, "Slowly", shown.items[0]),
                    Contains("Nothing was changed"));
  CHECK_THROWS_AS(clinic.records.moveItem(clinic.draft, 1, 2, shown.items[0]), db::InvalidRecord);
  CHECK(sameContent(clinic.program(), before));
  // The same edit against what is there now goes through.
  clinic.records.removeItem(clinic.draft, 1, before.items[0]);
  CHECK(names(clinic.program()) == std::vector<std::string>{"Bridge", "Clam"});
}

TEST_CASE("Issuing screens the draft inside the issuing transaction") {
  test::TempFolder folder("records-issue");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
  const db::Id patient = store.addPatient(test::samplePatient());
  const db::Id draft = store.createDraft(patient, "Back");
  store.appendItem(draft, test::sampleItem());
  std::size_t seen = 0;
  CHECK_THROWS_AS(store.issueProgram(draft,
                                     [&](const db::Program& program) -> std::string {
                                       seen = program.items.size();
                                       throw db::InvalidRecord("refused by the check");
                                     }),
                  db::InvalidRecord);
  CHECK(seen == 1);
  CHECK(store.program(draft).status == db::ProgramStatus::draft);
  store.issueProgram(draft, [](const db::Program&) { return std::string("overrides: none"); });
  CHECK(store.program(draft).status == db::ProgramStatus::issued);
  CHECK_THAT(store.auditLog().back().summary, Contains("overrides: none"));
}
