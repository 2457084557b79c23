#include <motus/db/fingerprint.hpp>

#include <motus/db/errors.hpp>
#include <motus/db/record_json.hpp>

#include "store_impl.hpp"

#include <cctype>

namespace motus::db {
namespace {

// Every field with its length, so that no two different programs give the same text. Fed to the
// hash as it goes: the text is megabytes of exercises over a clinic's programs, built only to be
// hashed (an import of 10,000 patients spent a second building it).
void add(Sha256& hash, std::string_view field) {
  const std::string length = std::to_string(field.size());
  hash.add(length);
  hash.add(":");
  hash.add(field);
  hash.add(";");
}

}  // namespace

std::string programFingerprint(const Program& program) { return programFingerprint(program, nullptr); }

std::string programFingerprint(const Program& program, std::vector<std::string>* snapshot_keys) {
  if (snapshot_keys != nullptr) snapshot_keys->assign(program.items.size(), std::string());
  Sha256 text;
  add(text, "motus.program-fingerprint/1");
  const RecordIds ids = program.issued_as.value_or(RecordIds{program.id, program.patient_id, program.previous_id});
  add(text, std::to_string(ids.program));
  add(text, std::to_string(ids.patient));
  add(text, program.title);
  add(text, std::to_string(program.version));
  add(text, ids.previous ? std::to_string(*ids.previous) : "");
  add(text, program.clinician);
  add(text, program.created_at);
  add(text, program.issued_at);
  add(text, std::to_string(program.items.size()));
  for (std::size_t i = 0; i < program.items.size(); ++i) {
    const ProgramItem& item = program.items[i];
    add(text, serializedSnapshot(item.exercise, snapshot_keys != nullptr ? &(*snapshot_keys)[i] : nullptr));
    add(text, dosageToJson(item.dosage));
    add(text, item.note);
    add(text, item.override_reason);
    add(text, std::to_string(item.override_conditions.size()));
    for (const std::string& code : item.override_conditions) add(text, code);
    // Only when there is some, so programs issued before advice existed keep their fingerprint.
    if (!item.patient_advice.empty()) {
      add(text, "patient advice");
      add(text, std::to_string(item.patient_advice.size()));
      for (const std::string& advice : item.patient_advice) add(text, advice);
    }
  }
  return text.hex();
}

void refuseIfAltered(const Program& program, const std::string& refused) {
  if (program.alterations.empty()) return;
  std::string what;
  for (const std::string& alteration : program.alterations) what += (what.empty() ? "" : "; ") + alteration;
  throw AlteredRecord("Program #" + std::to_string(program.id) + " was changed outside Motus: " + what + ". " +
                      refused +
                      ". Restore the database from a backup made before the change; 'motus-cli check' lists every "
                      "altered record.");
}

std::string shortFingerprint(const std::string& fingerprint) {
  std::string text;
  for (std::size_t i = 0; i < 12 && i < fingerprint.size(); ++i) {
    if (i > 0 && i % 4 == 0) text += ' ';
    text += static_cast<char>(std::toupper(static_cast<unsigned char>(fingerprint[i])));
  }
  return text;
}

}  // namespace motus::db
