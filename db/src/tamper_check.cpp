// Finding what was changed outside Motus: the schema objects that protect the records (triggers
// above all), and programs or snapshots that no longer match the hashes recorded for them.
#include "store_impl.hpp"

#include <motus/db/schema.hpp>

#include <map>
#include <utility>

namespace motus::db {
namespace {

struct SchemaObject {
  std::string type;
  std::string sql;
};

using SchemaObjects = std::map<std::string, SchemaObject>;

SchemaObjects readSchema(SQLite::Database& db) {
  SchemaObjects objects;
  // sqlite_stat tables appear after ANALYZE and are not part of the schema Motus relies on.
  SQLite::Statement select(db,
                           "SELECT name, type, coalesce(sql, '') FROM sqlite_schema "
                           "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name");
  while (select.executeStep()) {
    objects[select.getColumn(0).getString()] = {select.getColumn(1).getString(), select.getColumn(2).getString()};
  }
  return objects;
}

// The schema a new database gets, built in memory from the same migrations.
const SchemaObjects& expectedSchema() {
  static const SchemaObjects expected = [] {
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const Migration& migration : motusMigrations()) memory.exec(std::string(migration.sql));
    return readSchema(memory);
  }();
  return expected;
}

// What a protecting trigger is for, in the words a clinic needs.
std::string purposeOf(const std::string& name) {
  if (name.starts_with("program_")) return " (it keeps issued programs from changing)";
  if (name.starts_with("audit_log_no_")) return " (it keeps the audit log append-only)";
  return "";
}

}  // namespace

std::vector<std::string> Store::schemaProblems() const {
  return detail::translated("checking the database's schema", [&] {
    std::vector<std::string> problems;
    const SchemaObjects& expected = expectedSchema();
    const SchemaObjects actual = readSchema(*impl_->db);
    for (const auto& [name, object] : expected) {
      const auto found = actual.find(name);
      if (found == actual.end()) {
        problems.push_back("the " + object.type + " '" + name + "'" + purposeOf(name) + " was removed");
      } else if (found->second.type != object.type || found->second.sql != object.sql) {
        problems.push_back("the " + object.type + " '" + name + "'" + purposeOf(name) + " was changed");
      }
    }
    for (const auto& [name, object] : actual) {
      if (!expected.contains(name)) {
        problems.push_back("a " + object.type + " '" + name + "' that Motus does not make was added");
      }
    }
    return problems;
  });
}

std::vector<AlteredProgram> Store::alteredPrograms() const {
  return detail::translated("checking the programs", [&] {
    std::vector<std::pair<Id, Id>> ids;
    {
      Prepared select = impl_->statement("SELECT id, patient_id FROM program ORDER BY id");
      while (select.executeStep()) ids.emplace_back(select.getColumn(0).getInt64(), select.getColumn(1).getInt64());
    }
    std::vector<AlteredProgram> altered;
    for (const auto& [program, patient] : ids) {
      Program loaded = impl_->loadProgram(program);
      if (!loaded.alterations.empty()) altered.push_back({program, patient, std::move(loaded.alterations)});
    }
    // An issued program leaves the database only with its patient, deleted for good (and audited).
    Prepared gone = impl_->statement(
        "SELECT a.id, a.entity_id FROM audit_log a WHERE a.entity = 'program' AND a.action = 'issue' "
        "AND NOT EXISTS (SELECT 1 FROM program p WHERE p.id = CAST(a.entity_id AS INTEGER)) "
        "AND NOT EXISTS (SELECT 1 FROM audit_log d WHERE d.entity = 'patient' AND d.action = 'delete' AND d.id > a.id) "
        "ORDER BY a.id");
    while (gone.executeStep()) {
      altered.push_back({std::stoll(gone.getColumn(1).getString()),
                         0,
                         {"it was issued (audit row " + std::to_string(gone.getColumn(0).getInt64()) +
                          ") and is no longer in the database, though no patient was deleted"}});
    }
    return altered;
  });
}

std::vector<std::string> Store::alteredTemplates() const {
  return detail::translated("checking the templates", [&] {
    std::vector<std::string> names;
    Prepared select = impl_->statement(
        "SELECT DISTINCT t.name, s.sha256, s.json FROM template t JOIN template_item i ON i.template_id = t.id "
        "JOIN exercise_snapshot s ON s.sha256 = i.snapshot_sha256 ORDER BY t.name");
    while (select.executeStep()) {
      std::string name = select.getColumn(0).getString();
      if (sha256Hex(select.getColumn(2).getString()) != select.getColumn(1).getString() &&
          (names.empty() || names.back() != name)) {
        names.push_back(std::move(name));
      }
    }
    return names;
  });
}

}  // namespace motus::db
