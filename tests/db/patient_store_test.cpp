// Patients, conditions and patient search, on real SQLite files.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/schema.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <sstream>
#include <tuple>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> charts(const std::vector<db::Patient>& patients) {
  std::vector<std::string> list;
  list.reserve(patients.size());
  for (const db::Patient& p : patients) list.push_back(p.details.chart_number);
  return list;
}

using Charts = std::vector<std::string>;

}  // namespace

TEST_CASE("A patient is added, read back, updated and found by chart number") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
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

TEST_CASE("Chart numbers are unique and names are required, nothing is saved on a refusal") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
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

TEST_CASE("Chart numbers that differ only in capital letters are one chart: a second patient is refused") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
  const db::Id first = store.addPatient(test::samplePatient("A-1001", "Nguyen"));
  CHECK_THROWS_WITH(store.addPatient(test::samplePatient("a-1001", "Other")),
                    Contains("Chart number 'a-1001' belongs to another patient already: Nguyen") &&
                        Contains("(A-1001); chart numbers that differ only in capital letters are one chart"));
  const db::Id second = store.addPatient(test::samplePatient("B-7"));
  CHECK_THROWS_WITH(store.updatePatient(second, test::samplePatient("a-1001")), Contains("(A-1001)"));
  CHECK(store.listPatients().size() == 2);
  // The chart is found whichever way it is typed, and its own patient may change its capitals.
  REQUIRE(store.findPatientByChart("a-1001"));
  CHECK(store.findPatientByChart("a-1001")->id == first);
  store.updatePatient(first, test::samplePatient("a-1001", "Nguyen"));
  CHECK(store.patient(first).details.chart_number == "a-1001");
}

TEST_CASE("Twin chart numbers saved before they were refused are kept, found exactly and still editable") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  db::Id upper = 0;
  {
    db::Store store(file, db::OpenMode::create_if_missing);
    upper = store.addPatient(test::samplePatient("A-1001", "Nguyen"));
  }
  // A database as schema 4 left it, holding twins that only differ in case.
  test::sqlExec(file,
                "DROP TRIGGER patient_chart_number_insert; DROP TRIGGER patient_chart_number_update; "
                "DROP INDEX patient_by_chart_number_nocase; PRAGMA user_version = 4;");
  test::sqlExec(file,
                "INSERT INTO patient (chart_number, family_name, created_at, updated_at) "
                "VALUES ('a-1001', 'Park', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');");
  db::Store store(file, db::OpenMode::must_exist);
  CHECK(test::sqlText(file, "PRAGMA user_version") == std::to_string(db::latestSchemaVersion()));
  CHECK(store.listPatients().size() == 2);
  REQUIRE(store.findPatientByChart("A-1001"));
  CHECK(store.findPatientByChart("A-1001")->id == upper);
  REQUIRE(store.findPatientByChart("a-1001"));
  CHECK(store.findPatientByChart("a-1001")->details.family_name == "Park");
  db::PatientDetails phone = test::samplePatient("A-1001", "Nguyen");
  phone.phone = "555-0100";
  store.updatePatient(upper, phone);  // its chart number unchanged: not refused for its twin
  CHECK(store.patient(upper).details.phone == "555-0100");
  CHECK_THROWS_WITH(store.addPatient(test::samplePatient("a-1001", "Third")), Contains("belongs to another patient"));
}

TEST_CASE("Hostile text round-trips exactly") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
  const std::vector<std::string> hostile{
      "O'Brien \"the\" `quoted`",
      "Robert'); DROP TABLE patient;--",
      std::string("tab\there\nnewline\rreturn\x01\x1b[31m and a NUL ") + '\0' + " inside",
      std::string(10000, 'x'),
      "Zoë 👩🏽‍⚕️ 😀",
      "مريم العتيبي",  // right to left
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
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
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
  CHECK(charts(store.searchPatients("sma")).empty());                    // archived patients are hidden...
  CHECK(charts(store.searchPatients("sma", true)) == Charts{"C-3001"});  // ...unless asked for
  CHECK(store.searchPatients("\" OR 1=1 --").empty());
  CHECK(store.searchPatients("NEAR(smith joan) *").empty());
  CHECK(store.searchPatients("").size() == 4);
}

TEST_CASE("Archiving hides a patient from the list, restoring brings them back") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
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
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
  const db::Id id = store.addPatient(test::samplePatient());
  store.setCondition(id, {"osteoporosis", "T-score -2.8", "2021-05"});
  store.setCondition(id, {"fall-risk", "", ""});
  store.setCondition(id, {"osteoporosis", "T-score -3.0", "2021-05"});  // replaces
  CHECK(store.conditions(id) ==
        std::vector<db::PatientCondition>{{"fall-risk", "", ""}, {"osteoporosis", "T-score -3.0", "2021-05"}});
  CHECK_THROWS_WITH(store.setCondition(id, {"osteoporsis", "", ""}), Contains("Unknown condition code 'osteoporsis'"));
  store.removeCondition(id, "fall-risk");
  CHECK(store.conditions(id).size() == 1);
  CHECK_THROWS_AS(store.removeCondition(id, "fall-risk"), db::RecordNotFound);
  CHECK_THROWS_AS(store.setCondition(999, {"pregnancy", "", ""}), db::RecordNotFound);
}

TEST_CASE("Deleting a patient for good removes programs and conditions, and is audited without the name") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  db::Store store(file, db::OpenMode::create_if_missing);
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
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
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

namespace {

// What a search should return, worked out the slow way: every typed word starts a word of the
// chart number, family or given name (case and accents ignored), sorted by family and given name
// (ASCII case ignored), then id.
std::string foldWord(const std::string& text) {
  std::string folded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC3\xA9") == 0) {  // é
      folded += 'e';
      ++i;
    } else if (std::isalnum(static_cast<unsigned char>(text[i])) != 0) {
      folded += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    } else {
      folded += ' ';
    }
  }
  return folded;
}

std::vector<std::string> wordsOf(const std::string& text) {
  std::istringstream in(foldWord(text));
  std::vector<std::string> words;
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

std::string nocase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

TEST_CASE("Patient search gives exactly what a slow, obvious search would, on random names") {
  const test::TempFolder folder("db");
  db::Store store(folder / "motus.sqlite", db::OpenMode::create_if_missing);
  std::mt19937 random(11);
  const std::vector<std::string> letters{"a", "b", "A", "B", "c", "\xC3\xA9"};
  const auto name = [&](std::size_t maxLength) {
    std::string text;
    const std::size_t length = 1 + random() % maxLength;
    for (std::size_t i = 0; i < length; ++i) text += letters[random() % letters.size()];
    return text;
  };
  std::vector<db::Patient> everyone;
  for (int i = 0; i < 1500; ++i) {
    db::PatientDetails details = test::samplePatient("Q-" + std::to_string(random() % 100000) + "-" + std::to_string(i),
                                                     name(8), random() % 3 == 0 ? name(3) + " " + name(4) : name(5));
    const db::Id id = store.addPatient(details);
    if (random() % 5 == 0) store.setArchived(id, true);
    everyone.push_back(store.patient(id));
  }
  for (int round = 0; round < 300; ++round) {
    const db::Patient& someone = everyone[random() % everyone.size()];
    const std::vector<std::string> words =
        wordsOf(someone.details.chart_number + " " + someone.details.family_name + " " + someone.details.given_name);
    std::string query = words[random() % words.size()];
    query = query.substr(0, 1 + random() % query.size());
    if (round % 3 == 0) {
      const std::string& second = words[random() % words.size()];
      query += " " + second.substr(0, 1 + random() % second.size());
    }
    const bool archived = round % 2 == 0;
    const int limit = round % 4 == 0 ? 5 : 50;

    std::vector<const db::Patient*> expected;
    for (const db::Patient& p : everyone) {
      if (p.archived && !archived) continue;
      const std::vector<std::string> have =
          wordsOf(p.details.chart_number + " " + p.details.family_name + " " + p.details.given_name);
      bool all = true;
      for (const std::string& typed : wordsOf(query)) {
        all =
            all && std::any_of(have.begin(), have.end(), [&](const std::string& w) { return w.rfind(typed, 0) == 0; });
      }
      if (all) expected.push_back(&p);
    }
    std::sort(expected.begin(), expected.end(), [](const db::Patient* a, const db::Patient* b) {
      return std::make_tuple(nocase(a->details.family_name), nocase(a->details.given_name), a->id) <
             std::make_tuple(nocase(b->details.family_name), nocase(b->details.given_name), b->id);
    });
    if (static_cast<int>(expected.size()) > limit) expected.resize(static_cast<std::size_t>(limit));
    std::vector<db::Id> expectedIds;
    expectedIds.reserve(expected.size());
    for (const db::Patient* p : expected) expectedIds.push_back(p->id);
    std::vector<db::Id> actualIds;
    for (const db::Patient& p : store.searchPatients(query, archived, limit)) actualIds.push_back(p.id);
    INFO("query '" << query << "', archived " << archived << ", limit " << limit);
    CHECK(actualIds == expectedIds);
  }
}
