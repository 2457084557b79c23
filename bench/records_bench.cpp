// The record store at the size of a busy clinic after years of use: 100,000 patients and 500,000
// program items. Measures opening the database, patient search as the therapist types, saving
// a 12-item program (one transaction, synchronous=FULL), reading an issued program with its
// fingerprint checked, and motus-cli check's look at every program and at the schema.
// Usage: motus_bench_records [WORK_FOLDER]   (default: a folder under /tmp; the database is made
// afresh each run, about 3 seconds, so it always has the current schema)
#include "statistics.hpp"

#include <motus/db/fingerprint.hpp>
#include <motus/db/record_json.hpp>
#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <random>

using namespace motus;
namespace fs = std::filesystem;

namespace {

constexpr int kPatients = 100000;
constexpr int kPrograms = 50000;
constexpr int kItemsPerProgram = 10;  // 500,000 items

const char* const kFamilies[] = {"Smith",  "Nguyen",  "Garcia", "Müller", "Johnson", "Kowalski", "Okafor",
                                 "Tanaka", "Brown",   "Dubois", "Rossi",  "Silva",   "Kim",      "Patel",
                                 "Cohen",  "O'Brien", "Jensen", "Novak",  "Ivanova", "Haddad",   "Larsen",
                                 "Moreau", "Fischer", "Lopez",  "Wilson"};
const char* const kGiven[] = {"Mai",     "John",   "María", "Jürgen", "Anna",    "Chidi", "Yuki",
                              "Olivia",  "Élodie", "Marco", "Sofia",  "Min-jun", "Priya", "David",
                              "Siobhan", "Erik",   "Ana",   "Lucas",  "Fatima",  "Noah"};

void exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error != nullptr ? error : "?";
    sqlite3_free(error);
    throw std::runtime_error(message);
  }
}

db::ProgramItem benchItem(int k) {
  db::ProgramItem item;
  item.exercise.global_id = "foam-rolling/exercise-" + std::to_string(k);
  item.exercise.plugin_id = "foam-rolling";
  item.exercise.plugin_version = "1.0.0";
  item.exercise.spec.id = "exercise-" + std::to_string(k);
  item.exercise.spec.name = "Exercise " + std::to_string(k);
  item.exercise.spec.steps = {"Lie face up with the roller across your mid back.", "Bend back over it slowly.",
                              "Come back up.", "Move the roller a little and repeat."};
  item.exercise.spec.default_dosage.reps = sdk::Range::between(10, 15);
  item.dosage.reps = sdk::Range::between(10, 15);
  item.dosage.times_per_day = sdk::Range::between(1, 2);
  item.note = "Slowly.";
  return item;
}

// Fills the schema the store created, in one bulk transaction (the store's own API commits and
// fsyncs per save, which is right for a clinic and far too slow for making 500,000 rows).
void generate(const fs::path& file) {
  std::printf("Generating %d patients and %d program items in %s ...\n", kPatients, kPrograms * kItemsPerProgram,
              file.c_str());
  const auto started = std::chrono::steady_clock::now();
  { db::Store create(file, db::OpenMode::create_if_missing); }
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  exec(db, "PRAGMA synchronous = OFF; BEGIN;");
  std::mt19937 random(1);
  sqlite3_stmt* patient = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO patient (chart_number, family_name, given_name, birth_date, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')",
                     -1, &patient, nullptr);
  for (int i = 0; i < kPatients; ++i) {
    const std::string chart = "C-" + std::to_string(100000 + i);
    const std::string family = std::string(kFamilies[random() % std::size(kFamilies)]) + std::to_string(random() % 400);
    const std::string born = std::to_string(1930 + random() % 70) + "-0" + std::to_string(1 + random() % 9) + "-1" +
                             std::to_string(random() % 9);
    sqlite3_bind_text(patient, 1, chart.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(patient, 2, family.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(patient, 3, kGiven[random() % std::size(kGiven)], -1, SQLITE_STATIC);
    sqlite3_bind_text(patient, 4, born.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(patient);
    sqlite3_reset(patient);
  }
  sqlite3_finalize(patient);
  // 60 exercises, each stored under the SHA-256 of its text as the store does (reads check it).
  std::vector<std::string> keys;
  sqlite3_stmt* snapshot = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO exercise_snapshot (sha256, json) VALUES (?, ?)", -1, &snapshot, nullptr);
  for (int k = 1; k <= 60; ++k) {
    const std::string json = db::snapshotToJson(benchItem(k).exercise);
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(json);
    keys.push_back(Poco::DigestEngine::digestToHex(engine.digest()));
    sqlite3_bind_text(snapshot, 1, keys.back().c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(snapshot, 2, json.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(snapshot);
    sqlite3_reset(snapshot);
  }
  sqlite3_finalize(snapshot);
  sqlite3_stmt* program = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO program (patient_id, title, status, created_at, issued_at) VALUES (?, 'Home "
                     "program', 'draft', '2021-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z')",
                     -1, &program, nullptr);
  sqlite3_stmt* item = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO program_item (program_id, position, exercise_id, plugin_id, plugin_version, "
                     "snapshot_sha256, dosage_json) VALUES (?, ?, 'plugin/x', 'plugin', '1.0.0', ?, "
                     "'{\"format\":\"motus.dosage\",\"version\":1,\"reps\":{\"low\":10,\"high\":15}}')",
                     -1, &item, nullptr);
  for (int p = 0; p < kPrograms; ++p) {
    sqlite3_bind_int(program, 1, 1 + static_cast<int>(random() % kPatients));
    if (sqlite3_step(program) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
    sqlite3_reset(program);
    const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
    for (int k = 1; k <= kItemsPerProgram; ++k) {
      sqlite3_bind_int64(item, 1, id);
      sqlite3_bind_int(item, 2, k);
      sqlite3_bind_text(item, 3, keys[random() % keys.size()].c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(item) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
      sqlite3_reset(item);
    }
  }
  sqlite3_finalize(program);
  sqlite3_finalize(item);
  // Born drafts, as the schema insists, then issued (without the issue rows Motus would write).
  exec(db, "UPDATE program SET status = 'issued'; COMMIT; PRAGMA wal_checkpoint(TRUNCATE);");
  sqlite3_close(db);
  std::printf("  done in %.1f s, %.0f MB\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
              static_cast<double>(fs::file_size(file)) / 1e6);
}

template <typename Work>
double timeMicroseconds(Work&& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return bench::Microseconds(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char* argv[]) {
  const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "motus-bench-records";
  fs::create_directories(folder);
  const fs::path file = folder / "clinic-100k.sqlite";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
  generate(file);

  std::vector<double> opens;
  opens.reserve(30);
  for (int i = 0; i < 30; ++i) opens.push_back(timeMicroseconds([&] { db::Store store(file); }));
  bench::printTimings("open the database (checks included)", opens);

  // The first change of a store's life runs PRAGMA quick_check over the whole file first (a
  // damaged database must never be written to); later changes do not.
  std::vector<double> checks;
  std::vector<double> firstSaves;
  for (int i = 0; i < 10; ++i) {
    db::Store fresh(file);
    checks.push_back(timeMicroseconds([&] { (void)fresh.checkIntegrity(); }));
  }
  for (int i = 0; i < 10; ++i) {
    db::Store fresh(file);
    firstSaves.push_back(timeMicroseconds([&] { fresh.saveClinic({"Bench clinic", "", "", "", "", ""}); }));
  }
  bench::printTimings("PRAGMA quick_check of the whole file", checks);
  bench::printTimings("first save of a session (quick_check included)", firstSaves);

  db::Store store(file);
  std::mt19937 random(5);
  std::vector<std::string> queries;
  for (int i = 0; i < 1000; ++i) {
    std::string name = kFamilies[random() % std::size(kFamilies)];
    if (i % 4 == 3) name = std::to_string(100000 + random() % kPatients);  // a chart number
    queries.push_back(name.substr(0, 1 + random() % std::min<std::size_t>(5, name.size())));
    if (i % 5 == 4) queries.back() += std::string(" ") + kGiven[random() % std::size(kGiven)][0];
  }
  std::vector<double> searches;
  std::size_t found = 0;
  searches.reserve(queries.size());
  for (const std::string& query : queries) {
    searches.push_back(timeMicroseconds([&] { found += store.searchPatients(query).size(); }));
  }
  bench::printTimings("patient search as you type (1000 prefixes)", searches);
  std::printf("  average results shown: %.1f (at most 50)\n", static_cast<double>(found) / 1000.0);

  const db::Id patient = store.addPatient({"BENCH-1", "Bench", "Mark", "", "", "", ""});
  std::vector<db::ProgramItem> items;
  items.reserve(12);
  for (int k = 0; k < 12; ++k) items.push_back(benchItem(k));
  std::vector<double> saves;
  for (int i = 0; i < 300; ++i) {
    const db::Id draft = store.createDraft(patient, "Bench program");
    saves.push_back(timeMicroseconds([&] { store.saveDraft(draft, "Bench program", items); }));
    store.deleteDraft(draft);
  }
  bench::printTimings("save a 12-item program (one transaction)", saves);
  std::printf("  p99 %.1f us\n", bench::percentile(saves, 0.99));

  // An issued program is read with each snapshot's hash and the whole fingerprint checked.
  const db::Id issued = store.createDraft(patient, "Bench program");
  store.saveDraft(issued, "Bench program", items);
  store.issueProgram(issued);
  std::vector<double> reads;
  std::vector<double> fingerprints;
  for (int i = 0; i < 1000; ++i) {
    db::Program read;
    reads.push_back(timeMicroseconds([&] { read = store.program(issued); }));
    if (!read.alterations.empty()) throw std::runtime_error("the bench program reads as altered");
    fingerprints.push_back(timeMicroseconds([&] { (void)db::programFingerprint(read); }));
  }
  bench::printTimings("read an issued 12-item program (hashes and fingerprint checked)", reads);
  bench::printTimings("  of which the fingerprint itself", fingerprints);

  std::size_t altered = 0;
  const double every_program = timeMicroseconds([&] { altered = store.alteredPrograms().size(); });
  std::printf(
      "check every program (%d, as motus-cli check does): %.2f s; %zu without an issue entry (made by "
      "this bench's bulk SQL, not by Motus)\n",
      kPrograms + 1, every_program / 1e6, altered);
  std::vector<double> schema_checks;
  for (int i = 0; i < 30; ++i) schema_checks.push_back(timeMicroseconds([&] { (void)store.schemaProblems(); }));
  bench::printTimings("compare the schema with Motus's (tables, indexes, triggers)", schema_checks);
  return 0;
}
