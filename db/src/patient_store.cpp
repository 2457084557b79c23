// Patients and their conditions.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <limits>

namespace motus::db {
namespace {

constexpr const char* kPatientColumns =
    "p.id, p.chart_number, p.family_name, p.given_name, p.birth_date, p.phone, p.email, p.notes, p.archived, "
    "p.created_at, p.updated_at";

Patient readPatient(Prepared& select) {
  Patient patient;
  patient.id = select.getColumn(0).getInt64();
  PatientDetails& d = patient.details;
  d.chart_number = select.getColumn(1).getString();
  d.family_name = select.getColumn(2).getString();
  d.given_name = select.getColumn(3).getString();
  d.birth_date = select.getColumn(4).getString();
  d.phone = select.getColumn(5).getString();
  d.email = select.getColumn(6).getString();
  d.notes = select.getColumn(7).getString();
  patient.archived = select.getColumn(8).getInt() != 0;
  patient.created_at = select.getColumn(9).getString();
  patient.updated_at = select.getColumn(10).getString();
  return patient;
}

// Names the holder, whose chart number may differ in capital letters only.
std::string chartTakenMessage(const std::string& chart_number, const PatientDetails& holder) {
  std::string message = "Chart number '" + chart_number +
                        "' belongs to another patient already: " + holder.family_name +
                        (holder.given_name.empty() ? "" : ", " + holder.given_name) + " (" + holder.chart_number + ")";
  if (holder.chart_number != chart_number)
    message += "; chart numbers that differ only in capital letters are one chart";
  return message + ". Check the chart number, or open that patient.";
}

void requireDetails(const PatientDetails& details) {
  if (details.chart_number.find_first_not_of(' ') == std::string::npos) {
    throw InvalidRecord("A patient needs a chart number.");
  }
  if (details.family_name.find_first_not_of(' ') == std::string::npos) {
    throw InvalidRecord("A patient needs a family name.");
  }
}

}  // namespace

void bindPatientDetails(Prepared& statement, const PatientDetails& d) {
  statement.bind(1, d.chart_number);
  statement.bind(2, d.family_name);
  statement.bind(3, d.given_name);
  statement.bind(4, d.birth_date);
  statement.bind(5, d.phone);
  statement.bind(6, d.email);
  statement.bind(7, d.notes);
}

namespace {

// The patient's row, inside a write transaction: a new one (returns its id) or an update.
Id insertPatientRow(Store::Impl& impl, const PatientDetails& details) {
  const std::string now = utcNow();
  Prepared insert = impl.statement(
      "INSERT INTO patient (chart_number, family_name, given_name, birth_date, phone, email, notes, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bindPatientDetails(insert, details);
  insert.bind(8, now);
  insert.bind(9, now);
  insert.exec();
  return impl.db->getLastInsertRowid();
}

void updatePatientRow(Store::Impl& impl, Id patient, const PatientDetails& details) {
  Prepared update = impl.statement(
      "UPDATE patient SET chart_number = ?, family_name = ?, given_name = ?, birth_date = ?, phone = ?, "
      "email = ?, notes = ?, updated_at = ? WHERE id = ?");
  bindPatientDetails(update, details);
  update.bind(8, utcNow());
  update.bind(9, patient);
  if (update.exec() == 0) throw RecordNotFound("Patient " + std::to_string(patient) + " does not exist.");
}

// An FTS5 query in which every word the user typed is a quoted prefix: "smi"* AND "jo"*. Quoting
// makes any text safe, whatever operators or quotes it contains.
std::string ftsPrefixQuery(const std::string& text) {
  std::string query;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \t\r\n", start), text.size());
    if (end > start) {
      std::string word = text.substr(start, end - start);
      std::string quoted = "\"";
      for (const char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      query += (query.empty() ? "" : " AND ") + quoted + "\"*";
    }
    start = end + 1;
  }
  return query;
}

}  // namespace

void Store::Impl::requirePatient(Id patient) {
  Prepared select = statement("SELECT 1 FROM patient WHERE id = ?");
  select.bind(1, patient);
  if (!select.executeStep()) throw RecordNotFound("Patient " + std::to_string(patient) + " does not exist.");
}

Id Store::addPatient(const PatientDetails& details) { return savePatientRecord(std::nullopt, details, std::nullopt); }

void Store::updatePatient(Id patient, const PatientDetails& details) {
  savePatientRecord(patient, details, std::nullopt);
}

Patient Store::patient(Id patient) const {
  return detail::translated("reading a patient", [&] {
    Prepared select = impl_->statement(std::string("SELECT ") + kPatientColumns + " FROM patient p WHERE p.id = ?");
    select.bind(1, patient);
    if (!select.executeStep()) throw RecordNotFound("Patient " + std::to_string(patient) + " does not exist.");
    return readPatient(select);
  });
}

std::optional<Patient> Store::findPatientByChart(const std::string& chart_number) const {
  return detail::translated("finding a patient", [&]() -> std::optional<Patient> {
    // Capital letters aside ("a-1001" finds A-1001); of twins saved before schema 5, the exact one.
    Prepared select = impl_->statement(std::string("SELECT ") + kPatientColumns +
                                       " FROM patient p WHERE p.chart_number = ?1 COLLATE NOCASE "
                                       "ORDER BY p.chart_number = ?1 DESC, p.id LIMIT 1");
    select.bind(1, chart_number);
    if (!select.executeStep()) return std::nullopt;
    return readPatient(select);
  });
}

std::vector<Patient> Store::searchPatients(const std::string& text, bool include_archived, int limit) const {
  const std::string query = ftsPrefixQuery(text);
  if (query.empty()) return listPatients(include_archived);
  return detail::translated("searching patients", [&] {
    // The index yields matches in order of search_key: the first six characters of the family
    // name, then id (see schema.cpp). Every match in an earlier group sorts before every match of
    // a later one, so the first page lies in the groups up to the one holding the limit-th match:
    // read those groups whole, sort them by name, keep the page. Archived patients may thin a page
    // out; then look further.
    constexpr long long kIdBits = 2097152;  // 2^21, as in schema.cpp
    std::vector<Patient> page;
    for (int window = std::max(limit, 1);; window *= 4) {
      long long lastKey = -1;
      int keys = 0;
      {
        Prepared first =
            impl_->statement("SELECT rowid FROM patient_search WHERE patient_search MATCH ? ORDER BY rowid LIMIT ?");
        first.bind(1, query);
        first.bind(2, window);
        while (first.executeStep()) {
          lastKey = first.getColumn(0).getInt64();
          ++keys;
        }
      }
      if (keys == 0) return page;
      const bool exhausted = keys < window;
      const long long groupEnd =
          exhausted ? std::numeric_limits<long long>::max() : (lastKey / kIdBits + 1) * kIdBits - 1;
      std::vector<Id> ids;
      {
        Prepared choose = impl_->statement(
            "SELECT p.id FROM patient p INDEXED BY patient_by_search_key WHERE p.search_key IN "
            "(SELECT rowid FROM patient_search WHERE patient_search MATCH ? AND rowid <= ?) AND (? OR p.archived = 0) "
            "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id LIMIT ?");
        choose.bind(1, query);
        choose.bind(2, static_cast<int64_t>(groupEnd));
        choose.bind(3, include_archived ? 1 : 0);
        choose.bind(4, limit);
        while (choose.executeStep()) ids.push_back(choose.getColumn(0).getInt64());
      }
      page.clear();
      for (const Id id : ids) {
        Prepared select = impl_->statement(std::string("SELECT ") + kPatientColumns + " FROM patient p WHERE p.id = ?");
        select.bind(1, id);
        if (select.executeStep()) page.push_back(readPatient(select));
      }
      if (static_cast<int>(page.size()) >= limit || exhausted) return page;
    }
  });
}

std::vector<Patient> Store::listPatients(bool include_archived) const {
  return detail::translated("listing patients", [&] {
    std::vector<Patient> list;
    Prepared select = impl_->statement(std::string("SELECT ") + kPatientColumns +
                                       " FROM patient p WHERE ? OR p.archived = 0 "
                                       "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id");
    select.bind(1, include_archived ? 1 : 0);
    while (select.executeStep()) list.push_back(readPatient(select));
    return list;
  });
}

void Store::setArchived(Id patient, bool archived) {
  inWriteTransaction(*impl_, archived ? "archiving a patient" : "restoring a patient", [&] {
    Prepared update = impl_->statement("UPDATE patient SET archived = ?, updated_at = ? WHERE id = ?");
    update.bind(1, archived ? 1 : 0);
    update.bind(2, utcNow());
    update.bind(3, patient);
    if (update.exec() == 0) throw RecordNotFound("Patient " + std::to_string(patient) + " does not exist.");
    impl_->audit("update", "patient", std::to_string(patient), archived ? "patient archived" : "patient restored");
  });
}

void Store::deletePatient(Id patient) {
  inWriteTransaction(*impl_, "deleting a patient", [&] {
    impl_->requirePatient(patient);
    const std::string id = std::to_string(patient);
    SQLite::Database& db = *impl_->db;
    SQLite::Statement permit(db, "INSERT INTO record_purge (patient_id) VALUES (?)");
    permit.bind(1, patient);
    permit.exec();
    int programs = 0;
    {
      SQLite::Statement count(db, "SELECT count(*) FROM program WHERE patient_id = ?");
      count.bind(1, patient);
      count.executeStep();
      programs = count.getColumn(0).getInt();
    }
    // Foreign keys are checked at the end of each statement, so newer versions and the programs
    // they replace can go in one DELETE.
    for (const char* sql :
         {"DELETE FROM program_item WHERE program_id IN (SELECT id FROM program WHERE patient_id = ?)",
          "DELETE FROM handout_settings WHERE program_id IN (SELECT id FROM program WHERE patient_id = ?)",
          "DELETE FROM program WHERE patient_id = ?", "DELETE FROM patient_condition WHERE patient_id = ?",
          "DELETE FROM patient WHERE id = ?", "DELETE FROM record_purge WHERE patient_id = ?"}) {
      SQLite::Statement remove(db, sql);
      remove.bind(1, patient);
      remove.exec();
    }
    impl_->audit("delete", "patient", id, "patient deleted for good, with " + std::to_string(programs) + " program(s)");
  });
}

void Store::setCondition(Id patient, const PatientCondition& condition) {
  if (!sdk::isKnownCode(sdk::kConditions, condition.code)) {
    throw InvalidRecord("Unknown condition code '" + condition.code + "'.");
  }
  inWriteTransaction(*impl_, "saving a condition", [&] {
    impl_->requirePatient(patient);
    Prepared upsert = impl_->statement(
        "INSERT INTO patient_condition (patient_id, code, note, since) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (patient_id, code) DO UPDATE SET note = excluded.note, since = excluded.since");
    upsert.bind(1, patient);
    upsert.bind(2, condition.code);
    upsert.bind(3, condition.note);
    upsert.bind(4, condition.since);
    upsert.exec();
    impl_->audit("update", "patient", std::to_string(patient), "condition set: " + condition.code);
  });
}

void Store::removeCondition(Id patient, const std::string& code) {
  inWriteTransaction(*impl_, "removing a condition", [&] {
    Prepared remove = impl_->statement("DELETE FROM patient_condition WHERE patient_id = ? AND code = ?");
    remove.bind(1, patient);
    remove.bind(2, code);
    if (remove.exec() == 0) {
      throw RecordNotFound("Patient " + std::to_string(patient) + " has no condition '" + code + "'.");
    }
    impl_->audit("update", "patient", std::to_string(patient), "condition removed: " + code);
  });
}

std::vector<PatientCondition> Store::conditions(Id patient) const {
  return detail::translated("reading conditions", [&] {
    std::vector<PatientCondition> list;
    Prepared select =
        impl_->statement("SELECT code, note, since FROM patient_condition WHERE patient_id = ? ORDER BY code");
    select.bind(1, patient);
    while (select.executeStep()) {
      list.push_back(
          {select.getColumn(0).getString(), select.getColumn(1).getString(), select.getColumn(2).getString()});
    }
    return list;
  });
}

}  // namespace motus::db

namespace motus::db {

Id Store::savePatientRecord(std::optional<Id> patient, const PatientDetails& details,
                            const std::optional<std::vector<PatientCondition>>& conditions) {
  requireDetails(details);
  for (const PatientCondition& condition : conditions.value_or(std::vector<PatientCondition>{})) {
    if (!sdk::isKnownCode(sdk::kConditions, condition.code)) {
      throw InvalidRecord("Unknown condition code '" + condition.code + "'.");
    }
  }
  try {
    return inWriteTransaction(*impl_, patient ? "saving a patient" : "adding a patient", [&] {
      const Id id = patient ? *patient : insertPatientRow(*impl_, details);
      if (patient) updatePatientRow(*impl_, id, details);
      std::string summary = patient ? "patient details saved" : "patient added";
      if (conditions) {
        Prepared clear = impl_->statement("DELETE FROM patient_condition WHERE patient_id = ?");
        clear.bind(1, id);
        clear.exec();
        std::string codes;
        for (const PatientCondition& condition : *conditions) {
          Prepared insert =
              impl_->statement("INSERT INTO patient_condition (patient_id, code, note, since) VALUES (?, ?, ?, ?)");
          insert.bind(1, id);
          insert.bind(2, condition.code);
          insert.bind(3, condition.note);
          insert.bind(4, condition.since);
          insert.exec();
          codes += (codes.empty() ? "" : ", ") + condition.code;
        }
        summary += "; conditions: " + (codes.empty() ? std::string("none") : codes);
      }
      impl_->audit(patient ? "update" : "create", "patient", std::to_string(id), summary);
      return id;
    });
  } catch (const InvalidRecord&) {
    // The unique index refused the chart number: say whose it is, in the user's terms.
    const std::optional<Patient> holder = findPatientByChart(details.chart_number);
    if (holder && (!patient || holder->id != *patient)) {
      throw InvalidRecord(chartTakenMessage(details.chart_number, holder->details));
    }
    throw;
  }
}

}  // namespace motus::db
