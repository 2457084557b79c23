// Opening database files: new, ours, someone else's, damaged, newer; and schema migrations.
#include "../support/raw_sqlite.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/schema.hpp>
#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <random>

using namespace motus;
using Catch::Matchers::Contains;

TEST_CASE("A new database is created with the whole schema, in WAL mode with foreign keys") {
  const test::TempFolder folder("db");
  const auto file = folder / "clinic" / "motus.sqlite";  // the folder is created too
  {
    db::Store store(file);
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
  { id = db::Store(file).addPatient(test::samplePatient()); }
  const std::string schemaBefore = test::sqlText(file, "SELECT group_concat(sql) FROM sqlite_master");
  db::Store again(file);
  CHECK(again.patient(id).details == test::samplePatient());
  CHECK(test::sqlText(file, "SELECT group_concat(sql) FROM sqlite_master") == schemaBefore);
}

TEST_CASE("An empty file is initialised as a new database") {
  const test::TempFolder folder("db");
  const auto file = folder / "empty.sqlite";
  test::writeBytes(file, "");
  db::Store store(file);
  CHECK(store.listPatients().empty());
}

TEST_CASE("A file that is not a Motus database is refused by name and left byte for byte untouched") {
  const test::TempFolder folder("db");
  const auto file = folder / "not-motus.sqlite";
  SECTION("another application's SQLite database") {
    test::sqlExec(file, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Blue in Green');");
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
  try {
    db::Store store(file);
    FAIL("the file was accepted");
  } catch (const db::DatabaseError& error) {
    CHECK_THAT(error.what(), Contains(file.string()) && Contains("not changed"));
  }
  CHECK(test::readBytes(file) == before);
  CHECK_FALSE(std::filesystem::exists(file.string() + "-wal"));
}

TEST_CASE("A database from a newer Motus is refused and left untouched") {
  const test::TempFolder folder("db");
  const auto file = folder / "newer.sqlite";
  { db::Store(file).addPatient(test::samplePatient()); }
  test::sqlExec(file, "PRAGMA user_version = " + std::to_string(db::latestSchemaVersion() + 1));
  const std::string before = test::readBytes(file);
  CHECK_THROWS_AS(db::Store(file), db::NewerDatabase);
  CHECK_THROWS_WITH(db::Store(file), Contains("newer Motus") && Contains("Update Motus"));
  CHECK(test::readBytes(file) == before);
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
    db::Store store(file);
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
