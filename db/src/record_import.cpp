// Records brought in from another database, written as they were there, in one transaction.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/fingerprint.hpp>
#include <motus/db/record_import.hpp>
#include <motus/db/record_json.hpp>
#include <motus/sdk/vocabulary.hpp>

#include <set>

namespace motus::db {

void Store::importRecords(const std::string& doing, const std::function<void(RecordImporter&)>& work) {
  // A whole clinic is one transaction far larger than the page cache: with room for it, its pages
  // are not written out and read back while it grows (10,000 patients: 14.9 s -> 11.5 s,
  // motus_bench_archive). Given back afterwards.
  impl_->db->exec("PRAGMA cache_size = -" + std::to_string(kImportCacheKiB));
  const auto restore = [this] { impl_->db->exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB)); };
  try {
    inWriteTransaction(*impl_, doing, [&] {
      RecordImporter importer(*impl_);
      work(importer);
    });
  } catch (...) {
    restore();
    throw;
  }
  restore();
}

void Store::readConsistently(const std::function<void()>& read) const {
  detail::translated("reading the records", [&] {
    SQLite::Transaction reading(*impl_->db, SQLite::TransactionBehavior::DEFERRED);
    read();
    reading.commit();  // nothing was written: this only ends the reading
  });
}

std::vector<std::pair<std::string, ExerciseSnapshot>> Store::exerciseSnapshots(
    const std::optional<std::vector<Id>>& patients, bool with_templates) const {
  return detail::translated("reading the exercises", [&] {
    std::set<std::string> keys;
    const auto collect = [&](Prepared& select) {
      while (select.executeStep()) keys.insert(select.getColumn(0).getString());
    };
    if (patients) {
      for (const Id patient : *patients) {
        Prepared select = impl_->statement(
            "SELECT DISTINCT i.snapshot_sha256 FROM program_item i JOIN program p ON p.id = i.program_id "
            "WHERE p.patient_id = ?");
        select.bind(1, patient);
        collect(select);
      }
    } else {
      Prepared select = impl_->statement("SELECT DISTINCT snapshot_sha256 FROM program_item");
      collect(select);
    }
    if (with_templates) {
      Prepared select = impl_->statement("SELECT DISTINCT snapshot_sha256 FROM template_item");
      collect(select);
    }
    std::vector<std::pair<std::string, ExerciseSnapshot>> snapshots;
    for (const std::string& key : keys) snapshots.emplace_back(key, impl_->getSnapshot(key));
    return snapshots;
  });
}

bool RecordImporter::chartNumberTaken(const std::string& chart_number) const {
  Prepared select = impl_.statement("SELECT 1 FROM patient WHERE chart_number = ? COLLATE NOCASE");
  select.bind(1, chart_number);
  return select.executeStep();
}

bool RecordImporter::templateNameTaken(const std::string& name) const {
  Prepared select = impl_.statement("SELECT 1 FROM template WHERE name = ?");
  select.bind(1, name);
  return select.executeStep();
}

Id RecordImporter::addPatient(const Patient& patient, const std::vector<PatientCondition>& conditions,
                              const std::string& audit_note) {
  const PatientDetails& d = patient.details;
  if (chartNumberTaken(d.chart_number)) {
    throw InvalidRecord("Chart number '" + d.chart_number + "' belongs to another patient already.");
  }
  Prepared insert = impl_.statement(
      "INSERT INTO patient (chart_number, family_name, given_name, birth_date, phone, email, notes, archived, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bindPatientDetails(insert, d);
  insert.bind(8, patient.archived ? 1 : 0);
  insert.bind(9, patient.created_at);
  insert.bind(10, patient.updated_at);
  insert.exec();
  const Id id = impl_.db->getLastInsertRowid();
  for (const PatientCondition& condition : conditions) {
    if (!sdk::isKnownCode(sdk::kConditions, condition.code)) {
      throw InvalidRecord("Unknown condition code '" + condition.code + "'.");
    }
    Prepared add = impl_.statement("INSERT INTO patient_condition (patient_id, code, note, since) VALUES (?, ?, ?, ?)");
    add.bind(1, id);
    add.bind(2, condition.code);
    add.bind(3, condition.note);
    add.bind(4, condition.since);
    add.exec();
  }
  impl_.audit("create", "patient", std::to_string(id), audit_note);
  return id;
}

CheckedProgram CheckedProgram::check(Program program, std::string fingerprint) {
  std::vector<std::string> keys;
  if (program.status == ProgramStatus::issued) {
    if (!program.issued_as) {
      throw InvalidRecord("Issued program '" + program.title + "' does not say which ids its fingerprint covers.");
    }
    if (programFingerprint(program, &keys) != fingerprint) {
      throw AlteredRecord("Issued program '" + program.title + "' (version " + std::to_string(program.version) +
                          ") does not match its fingerprint: it was changed after it was issued. Nothing was "
                          "imported. Export it again from the database that issued it.");
    }
  } else {
    fingerprint.clear();
    for (const ProgramItem& item : program.items) keys.push_back(snapshotKey(item.exercise));
  }
  return CheckedProgram(std::move(program), std::move(fingerprint), std::move(keys));
}

Id RecordImporter::addProgram(Id patient, const CheckedProgram& checked, std::optional<Id> previous,
                              const std::optional<HandoutSettings>& settings, const std::string& audit_note) {
  const Program& program = checked.program();
  const bool issued = program.status == ProgramStatus::issued;
  // Every program is born a draft (a trigger sees to it), then issued as it was.
  Prepared insert = impl_.statement(
      "INSERT INTO program (patient_id, title, status, version, previous_id, clinician, created_at, issued_as) "
      "VALUES (?, ?, 'draft', ?, ?, ?, ?, ?)");
  insert.bind(1, patient);
  insert.bind(2, program.title);
  insert.bind(3, program.version);
  if (previous) {
    insert.bind(4, *previous);
  } else {
    insert.bind(4);
  }
  insert.bind(5, program.clinician);
  insert.bind(6, program.created_at);
  insert.bind(7, issued ? recordIdsText(*program.issued_as) : std::string());
  insert.exec();
  const Id id = impl_.db->getLastInsertRowid();
  impl_.insertItems(id, 1, program.items, &checked.snapshotKeys());
  if (issued) impl_.keepPatientAdvice(id, program.items);
  if (settings) {
    Prepared keep =
        impl_.statement("INSERT INTO handout_settings (program_id, settings_json, saved_at) VALUES (?, ?, ?)");
    keep.bind(1, id);
    keep.bind(2, handoutSettingsToJson(*settings));
    keep.bind(3, utcNow());
    keep.exec();
  }
  impl_.audit("create", "program", std::to_string(id), audit_note);
  if (issued) {
    Prepared issue = impl_.statement("UPDATE program SET status = 'issued', issued_at = ? WHERE id = ?");
    issue.bind(1, program.issued_at);
    issue.bind(2, id);
    issue.exec();
    impl_.audit("issue", "program", std::to_string(id),
                "imported as issued on " + program.issued_at + " by " + program.clinician + " with " +
                    std::to_string(program.items.size()) + " item(s)" + fingerprintNote(checked.fingerprint()));
  }
  return id;
}

Id RecordImporter::addTemplate(const std::string& name, const std::vector<TemplateItem>& items,
                               const std::string& audit_note) {
  if (templateNameTaken(name)) throw InvalidRecord("A template named '" + name + "' exists already.");
  const std::string now = utcNow();
  Prepared insert = impl_.statement("INSERT INTO template (name, created_at, updated_at) VALUES (?, ?, ?)");
  insert.bind(1, name);
  insert.bind(2, now);
  insert.bind(3, now);
  insert.exec();
  const Id id = impl_.db->getLastInsertRowid();
  impl_.insertTemplateItems(id, items);
  impl_.audit("create", "template", std::to_string(id), audit_note);
  return id;
}

ClinicProfile RecordImporter::clinic() const { return impl_.readClinic(); }

void RecordImporter::saveClinic(const ClinicProfile& clinic, const std::string& audit_note) {
  impl_.writeClinic(clinic);
  impl_.audit("update", "clinic", "1", audit_note);
}

void RecordImporter::audit(const std::string& entity, const std::string& entity_id, const std::string& summary) {
  impl_.audit("create", entity, entity_id, summary);
}

}  // namespace motus::db
