// Opening, the clinic, clinicians, snapshots and shared helpers.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/record_json.hpp>
#include <motus/db/schema.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace motus::db {

namespace fs = std::filesystem;

std::string utcNow() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  char text[32];
  const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
  char withMillis[40];
  std::snprintf(withMillis, sizeof withMillis, "%.*s.%03dZ", static_cast<int>(length), text, static_cast<int>(millis));
  return withMillis;
}

Prepared Store::Impl::statement(const std::string& sql) {
  auto [it, inserted] = statements.try_emplace(sql);
  if (inserted) it->second = std::make_unique<SQLite::Statement>(*db, sql);
  SQLite::Statement& prepared = *it->second;
  prepared.tryReset();
  prepared.clearBindings();
  return Prepared(prepared, damage);
}

std::string Store::Impl::quickCheck() {
  std::string result;
  try {
    SQLite::Statement check(*db, "PRAGMA quick_check");
    while (check.executeStep()) result += (result.empty() ? "" : "; ") + check.getColumn(0).getString();
  } catch (const SQLite::Exception& error) {
    // Damage bad enough to stop the check is itself the answer to "is it damaged?".
    if (!isDamage(error)) throw;
    result += (result.empty() ? "" : "; ") + std::string(error.what());
  }
  if (result != "ok" && damage.empty()) damage = result;
  return result;
}

void Store::Impl::beforeWrite(const std::string& doing) {
  if (read_only) {
    throw ReadOnlyDatabase("Nothing was saved while " + doing + ": the database '" + path.string() +
                           "' is read-only for you (you may not write the file or its folder), so Motus opened it "
                           "for reading only. Ask for permission to write the file and its folder, or copy it to a "
                           "folder of your own and open the copy.");
  }
  if (!checked_before_write && damage.empty()) {
    detail::translated("checking the database", [&] { quickCheck(); });
    checked_before_write = true;
  }
  if (!damage.empty()) throw CorruptDatabase(detail::damagedMessage(path, damage, doing));
}

std::string Store::Impl::putSnapshot(const ExerciseSnapshot& snapshot, const std::string* known_key) {
  std::string key = known_key != nullptr ? *known_key : snapshotKey(snapshot);
  // Stored once per key; an item that refers to a row removed behind Motus's back since is still
  // refused, by the foreign key.
  if (stored_snapshots.contains(key)) return key;
  const std::string json = snapshotToJson(snapshot);
  Prepared insert = statement("INSERT OR IGNORE INTO exercise_snapshot (sha256, json) VALUES (?, ?)");
  insert.bind(1, key);
  insert.bind(2, json);
  insert.exec();
  stored_snapshots.insert(key);
  return key;
}

ExerciseSnapshot Store::Impl::getSnapshot(const std::string& sha256, bool* intact) {
  Prepared select = statement("SELECT json FROM exercise_snapshot WHERE sha256 = ?");
  select.bind(1, sha256);
  if (!select.executeStep()) throw CorruptDatabase("An exercise snapshot is missing (" + sha256 + ").");
  const SQLite::Column column = select.getColumn(0);
  const char* const text = column.getText();  // before getBytes(), as SQLite asks
  const std::string_view json(text, static_cast<std::size_t>(column.getBytes()));
  // The same few exercises are read for every program: the text is compared with the one read
  // (and checked) before, where SQLite holds it, which is cheap, instead of hashing and parsing
  // it again.
  if (const auto cached = snapshot_cache.find(sha256); cached != snapshot_cache.end() && cached->second.first == json) {
    if (intact != nullptr) *intact = true;
    return cached->second.second;
  }
  // The key is the hash of the text: a snapshot edited in place no longer matches it.
  const bool matches = sha256Hex(json) == sha256;
  if (intact != nullptr) {
    *intact = matches;
  } else if (!matches) {
    throw AlteredRecord("An exercise stored in the database (snapshot " + sha256.substr(0, 12) +
                        ") was changed outside Motus. Restore the database from a backup made before the change; "
                        "'motus-cli check' lists every altered record.");
  }
  std::string text_copy(json);  // the statement's own is gone at its next step
  ExerciseSnapshot snapshot = snapshotFromJson(text_copy);
  if (matches) {
    if (snapshot_cache.size() >= kSnapshotsCached) snapshot_cache.clear();
    snapshot_cache[sha256] = {std::move(text_copy), snapshot};
  }
  return snapshot;
}

Store::Store(const fs::path& path, OpenMode mode, std::chrono::milliseconds busy_timeout)
    : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  detail::OpenedDatabase opened = detail::openDatabase(path, motusMigrations(), busy_timeout, mode);
  impl_->db = std::move(opened.db);
  impl_->read_only = opened.read_only;
}

Store::Store(const fs::path& path, std::chrono::milliseconds busy_timeout)
    : Store(path, OpenMode::must_exist, busy_timeout) {}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const fs::path& Store::path() const { return impl_->path; }

int Store::schemaVersion() const {
  return detail::translated("reading the schema version",
                            [&] { return impl_->db->execAndGet("PRAGMA user_version").getInt(); });
}

bool Store::readOnly() const { return impl_->read_only; }

void Store::setActor(std::string clinician) { impl_->actor = clinician.empty() ? "unknown" : std::move(clinician); }

ClinicProfile Store::Impl::readClinic() {
  ClinicProfile clinic;
  Prepared select = statement("SELECT name, address, phone, email, logo, logo_type FROM clinic WHERE id = 1");
  if (select.executeStep()) {
    clinic.name = select.getColumn(0).getString();
    clinic.address = select.getColumn(1).getString();
    clinic.phone = select.getColumn(2).getString();
    clinic.email = select.getColumn(3).getString();
    const SQLite::Column logo = select.getColumn(4);
    clinic.logo.assign(static_cast<const char*>(logo.getBlob()), static_cast<std::size_t>(logo.getBytes()));
    clinic.logo_type = select.getColumn(5).getString();
  }
  return clinic;
}

void Store::Impl::writeClinic(const ClinicProfile& clinic) {
  Prepared upsert = statement(
      "INSERT INTO clinic (id, name, address, phone, email, logo, logo_type) VALUES (1, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address, phone = excluded.phone, "
      "email = excluded.email, logo = excluded.logo, logo_type = excluded.logo_type");
  upsert.bind(1, clinic.name);
  upsert.bind(2, clinic.address);
  upsert.bind(3, clinic.phone);
  upsert.bind(4, clinic.email);
  if (clinic.logo.empty()) {
    upsert.bind(5);
  } else {
    upsert.bind(5, clinic.logo.data(), static_cast<int>(clinic.logo.size()));
  }
  upsert.bind(6, clinic.logo_type);
  upsert.exec();
}

ClinicProfile Store::clinic() const {
  return detail::translated("reading the clinic", [&] { return impl_->readClinic(); });
}

void Store::saveClinic(const ClinicProfile& clinic) {
  inWriteTransaction(*impl_, "saving the clinic", [&] {
    impl_->writeClinic(clinic);
    impl_->audit("update", "clinic", "1", "clinic profile saved");
  });
}

}  // namespace motus::db
