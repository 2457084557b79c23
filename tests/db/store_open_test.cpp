// Opening database files: new, ours, someone else's, damaged, newer; and schema migrations.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/schema.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

// The names in a folder, sorted: what a person would see listed beside a file.
std::vector<std::string> listing(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// A database of a few hundred patients, as the reliability probe used, with one 4096-byte page
// in the middle overwritten by garbage (page 60: a page of patient rows).
std::filesystem::path damagedClinic(const test::TempFolder& folder) {
  const auto file = folder / "damaged.sqlite";
  {
    db::Store store(file, db::OpenMode::create_if_missing);
    for (int i = 0; i < 400; ++i)
      store.addPatient(test::samplePatient("P-" + std::to_string(i), std::string(200, 'x')));
  }
  // A page of patient rows, as the probe's page 60 was (which page that is depends on the schema).
  const int page = std::stoi(test::sqlText(
      file, "SELECT pageno FROM dbstat WHERE name = 'patient' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 20"));
  std::string bytes = test::readBytes(file);
  REQUIRE(bytes.size() > 70 * 4096);
  std::fill_n(bytes.begin() + (page - 1) * 4096, 4096, '\x42');
  test::writeBytes(file, bytes);
  return file;
}

}  // namespace

TEST_CASE("A new database is created with the whole schema, in WAL mode with foreign keys") {
  const test::TempFolder folder("db");
  const auto file = folder / "clinic" / "motus.sqlite";  // the folder is created too
  {
    db::Store store(file, db::OpenMode::create_if_missing);
    store.addPatient(test::samplePatient());
  }
  CHECK(test::sqlText(file, "PRAGMA user_version") == std::to_string(db::latestSchemaVersion()));
  CHECK(test::sqlText(file, "PRAGMA application_id") == std::to_string(db::kApplicationId));
  CHECK(test::sqlText(file, "PRAGMA journal_mode") == "wal");
  CHECK(test::sqlText(file, "SELECT count(*) FROM patient") == "1");
}

TEST_CASE("Re-opening applies nothing again and keeps the data") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  db::Id id = 0;
  { id = db::Store(file, db::OpenMode::create_if_missing).addPatient(test::samplePatient()); }
  const std::string schemaBefore = test::sqlText(file, "SELECT group_concat(sql) FROM sqlite_master");
  db::Store again(file);
  CHECK(again.patient(id).details == test::samplePatient());
  CHECK(test::sqlText(file, "SELECT group_concat(sql) FROM sqlite_master") == schemaBefore);
}

TEST_CASE("A missing file is a new database only when creating is asked for, and is refused by name otherwise") {
  const test::TempFolder folder("db");
  const auto file = folder / "mistyped" / "clinc.sqlite";
  try {
    db::Store store(file);  // must_exist: the C++ default
    FAIL("a database was made at a path nobody asked for");
  } catch (const db::DatabaseNotFound& error) {
    CHECK_THAT(error.what(), Contains("There is no database at '" + file.string() + "'"));
  }
  CHECK_THROWS_AS(db::Store(file, db::OpenMode::must_exist), db::DatabaseNotFound);
  CHECK(listing(folder.path()).empty());  // not even the folder was made
  db::Store(file, db::OpenMode::create_if_missing).addPatient(test::samplePatient());
  CHECK(db::Store(file).listPatients().size() == 1);
}

TEST_CASE("An empty file is never initialised unless that is asked for: it is usually a lost database") {
  const test::TempFolder folder("db");
  const auto file = folder / "empty.sqlite";
  SECTION("a zero-byte file") { test::writeBytes(file, ""); }
  SECTION("an SQLite database with nothing in it") { test::sqlExec(file, "PRAGMA user_version = 0; VACUUM;"); }
  const std::string before = test::readBytes(file);
  for (const db::OpenMode mode : {db::OpenMode::must_exist, db::OpenMode::create_if_missing}) {
    try {
      db::Store store(file, mode);
      FAIL("an empty file was initialised without being asked");
    } catch (const db::DatabaseNotFound& error) {
      CHECK_THAT(error.what(), Contains("'" + file.string() + "'") && Contains("lost") &&
                                   Contains("It was not changed") && Contains("backup"));
    }
    CHECK(test::readBytes(file) == before);
    CHECK(listing(folder.path()) == std::vector<std::string>{"empty.sqlite"});
  }
  db::Store store(file, db::OpenMode::create);
  CHECK(store.listPatients().empty());
  store.addPatient(test::samplePatient());
}

TEST_CASE("A file that is not a Motus database is refused by name and left byte for byte untouched") {
  const test::TempFolder folder("db");
  const auto file = folder / "not-motus.sqlite";
  SECTION("another application's SQLite database") {
    test::sqlExec(file, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Blue in Green');");
  }
  SECTION("another application's SQLite database in WAL mode") {
    test::sqlExec(file, "PRAGMA journal_mode = WAL; CREATE TABLE songs (title TEXT);");
  }
  SECTION("an SQLite file whose header is damaged (its page size)") {
    test::sqlExec(file, "CREATE TABLE songs (title TEXT);");
    std::string bytes = test::readBytes(file);
    bytes[16] = '\x03';
    bytes[17] = '\x00';
    test::writeBytes(file, bytes);
  }
  SECTION("a text file") { test::writeBytes(file, "Dear diary,\nthis is not a database.\n"); }
  SECTION("random bytes") {
    std::mt19937 random(7);
    std::string bytes(std::size_t{64} * 1024, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    test::writeBytes(file, bytes);
  }
  SECTION("an SQLite header followed by garbage") {
    std::string bytes = std::string("SQLite format 3\0", 16) + std::string(4096, '\x5A');
    test::writeBytes(file, bytes);
  }
  const std::string before = test::readBytes(file);
  REQUIRE(listing(folder.path()) == std::vector<std::string>{"not-motus.sqlite"});
  for (const db::OpenMode mode : {db::OpenMode::must_exist, db::OpenMode::create_if_missing, db::OpenMode::create}) {
    try {
      db::Store store(file, mode);
      FAIL("the file was accepted");
    } catch (const db::DatabaseError& error) {
      CHECK_THAT(error.what(), Contains(file.string()) && Contains("not changed"));
    }
    CHECK(test::readBytes(file) == before);
    CHECK(listing(folder.path()) == std::vector<std::string>{"not-motus.sqlite"});  // no -wal, no -shm
  }
}

TEST_CASE("A database from a newer Motus is refused and left untouched") {
  const test::TempFolder folder("db");
  const auto file = folder / "newer.sqlite";
  { db::Store(file, db::OpenMode::create_if_missing).addPatient(test::samplePatient()); }
  test::sqlExec(file, "PRAGMA user_version = " + std::to_string(db::latestSchemaVersion() + 1));
  const std::string before = test::readBytes(file);
  CHECK(test::sqlText(file, "PRAGMA journal_mode") == "wal");  // the case SQLite would make -wal and -shm for
  REQUIRE(listing(folder.path()) == std::vector<std::string>{"newer.sqlite"});
  CHECK_THROWS_AS(db::Store(file), db::NewerDatabase);
  CHECK_THROWS_WITH(db::Store(file), Contains("newer Motus") && Contains("Update Motus"));
  CHECK(test::readBytes(file) == before);
  CHECK(listing(folder.path()) == std::vector<std::string>{"newer.sqlite"});
}

TEST_CASE("Migrations run in order, each in one transaction with its version") {
  const test::TempFolder folder("db");
  const auto file = folder / "migrate.sqlite";
  const db::Migration first{1, "people", "CREATE TABLE person (name TEXT);"};
  const db::Migration second{2, "pets", "CREATE TABLE pet (name TEXT); INSERT INTO pet VALUES ('Rex');"};
  const db::Migration broken{
      3, "a broken step",
      "CREATE TABLE toy (name TEXT); INSERT INTO toy VALUES ('ball'); INSERT INTO nowhere VALUES (1);"};

  const std::array oneStep{first};
  db::migrateFile(file, oneStep);
  CHECK(test::sqlText(file, "PRAGMA user_version") == "1");

  const std::array twoSteps{first, second};
  db::migrateFile(file, twoSteps);
  db::migrateFile(file, twoSteps);  // nothing left to apply: Rex is not inserted twice
  CHECK(test::sqlText(file, "PRAGMA user_version") == "2");
  CHECK(test::sqlText(file, "SELECT count(*) FROM pet") == "1");

  const std::array withBroken{first, second, broken};
  CHECK_THROWS_WITH(db::migrateFile(file, withBroken),
                    Contains("schema 3 (a broken step)") && Contains("still at schema 2"));
  CHECK(test::sqlText(file, "PRAGMA user_version") == "2");
  CHECK(test::sqlText(file, "SELECT count(*) FROM sqlite_master WHERE name = 'toy'") == "0");
}

TEST_CASE("A folder is not a database file") {
  const test::TempFolder folder("db");
  CHECK_THROWS_WITH(db::Store(folder.path()), Contains("is a folder"));
}

TEST_CASE("Opening checks the schema, the full integrity check finds damage inside a table") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  {
    db::Store store(file, db::OpenMode::create_if_missing);
    CHECK(store.checkIntegrity() == "ok");
    for (int i = 0; i < 300; ++i)
      store.addPatient(test::samplePatient("P-" + std::to_string(i), std::string(200, 'x')));
  }
  SECTION("a missing table is damage, found at open") {
    test::sqlExec(file, "DROP TABLE template_item");
    CHECK_THROWS_WITH(db::Store(file), Contains("the table 'template_item' is missing") && Contains("backup"));
  }
  SECTION("a damaged data page is found by the full check, not at open") {
    // The last pages hold patient rows and indexes; the schema lives at the start of the file.
    std::string bytes = test::readBytes(file);
    REQUIRE(bytes.size() > 20 * 4096);
    std::fill(bytes.end() - 3 * 4096, bytes.end() - 2 * 4096 + 100, '\x42');
    test::writeBytes(file, bytes);
    db::Store store(file);
    const std::string result = store.checkIntegrity();
    INFO(result);
    CHECK(result != "ok");
  }
}

TEST_CASE("Once damage is seen, nothing is written: the first change of a store checks the whole file") {
  const test::TempFolder folder("db");
  const auto file = damagedClinic(folder);
  const std::string damaged = test::readBytes(file);
  db::Store store(file);  // opening checks only the schema, which is whole
  SECTION("a change is refused by the quick_check it runs first, and every later one") {
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        store.addPatient(test::samplePatient("NEW-1", "New"));
        FAIL("a change was written into a damaged database");
      } catch (const db::CorruptDatabase& error) {
        CHECK_THAT(error.what(), Contains("'" + file.string() + "' is damaged") && Contains("nothing was saved") &&
                                     Contains("motus-cli restore") && Contains("motus-cli check"));
      }
    }
    CHECK_THROWS_AS(store.saveClinic({"Riverside", "", "", "", "", ""}), db::CorruptDatabase);
  }
  SECTION("damage met by a read is remembered") {
    CHECK_THROWS_AS(store.listPatients(), db::CorruptDatabase);
    CHECK_THROWS_AS(store.addPatient(test::samplePatient("NEW-1", "New")), db::CorruptDatabase);
  }
  SECTION("a backup is refused before anything is written: its copy would be damaged too") {
    const auto backup = folder / "backup.sqlite";
    try {
      store.backupTo(backup);
      FAIL("a damaged database was backed up");
    } catch (const db::CorruptDatabase& error) {
      CHECK_THAT(error.what(), Contains("is damaged") && Contains("a backup of it would be damaged too") &&
                                   Contains("Nothing was written to '" + backup.string() + "'") &&
                                   Contains("motus-cli restore"));
    }
    CHECK_FALSE(std::filesystem::exists(backup));
    CHECK_FALSE(std::filesystem::exists(backup.string() + "-journal"));
  }
  CHECK(store.checkIntegrity() != "ok");
  store = db::Store(folder / "other.sqlite", db::OpenMode::create_if_missing);  // closes the damaged file
  CHECK(test::readBytes(file) == damaged);
}

TEST_CASE("A sound database passes the quick_check of the first change, which runs once") {
  const test::TempFolder folder("db");
  const auto file = folder / "motus.sqlite";
  db::Store store(file, db::OpenMode::create_if_missing);
  store.addPatient(test::samplePatient("A-1", "First"));
  store.addPatient(test::samplePatient("A-2", "Second"));
  CHECK(store.listPatients().size() == 2);
}

TEST_CASE("Restoring replaces a damaged database, which is kept aside as it was") {
  const test::TempFolder folder("db");
  const auto good = folder / "good.sqlite";
  {
    db::Store store(good, db::OpenMode::create_if_missing);
    store.addPatient(test::samplePatient("G-1", "Good"));
  }
  const auto file = damagedClinic(folder);
  const std::string damaged = test::readBytes(file);
  const auto kept = db::Store::restore(good, file);
  CHECK(test::readBytes(kept) == damaged);
  db::Store restored(file);
  CHECK(restored.checkIntegrity() == "ok");
  CHECK(restored.listPatients().size() == 1);
  restored.addPatient(test::samplePatient("G-2", "Again"));
}
