// Programs: drafts that change, issued programs that never do, versions and copies.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/fingerprint.hpp>
#include <motus/db/record_json.hpp>

namespace motus::db {
namespace {

ProgramStatus statusFrom(const std::string& text) {
  return text == "issued" ? ProgramStatus::issued : ProgramStatus::draft;
}

std::string programLabel(Id program) { return "Program " + std::to_string(program); }

// Condition codes are plain ids (no commas), so a comma list stores them safely.
std::string joinCodes(const std::vector<std::string>& codes) {
  std::string text;
  for (const std::string& code : codes) text += (text.empty() ? "" : ",") + code;
  return text;
}

std::vector<std::string> splitCodes(const std::string& text) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    if (end > start) codes.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return codes;
}

// A new visit answers its Avoid findings afresh: the patient may have changed since the last
// override, so each is confirmed again (the window shows the reason given last time) rather
// than carried over unseen. Patient advice is settled again when the new version is issued.
std::vector<ProgramItem> withoutOverrides(std::vector<ProgramItem> items) {
  for (ProgramItem& item : items) {
    item.override_reason.clear();
    item.override_conditions.clear();
    item.patient_advice.clear();
  }
  return items;
}

}  // namespace

std::string recordIdsText(const RecordIds& ids) {
  return std::to_string(ids.program) + "," + std::to_string(ids.patient) + "," +
         (ids.previous ? std::to_string(*ids.previous) : "");
}

std::optional<RecordIds> recordIdsFrom(const std::string& text) {
  if (text.empty()) return std::nullopt;
  // Written only by recordIdsText; anything else was typed outside Motus, and then the fingerprint
  // (which covers these ids) no longer matches: ids that cannot be read count as zero.
  const auto number = [](const std::string& part) -> Id {
    try {
      return part.empty() ? 0 : std::stoll(part);
    } catch (const std::exception&) {
      return 0;
    }
  };
  const std::size_t first = text.find(',');
  const std::size_t second = first == std::string::npos ? std::string::npos : text.find(',', first + 1);
  RecordIds ids;
  ids.program = number(text.substr(0, first));
  if (first != std::string::npos) ids.patient = number(text.substr(first + 1, second - first - 1));
  if (second != std::string::npos && second + 1 < text.size()) ids.previous = number(text.substr(second + 1));
  return ids;
}

Program Store::Impl::loadProgram(Id id) {
  Prepared select = statement(
      "SELECT id, patient_id, title, status, version, previous_id, clinician, created_at, issued_at, issued_as "
      "FROM program WHERE id = ?");
  select.bind(1, id);
  if (!select.executeStep()) throw RecordNotFound(programLabel(id) + " does not exist.");
  Program program;
  program.id = select.getColumn(0).getInt64();
  program.patient_id = select.getColumn(1).getInt64();
  program.title = select.getColumn(2).getString();
  program.status = statusFrom(select.getColumn(3).getString());
  program.version = select.getColumn(4).getInt();
  if (!select.getColumn(5).isNull()) program.previous_id = select.getColumn(5).getInt64();
  program.clinician = select.getColumn(6).getString();
  program.created_at = select.getColumn(7).getString();
  program.issued_at = select.getColumn(8).getString();
  program.issued_as = recordIdsFrom(select.getColumn(9).getString());
  select.reset();

  struct Row {
    std::string sha256;
    std::string dosage;
    std::string note;
    std::string override_reason;
    std::string override_conditions;
    std::string advice_left_out;
    std::string patient_advice;
  };
  std::vector<Row> rows;
  Prepared items = statement(
      "SELECT snapshot_sha256, dosage_json, note, override_reason, override_conditions, advice_left_out, "
      "patient_advice FROM program_item "
      "WHERE program_id = ? "
      "ORDER BY position");
  items.bind(1, id);
  while (items.executeStep()) {
    rows.push_back({items.getColumn(0).getString(), items.getColumn(1).getString(), items.getColumn(2).getString(),
                    items.getColumn(3).getString(), items.getColumn(4).getString(), items.getColumn(5).getString(),
                    items.getColumn(6).getString()});
  }
  items.reset();
  for (Row& row : rows) {
    bool intact = true;
    program.items.push_back({getSnapshot(row.sha256, &intact), dosageFromJson(row.dosage), std::move(row.note),
                             std::move(row.override_reason), splitCodes(row.override_conditions),
                             splitCodes(row.advice_left_out), textsFromJson(row.patient_advice)});
    if (!intact) {
      program.alterations.push_back("exercise " + std::to_string(program.items.size()) + " (" +
                                    program.items.back().exercise.spec.name +
                                    ") no longer matches the hash it was stored under");
    }
  }
  verifyAgainstAuditLog(program);
  return program;
}

void Store::Impl::verifyAgainstAuditLog(Program& program) {
  // The rows about this program since its draft was created (an id can be used again after a
  // patient is deleted for good): a draft has no issue row, an issued program exactly one.
  struct Row {
    Id id;
    std::string summary;
  };
  std::vector<Row> issues;
  {
    Prepared select = statement(
        "SELECT id, action, summary FROM audit_log WHERE entity = 'program' AND entity_id = ? "
        "AND action IN ('create', 'issue') ORDER BY id");
    select.bind(1, std::to_string(program.id));
    while (select.executeStep()) {
      if (select.getColumn(1).getString() == "create") {
        issues.clear();
      } else {
        issues.push_back({select.getColumn(0).getInt64(), select.getColumn(2).getString()});
      }
    }
  }
  const auto row = [](Id id) { return "audit row " + std::to_string(id); };
  if (program.status == ProgramStatus::draft) {
    if (!issues.empty()) {
      program.alterations.push_back("it was issued (" + row(issues.front().id) + ") but is a draft again");
    }
    return;
  }
  if (issues.empty()) {
    program.alterations.push_back("it is marked issued but the audit log has no entry issuing it");
    return;
  }
  if (issues.size() > 1) {
    program.alterations.push_back("the audit log issues it " + std::to_string(issues.size()) + " times (" +
                                  row(issues.front().id) + " and " + row(issues.back().id) +
                                  "): rows were added outside Motus");
  }
  program.fingerprint = fingerprintIn(issues.front().summary);
  if (program.fingerprint.empty()) {
    // Old programs have none; since the era began, every issue row of Motus's own has one.
    if (issues.front().id >= fingerprintEra()) {
      program.alterations.push_back("its issue entry (" + row(issues.front().id) +
                                    ") has no fingerprint, as every entry Motus writes has");
    }
    return;
  }
  if (programFingerprint(program) != program.fingerprint) {
    program.alterations.push_back("its content differs from the fingerprint recorded when it was issued (" +
                                  row(issues.front().id) + ")");
  }
}

Id Store::Impl::fingerprintEra() {
  if (!fingerprint_era) {
    Prepared select = statement("SELECT first_audit_id FROM fingerprint_era WHERE id = 1");
    // A database without the row has lost it: every issue row must then have a fingerprint.
    fingerprint_era = select.executeStep() ? select.getColumn(0).getInt64() : 0;
  }
  return *fingerprint_era;
}

Program Store::Impl::loadUnaltered(Id id, const std::string& doing) {
  Program program = loadProgram(id);
  refuseIfAltered(program, "So " + doing + " was refused");
  return program;
}

void Store::Impl::requireDraft(Id program, const std::string& doing) {
  Prepared select = statement("SELECT status FROM program WHERE id = ?");
  select.bind(1, program);
  if (!select.executeStep()) throw RecordNotFound(programLabel(program) + " does not exist.");
  if (select.getColumn(0).getString() == "issued") {
    throw ImmutableRecord(programLabel(program) + " was issued and can no longer change (" + doing +
                          "). Make a new version of it instead.");
  }
}

void Store::Impl::bindPrescription(Prepared& insert, const ExerciseSnapshot& exercise, const sdk::Dosage& dosage,
                                   const std::string& note, const std::string* key) {
  insert.bind(3, exercise.global_id);
  insert.bind(4, exercise.plugin_id);
  insert.bind(5, exercise.plugin_version);
  insert.bind(6, putSnapshot(exercise, key));
  insert.bind(7, dosageToJson(dosage));
  insert.bind(8, note);
}

void Store::Impl::insertItems(Id program, int first_position, const std::vector<ProgramItem>& items,
                              const std::vector<std::string>* keys) {
  int position = first_position;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ProgramItem& item = items[i];
    Prepared insert = statement(
        "INSERT INTO program_item (program_id, position, exercise_id, plugin_id, plugin_version, snapshot_sha256, "
        "dosage_json, note, override_reason, override_conditions, advice_left_out) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, program);
    insert.bind(2, position++);
    bindPrescription(insert, item.exercise, item.dosage, item.note, keys != nullptr ? &keys->at(i) : nullptr);
    insert.bind(9, item.override_reason);
    insert.bind(10, joinCodes(item.override_conditions));
    // Never patient_advice: a draft's is settled when it is issued, from the conditions then.
    insert.bind(11, joinCodes(item.advice_left_out));
    insert.exec();
  }
}

void Store::Impl::keepPatientAdvice(Id program, const std::vector<ProgramItem>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].patient_advice.empty()) continue;
    Prepared advice = statement("UPDATE program_item SET patient_advice = ? WHERE program_id = ? AND position = ?");
    advice.bind(1, textsToJson(items[i].patient_advice));
    advice.bind(2, program);
    advice.bind(3, static_cast<int>(i + 1));
    advice.exec();
  }
}

Id Store::Impl::insertDraft(Id patient, const std::string& title, int version, std::optional<Id> previous) {
  Prepared insert = statement(
      "INSERT INTO program (patient_id, title, status, version, previous_id, clinician, created_at) "
      "VALUES (?, ?, 'draft', ?, ?, ?, ?)");
  insert.bind(1, patient);
  insert.bind(2, title);
  insert.bind(3, version);
  if (previous) {
    insert.bind(4, *previous);
  } else {
    insert.bind(4);
  }
  insert.bind(5, actor);
  insert.bind(6, utcNow());
  insert.exec();
  return db->getLastInsertRowid();
}

Id Store::createDraft(Id patient, const std::string& title) {
  return inWriteTransaction(*impl_, "creating a program", [&] {
    impl_->requirePatient(patient);
    const Id id = impl_->insertDraft(patient, title, 1, std::nullopt);
    impl_->audit("create", "program", std::to_string(id), "draft created for patient " + std::to_string(patient));
    return id;
  });
}

void Store::saveDraft(Id program, const std::string& title, const std::vector<ProgramItem>& items) {
  inWriteTransaction(*impl_, "saving a program", [&] {
    impl_->requireDraft(program, "saving it");
    Prepared rename = impl_->statement("UPDATE program SET title = ? WHERE id = ?");
    rename.bind(1, title);
    rename.bind(2, program);
    rename.exec();
    Prepared clear = impl_->statement("DELETE FROM program_item WHERE program_id = ?");
    clear.bind(1, program);
    clear.exec();
    impl_->insertItems(program, 1, items);
    impl_->audit("update", "program", std::to_string(program),
                 "draft saved with " + std::to_string(items.size()) + " item(s)");
  });
}

void Store::appendItem(Id program, const ProgramItem& item) {
  inWriteTransaction(*impl_, "adding an exercise", [&] {
    impl_->requireDraft(program, "adding an exercise");
    Prepared last = impl_->statement("SELECT coalesce(max(position), 0) FROM program_item WHERE program_id = ?");
    last.bind(1, program);
    last.executeStep();
    const int next = last.getColumn(0).getInt() + 1;
    last.reset();
    impl_->insertItems(program, next, {item});
    impl_->audit("update", "program", std::to_string(program), "exercise added: " + item.exercise.global_id);
  });
}

void Store::editDraft(Id program, const std::string& summary, const std::function<void(Program&)>& edit) {
  inWriteTransaction(*impl_, "saving a program", [&] {
    impl_->requireDraft(program, "changing it");
    Program draft = impl_->loadUnaltered(program, "changing it");
    edit(draft);
    Prepared rename = impl_->statement("UPDATE program SET title = ? WHERE id = ?");
    rename.bind(1, draft.title);
    rename.bind(2, program);
    rename.exec();
    Prepared clear = impl_->statement("DELETE FROM program_item WHERE program_id = ?");
    clear.bind(1, program);
    clear.exec();
    impl_->insertItems(program, 1, draft.items);
    impl_->audit("update", "program", std::to_string(program), summary);
  });
}

void Store::deleteDraft(Id program) {
  inWriteTransaction(*impl_, "deleting a draft", [&] {
    impl_->requireDraft(program, "deleting it");
    for (const char* sql : {"DELETE FROM program_item WHERE program_id = ?",
                            "DELETE FROM handout_settings WHERE program_id = ?", "DELETE FROM program WHERE id = ?"}) {
      Prepared remove = impl_->statement(sql);
      remove.bind(1, program);
      remove.exec();
    }
    impl_->audit("delete", "program", std::to_string(program), "draft deleted");
  });
}

void Store::issueProgram(Id program, const std::string& audit_note) {
  issueProgram(program, [&](const Program&) { return audit_note; });
}

void Store::issueProgram(Id program, const std::function<std::string(Program&)>& check) {
  inWriteTransaction(*impl_, "issuing a program", [&] {
    impl_->requireDraft(program, "issuing it again");
    Program issued = impl_->loadUnaltered(program, "issuing it");
    const std::string audit_note = check(issued);
    const std::size_t items = issued.items.size();
    if (items == 0)
      throw InvalidRecord(programLabel(program) + " has no exercises; add at least one before issuing it.");
    impl_->keepPatientAdvice(program, issued.items);
    issued.status = ProgramStatus::issued;
    issued.issued_at = utcNow();
    Prepared issue = impl_->statement("UPDATE program SET status = 'issued', issued_at = ? WHERE id = ?");
    issue.bind(1, issued.issued_at);
    issue.bind(2, program);
    issue.exec();
    // The fingerprint goes last in the hash-chained row, where no typed text can follow it.
    impl_->audit("issue", "program", std::to_string(program),
                 "issued with " + std::to_string(items) + " item(s)" + (audit_note.empty() ? "" : "; " + audit_note) +
                     fingerprintNote(programFingerprint(issued)));
  });
}

Id Store::newVersion(Id issued_program) {
  return inWriteTransaction(*impl_, "making a new version", [&] {
    const Program source = impl_->loadUnaltered(issued_program, "making a new version of it");
    if (source.status != ProgramStatus::issued) {
      throw InvalidRecord(programLabel(issued_program) + " is still a draft: edit it directly.");
    }
    const Id id = impl_->insertDraft(source.patient_id, source.title, source.version + 1, source.id);
    impl_->insertItems(id, 1, withoutOverrides(source.items));
    impl_->audit("create", "program", std::to_string(id),
                 "version " + std::to_string(source.version + 1) + " of program " + std::to_string(source.id));
    return id;
  });
}

Id Store::copyLastProgram(Id patient) {
  return inWriteTransaction(*impl_, "copying the last program", [&] {
    impl_->requirePatient(patient);
    Prepared latest = impl_->statement(
        "SELECT id FROM program WHERE patient_id = ? AND status = 'issued' ORDER BY issued_at DESC, id DESC LIMIT 1");
    latest.bind(1, patient);
    if (!latest.executeStep()) {
      throw RecordNotFound("Patient " + std::to_string(patient) + " has no issued program to copy yet.");
    }
    const Id sourceId = latest.getColumn(0).getInt64();
    latest.reset();
    const Program source = impl_->loadUnaltered(sourceId, "copying it");
    const Id id = impl_->insertDraft(patient, source.title, 1, std::nullopt);
    impl_->insertItems(id, 1, withoutOverrides(source.items));
    impl_->audit("create", "program", std::to_string(id), "copied from program " + std::to_string(sourceId));
    return id;
  });
}

void Store::saveHandoutSettings(Id program, const HandoutSettings& settings) {
  inWriteTransaction(*impl_, "saving the handout settings", [&] {
    impl_->loadProgram(program);  // must exist
    Prepared upsert = impl_->statement(
        "INSERT INTO handout_settings (program_id, settings_json, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT (program_id) DO UPDATE SET settings_json = excluded.settings_json, saved_at = excluded.saved_at");
    upsert.bind(1, program);
    upsert.bind(2, handoutSettingsToJson(settings));
    upsert.bind(3, utcNow());
    upsert.exec();
    impl_->audit("update", "program", std::to_string(program), "handout settings saved");
  });
}

std::optional<HandoutSettings> Store::handoutSettings(Id program) const {
  return detail::translated("reading the handout settings", [&]() -> std::optional<HandoutSettings> {
    Prepared select = impl_->statement("SELECT settings_json FROM handout_settings WHERE program_id = ?");
    select.bind(1, program);
    if (!select.executeStep()) return std::nullopt;
    return handoutSettingsFromJson(select.getColumn(0).getString());
  });
}

Program Store::program(Id program) const {
  return detail::translated("reading a program", [&] { return impl_->loadProgram(program); });
}

std::vector<ProgramSummary> Store::programs(Id patient) const {
  return detail::translated("listing programs", [&] {
    std::vector<ProgramSummary> list;
    Prepared select = impl_->statement(
        "SELECT p.id, p.title, p.status, p.version, p.created_at, p.issued_at, "
        "(SELECT count(*) FROM program_item i WHERE i.program_id = p.id), p.clinician, p.previous_id "
        "FROM program p WHERE p.patient_id = ? ORDER BY p.id DESC");
    select.bind(1, patient);
    while (select.executeStep()) {
      ProgramSummary summary;
      summary.id = select.getColumn(0).getInt64();
      summary.title = select.getColumn(1).getString();
      summary.status = statusFrom(select.getColumn(2).getString());
      summary.version = select.getColumn(3).getInt();
      summary.created_at = select.getColumn(4).getString();
      summary.issued_at = select.getColumn(5).getString();
      summary.item_count = select.getColumn(6).getInt();
      summary.clinician = select.getColumn(7).getString();
      if (!select.getColumn(8).isNull()) summary.previous_id = select.getColumn(8).getInt64();
      list.push_back(std::move(summary));
    }
    return list;
  });
}

}  // namespace motus::db
