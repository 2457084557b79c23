#include "archive_reader.hpp"

#include "archive_fields.hpp"
#include "archive_json_stream.hpp"
#include "base64.hpp"

#include <motus/core/text_folding.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/record_json.hpp>
#include <motus/sdk/dosage_fields.hpp>
#include <motus/sdk/plugin_document.hpp>

#include <cstdint>
#include <set>

namespace motus::core {
namespace {

std::string decodeBase64(const std::string& text, const std::string& where) {
  std::optional<std::string> bytes = base64Decode(text);
  if (!bytes) throw ArchiveError(where + " must be base64 text. Fix it or export the records again.");
  return std::move(*bytes);
}

// The formats of record_json.hpp nested in the archive: their own errors, with the path added.
template <class Read>
auto nested(const std::string& where, Read read) {
  try {
    return read();
  } catch (const db::InvalidRecord& error) {
    throw ArchiveError(where + ": " + error.what() + " Fix it or export the records again.");
  } catch (const Poco::Exception& error) {
    throw ArchiveError(where + " does not hold what it should (" + error.message() +
                       "). Fix it or export the records again.");
  }
}

// A dosage (motus.dosage, version 1), read here rather than by db::dosageFromJson so that each
// wrong number is named by its path, and without turning it back into text first.
sdk::Dosage readDosage(const ArchiveFields& item) {
  if (!item.has("dosage")) throw ArchiveError(item.path("dosage") + " is missing. Fix it or export the records again.");
  const ArchiveFields fields(item.value("dosage"), item.path("dosage"));
  if (fields.text("format") != "motus.dosage") throw ArchiveError(fields.path("format") + " must be \"motus.dosage\".");
  if (fields.number("version") > 1) {
    throw ArchiveError(fields.path("version") +
                       ": this dosage was written by a newer Motus; update Motus to import it.");
  }
  sdk::Dosage dosage;
  for (const sdk::DosageField& field : sdk::kDosageFields) {
    const std::string code(field.code);
    if (!fields.has(code)) continue;
    const ArchiveFields range(fields.value(code), fields.path(code));
    range.allowOnly({"low", "high"});
    const long long low = range.number("low");
    const long long high = range.number("high");
    if (low < 0 || high < 0 || low > INT32_MAX || high > INT32_MAX) {
      throw ArchiveError(fields.path(code) + " must hold whole numbers from 0 to " + std::to_string(INT32_MAX) + ".");
    }
    dosage.*field.member = sdk::Range::between(static_cast<int>(low), static_cast<int>(high));
  }
  const std::string side = fields.optionalText("side");
  bool known_side = side.empty();
  for (const sdk::Side candidate : {sdk::Side::left, sdk::Side::right, sdk::Side::both, sdk::Side::each_side}) {
    if (side == sdk::toCode(candidate)) {
      dosage.side = candidate;
      known_side = true;
    }
  }
  if (!known_side) {
    throw ArchiveError(fields.path("side") + " must be \"left\", \"right\", \"both\" or \"each-side\", not \"" +
                       displayable(side) + "\".");
  }
  dosage.load = fields.optionalText("load");
  std::vector<const char*> known{"format", "version", "side", "load"};
  for (const sdk::DosageField& field : sdk::kDosageFields) known.push_back(field.code.data());
  fields.allowOnly(known);
  return dosage;
}

db::ProgramItem readItem(const ArchiveFields& item, bool issued, std::string& exercise_key) {
  item.allowOnly(
      {"exercise", "dosage", "note", "override_reason", "override_conditions", "advice_left_out", "patient_advice"});
  exercise_key = item.text("exercise");
  db::ProgramItem read;
  read.dosage = readDosage(item);
  read.note = item.optionalText("note");
  read.override_reason = item.optionalText("override_reason");
  read.override_conditions = item.texts("override_conditions");
  read.advice_left_out = item.texts("advice_left_out");
  read.patient_advice = item.texts("patient_advice");
  if (!issued && !read.patient_advice.empty()) {
    throw ArchiveError(item.path("patient_advice") +
                       " belongs to issued programs only: a draft's advice is settled when it is issued.");
  }
  return read;
}

ArchivedProgram readProgram(const ArchiveFields& fields, std::set<long long>& earlier_ids) {
  fields.allowOnly({"id", "title", "status", "version", "previous", "clinician", "created_at", "issued_at",
                    "fingerprint", "issued_as", "items", "handout_settings"});
  ArchivedProgram read;
  db::Program& program = read.program;
  read.archive_id = fields.number("id");
  if (!earlier_ids.insert(read.archive_id).second) {
    throw ArchiveError(fields.path("id") + ": another program of this patient has id " +
                       std::to_string(read.archive_id) + "; each needs its own.");
  }
  program.title = fields.text("title");
  const std::string status = fields.text("status");
  if (status != "issued" && status != "draft") {
    throw ArchiveError(fields.path("status") + " must be \"issued\" or \"draft\", not \"" + status + "\".");
  }
  const bool issued = status == "issued";
  program.status = issued ? db::ProgramStatus::issued : db::ProgramStatus::draft;
  const long long version = fields.number("version");
  if (version < 1 || version > 1000000) throw ArchiveError(fields.path("version") + " must be 1 or more.");
  program.version = static_cast<int>(version);
  read.previous = fields.optionalNumber("previous");
  if (read.previous && (!earlier_ids.contains(*read.previous) || *read.previous == read.archive_id)) {
    throw ArchiveError(fields.path("previous") + " refers to program " + std::to_string(*read.previous) +
                       ", which is not an earlier program of this patient in the archive.");
  }
  program.clinician = fields.optionalText("clinician");
  program.created_at = fields.text("created_at");
  if (issued) {
    program.issued_at = fields.text("issued_at");
    read.fingerprint = fields.text("fingerprint");
    const ArchiveFields ids(fields.value("issued_as"), fields.path("issued_as"));
    ids.allowOnly({"program", "patient", "previous"});
    program.issued_as = db::RecordIds{ids.number("program"), ids.number("patient"), ids.optionalNumber("previous")};
  } else {
    for (const char* key : {"issued_at", "fingerprint", "issued_as"}) {
      if (fields.has(key)) throw ArchiveError(fields.path(key) + " belongs to issued programs only; this is a draft.");
    }
  }
  for (const auto& [value, where] : fields.elements("items", true)) {
    std::string key;
    program.items.push_back(readItem(ArchiveFields(value, where), issued, key));
    read.exercise_keys.push_back(std::move(key));
  }
  if (const std::optional<std::string> settings = fields.objectJson("handout_settings")) {
    read.settings = nested(fields.path("handout_settings"), [&] { return db::handoutSettingsFromJson(*settings); });
  }
  return read;
}

ArchivedPatient readPatient(const JsonPiece& piece) {
  const ArchiveFields fields(piece.value, piece.path);
  fields.allowOnly({"chart_number", "family_name", "given_name", "birth_date", "phone", "email", "notes", "archived",
                    "created_at", "updated_at", "conditions", "programs"});
  ArchivedPatient read;
  read.path = piece.path;
  db::PatientDetails& d = read.patient.details;
  d.chart_number = fields.text("chart_number");
  d.family_name = fields.text("family_name");
  d.given_name = fields.optionalText("given_name");
  d.birth_date = fields.optionalText("birth_date");
  d.phone = fields.optionalText("phone");
  d.email = fields.optionalText("email");
  d.notes = fields.optionalText("notes");
  read.patient.archived = fields.flag("archived", false);
  read.patient.created_at = fields.text("created_at");
  read.patient.updated_at = fields.optionalText("updated_at");
  if (read.patient.updated_at.empty()) read.patient.updated_at = read.patient.created_at;
  for (const auto& [value, where] : fields.elements("conditions", false)) {
    const ArchiveFields condition(value, where);
    condition.allowOnly({"code", "note", "since"});
    read.conditions.push_back(
        {condition.text("code"), condition.optionalText("note"), condition.optionalText("since")});
  }
  std::set<long long> earlier_ids;
  for (const auto& [value, where] : fields.elements("programs", false)) {
    read.programs.push_back(readProgram(ArchiveFields(value, where), earlier_ids));
    read.programs.back().path = where;
  }
  return read;
}

ArchivedTemplate readTemplate(const JsonPiece& piece) {
  const ArchiveFields fields(piece.value, piece.path);
  fields.allowOnly({"name", "items"});
  ArchivedTemplate read;
  read.path = piece.path;
  read.templ.name = fields.text("name");
  for (const auto& [value, where] : fields.elements("items", true)) {
    const ArchiveFields item(value, where);
    item.allowOnly({"exercise", "dosage", "note"});
    read.exercise_keys.push_back(item.text("exercise"));
    db::TemplateItem entry;
    entry.dosage = readDosage(item);
    entry.note = item.optionalText("note");
    read.templ.items.push_back(std::move(entry));
  }
  return read;
}

void readSnapshot(const JsonPiece& piece, ArchiveVisitor& visitor) {
  const ArchiveFields fields(piece.value, piece.path);
  fields.allowOnly({"key", "snapshot"});
  const std::string key = fields.text("key");
  const std::optional<std::string> json = fields.objectJson("snapshot");
  if (!json) throw ArchiveError(fields.path("snapshot") + " is missing. Fix it or export the records again.");
  db::ExerciseSnapshot snapshot = nested(fields.path("snapshot"), [&] { return db::snapshotFromJson(*json); });
  // The key is the hash of the exercise as it was prescribed: a text changed since no longer has it.
  if (db::snapshotKey(snapshot) != key) {
    throw ArchiveError(piece.path + " (" + snapshot.spec.name +
                       ") does not match its key: the exercise was changed after it was exported. Export the "
                       "records again from the database they came from.");
  }
  visitor.snapshot(key, std::move(snapshot), piece.path);
}

db::ClinicProfile readClinic(const JsonPiece& piece) {
  const ArchiveFields fields(piece.value, piece.path);
  fields.allowOnly({"name", "address", "phone", "email", "logo_type", "logo_base64"});
  db::ClinicProfile clinic;
  clinic.name = fields.optionalText("name");
  clinic.address = fields.optionalText("address");
  clinic.phone = fields.optionalText("phone");
  clinic.email = fields.optionalText("email");
  clinic.logo_type = fields.optionalText("logo_type");
  clinic.logo = decodeBase64(fields.optionalText("logo_base64"), fields.path("logo_base64"));
  return clinic;
}

std::string textOf(const JsonPiece& piece) {
  if (!piece.value.isString()) throw ArchiveError(piece.path + " must be a text.");
  return piece.value.extract<std::string>();
}

}  // namespace

ArchiveHeader readArchive(const std::string& text, ArchiveVisitor& visitor, ArchiveReading reading) {
  ArchiveHeader header;
  // The first problem with the records, kept while the rest is read: an archive's format and
  // version may come last, and "written by a newer Motus" is the message that helps then.
  std::optional<ArchiveError> problem;
  const auto requireArray = [](const JsonPiece& piece) {
    if (!piece.index) throw ArchiveError(piece.path + " must be a list (a JSON array).");
  };
  streamJson(
      text,
      [&](JsonPiece&& piece) {
        const std::string& key = piece.key;
        if (key == "format") {
          header.format = textOf(piece);
          return;
        }
        if (key == "version") {
          header.version = wholeNumber(piece.value);
          if (!header.version) throw ArchiveError("$.version must be a whole number.");
          return;
        }
        if (problem) return;
        try {
          if (key == "contents") {
            header.contents = textOf(piece);
          } else if (key == "exported_at") {
            header.exported_at = textOf(piece);
          } else if (key == "exported_by") {
            header.exported_by = textOf(piece);
          } else if (key == "motus_version") {
            textOf(piece);
          } else if (key == "clinic") {
            visitor.clinic(readClinic(piece));
          } else if (key == "exercise_snapshots") {
            requireArray(piece);
            readSnapshot(piece, visitor);
          } else if (key == "patients") {
            requireArray(piece);
            ++header.patients;
            if (!piece.skipped) visitor.patient(readPatient(piece));
          } else if (key == "templates") {
            requireArray(piece);
            ++header.templates;
            if (!piece.skipped) visitor.templ(readTemplate(piece));
          } else {
            throw ArchiveError(piece.path + " is not a field of a Motus archive (version " +
                               std::to_string(kArchiveVersion) +
                               "). Remove it, or check the spelling against docs/archive.md.");
          }
        } catch (const ArchiveError& error) {
          problem = error;
        }
      },
      [reading](const std::string& key) {
        return reading == ArchiveReading::everything || (key != "patients" && key != "templates");
      });
  if (header.format != kArchiveFormat) {
    throw ArchiveError(header.format.empty()
                           ? std::string("This is not a Motus archive: it has no \"format\": \"motus.archive\". "
                                         "Choose a file made by Motus's export.")
                           : "This is not a Motus archive: its format is \"" + header.format + "\", not \"" +
                                 kArchiveFormat + "\". Choose a file made by Motus's export.");
  }
  if (!header.version) throw ArchiveError("$.version is missing: the archive does not say which version it is.");
  if (*header.version > kArchiveVersion) {
    throw ArchiveError("This archive was written by a newer Motus (archive version " + std::to_string(*header.version) +
                       "); this Motus reads version " + std::to_string(kArchiveVersion) +
                       ". Update Motus to import it.");
  }
  if (*header.version < 1) throw ArchiveError("$.version must be 1 or more.");
  if (problem) throw *problem;
  if (header.contents != "clinic" && header.contents != "patients" && header.contents != "templates") {
    throw ArchiveError("$.contents must be \"clinic\", \"patients\" or \"templates\".");
  }
  return header;
}

}  // namespace motus::core
