// Patients, conditions and patient search, on real SQLite files.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> charts(const std::vector<db::Patient>& patients) {
  std::vector<std::string> list;
  for (const db::Patient& p : patients) list.push_back(p.details.chart_number);
  return list;
}

using Charts = std::vector<std::string>;

}  // namespace

TEST_CASE("A patient is added, read back, updated and found by chart number") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  const db::Id id = store.addPatient(test::samplePatient());
  db::Patient patient = store.patient(id);
  CHECK(patient.details == test::samplePatient());
  CHECK_FALSE(patient.archived);
  CHECK(patient.created_at.size() == 24);

  db::PatientDetails changed = patient.details;
  changed.phone = "555-0199";
  store.updatePatient(id, changed);
  CHECK(store.patient(id).details.phone == "555-0199");
  CHECK(store.findPatientByChart("A-1001")->id == id);
  CHECK_FALSE(store.findPatientByChart("A-9999").has_value());
  CHECK_THROWS_AS(store.patient(4242), db::RecordNotFound);
}

TEST_CASE("Chart numbers are unique and names are required; nothing is saved on a refusal") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  store.addPatient(test::samplePatient("A-1"));
  CHECK_THROWS_WITH(store.addPatient(test::samplePatient("A-1", "Other")),
                    Contains("Chart number 'A-1' belongs to another patient"));
  const db::Id second = store.addPatient(test::samplePatient("A-2"));
  CHECK_THROWS_WITH(store.updatePatient(second, test::samplePatient("A-1")), Contains("belongs to another patient"));
  db::PatientDetails nameless = test::samplePatient("A-3", "");
  CHECK_THROWS_WITH(store.addPatient(nameless), Contains("needs a family name"));
  db::PatientDetails badDate = test::samplePatient("A-4");
  badDate.birth_date = "14/03/1948";
  CHECK_THROWS_AS(store.addPatient(badDate), db::InvalidRecord);
  CHECK(store.listPatients().size() == 2);
}

TEST_CASE("Hostile text round-trips exactly") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  const std::vector<std::string> hostile{
      "O'Brien \"the\" `quoted`",
      "Robert'); DROP TABLE patient;--",
      std::string("tab\there\nnewline\rreturn\x01\x1b[31m and a NUL ") + '\0' + " inside",
      std::string(10000, 'x'),
      "Zoë 👩🏽‍⚕️ 😀",
      "مريم العتيبي",        // right to left
      "\u202Eevil\u202C override",
      "<script>alert(1)</script>",
  };
  int n = 0;
  for (const std::string& text : hostile) {
    INFO("case " << n);
    db::PatientDetails details = test::samplePatient("H-" + std::to_string(n++), text, text);
    details.notes = text;
    const db::Id id = store.addPatient(details);
    CHECK(store.patient(id).details == details);
    store.setCondition(id, {"osteoporosis", text, "2020"});
    CHECK(store.conditions(id).at(0).note == text);
  }
}

TEST_CASE("Patient search: prefixes of name or chart words, ignoring case and accents") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  store.addPatient(test::samplePatient("A-1001", "Nguyen", "Mai"));
  store.addPatient(test::samplePatient("A-1002", "Müller", "Jürgen"));
  store.addPatient(test::samplePatient("B-2001", "Smith", "Joan"));
  store.addPatient(test::samplePatient("B-2002", "Smithson", "Élodie"));
  const db::Id archived = store.addPatient(test::samplePatient("C-3001", "Smart", "Jo"));
  store.setArchived(archived, true);

  CHECK(charts(store.searchPatients("smi")) == Charts{"B-2001", "B-2002"});
  CHECK(charts(store.searchPatients("SMITH JO")) == Charts{"B-2001"});
  CHECK(charts(store.searchPatients("muller")) == Charts{"A-1002"});
  CHECK(charts(store.searchPatients("jurg")) == Charts{"A-1002"});
  CHECK(charts(store.searchPatients("elo")) == Charts{"B-2002"});
  CHECK(charts(store.searchPatients("A-100")) == Charts{"A-1002", "A-1001"});  // in name order
  CHECK(charts(store.searchPatients("2001")) == Charts{"B-2001"});
  CHECK(charts(store.searchPatients("sma")).empty());  // archived patients are hidden...
  CHECK(charts(store.searchPatients("sma", true)) == Charts{"C-3001"});  // ...unless asked for
  CHECK(store.searchPatients("\" OR 1=1 --").empty());
  CHECK(store.searchPatients("NEAR(smith joan) *").empty());
  CHECK(store.searchPatients("").size() == 4);
}

TEST_CASE("Archiving hides a patient from the list; restoring brings them back") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  const db::Id id = store.addPatient(test::samplePatient());
  store.setArchived(id, true);
  CHECK(store.listPatients().empty());
  CHECK(store.listPatients(true).size() == 1);
  CHECK(store.patient(id).archived);
  store.setArchived(id, false);
  CHECK(store.listPatients().size() == 1);
}

TEST_CASE("Conditions use the SDK's codes, one row per code with a note and a date") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  const db::Id id = store.addPatient(test::samplePatient());
  store.setCondition(id, {"osteoporosis", "T-score -2.8", "2021-05"});
  store.setCondition(id, {"fall-risk", "", ""});
  store.setCondition(id, {"osteoporosis", "T-score -3.0", "2021-05"});  // replaces
  CHECK(store.conditions(id) == std::vector<db::PatientCondition>{{"fall-risk", "", ""},
                                                                  {"osteoporosis", "T-score -3.0", "2021-05"}});
  CHECK_THROWS_WITH(store.setCondition(id, {"osteoporsis", "", ""}), Contains("Unknown condition code 'osteoporsis'"));
  store.removeCondition(id, "fall-risk");
  CHECK(store.conditions(id).size() == 1);
  CHECK_THROWS_AS(store.removeCondition(id, "fall-risk"), db::RecordNotFound);
  CHECK_THROWS_AS(store.setCondition(999, {"pregnancy", "", ""}), db::RecordNotFound);
}

TEST_CASE("Deleting a patient for good removes programs and conditions, and is audited without the name") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  db::Store store(file);
  const db::Id keep = store.addPatient(test::samplePatient("K-1", "Keep"));
  const db::Id gone = store.addPatient(test::samplePatient("G-1", "Gonzales"));
  store.setCondition(gone, {"pregnancy", "", ""});
  const db::Id first = store.createDraft(gone, "Back care");
  store.appendItem(first, test::sampleItem());
  store.issueProgram(first);
  const db::Id second = store.newVersion(first);
  store.issueProgram(second);
  store.createDraft(gone, "Unfinished");
  store.createDraft(keep, "Keep this");

  store.deletePatient(gone);
  CHECK_THROWS_AS(store.patient(gone), db::RecordNotFound);
  CHECK(store.programs(gone).empty());
  CHECK(test::sqlText(file, "SELECT count(*) FROM program_item") == "0");
  CHECK(test::sqlText(file, "SELECT count(*) FROM patient_condition") == "0");
  CHECK(test::sqlText(file, "SELECT count(*) FROM record_purge") == "0");
  CHECK(store.programs(keep).size() == 1);
  const db::AuditEntry last = store.auditLog().back();
  CHECK(last.action == "delete");
  CHECK_THAT(last.summary, Contains("3 program(s)"));
  CHECK(test::sqlText(file, "SELECT count(*) FROM audit_log WHERE summary LIKE '%Gonzales%'") == "0");
  CHECK(store.verifyAudit().intact);
}

TEST_CASE("A first letter that matches thousands of patients still lists the first page in name order") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite");
  for (int i = 2500; i > 0; --i) {
    store.addPatient(test::samplePatient("S-" + std::to_string(i), "Smith" + std::to_string(10000 + i), "Sam"));
  }
  store.addPatient(test::samplePatient("Z-1", "Zhou", "Sam"));
  const std::vector<db::Patient> page = store.searchPatients("s", false, 50);
  REQUIRE(page.size() == 50);
  CHECK(page.front().details.family_name == "Smith10001");
  CHECK(page.back().details.family_name == "Smith10050");
  CHECK(charts(store.searchPatients("zh")) == Charts{"Z-1"});
  CHECK(store.searchPatients("sam", false, 5000).size() == 2501);
}
