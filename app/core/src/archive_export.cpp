// Writes a Motus archive (docs/archive.md): the exercise snapshots first, each once, then one
// patient per line, so that memory holds one patient's records at a time.
#include "base64.hpp"
#include "output_file.hpp"

#include <motus/core/archive.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/fingerprint.hpp>
#include <motus/db/record_json.hpp>

#include <Poco/JSONString.h>

#include <chrono>
#include <ctime>
#include <set>

namespace motus::core {
namespace {

std::string quoted(const std::string& text) { return Poco::toJSON(text, Poco::JSON_WRAP_STRINGS); }

// Appends `"key": value` pairs to one JSON object's text.
class ObjectText {
 public:
  ObjectText& raw(const char* key, const std::string& json) {
    text_ += (text_.empty() ? "{" : ", ") + quoted(key) + ": " + json;
    return *this;
  }
  ObjectText& text(const char* key, const std::string& value) { return raw(key, quoted(value)); }
  ObjectText& number(const char* key, long long value) { return raw(key, std::to_string(value)); }
  ObjectText& optionalNumber(const char* key, const std::optional<long long>& value) {
    return raw(key, value ? std::to_string(*value) : "null");
  }
  ObjectText& flag(const char* key, bool value) { return raw(key, value ? "true" : "false"); }
  ObjectText& texts(const char* key, const std::vector<std::string>& values) {
    std::string list;
    for (const std::string& value : values) list += (list.empty() ? "" : ", ") + quoted(value);
    return raw(key, "[" + list + "]");
  }
  std::string done() const { return text_.empty() ? "{}" : text_ + "}"; }

 private:
  std::string text_;
};

std::string utcNowText() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

class ArchiveWriter {
 public:
  ArchiveWriter(const Records& records, OutputFile& out) : store_(records.store()), out_(out) {}

  void clinic() {
    const db::ClinicProfile clinic = store_.clinic();
    ObjectText text;
    text.text("name", clinic.name).text("address", clinic.address).text("phone", clinic.phone);
    text.text("email", clinic.email).text("logo_type", clinic.logo_type).text("logo_base64", base64Encode(clinic.logo));
    out_.write(",\n\"clinic\": " + text.done());
  }

  void patients(const std::vector<db::Patient>& patients, const ArchiveProgress& progress) {
    out_.write(",\n\"patients\": [");
    for (std::size_t i = 0; i < patients.size(); ++i) {
      out_.write(std::string(i == 0 ? "\n" : ",\n") + patient(patients[i]));
      if (progress && (i % 64 == 0 || i + 1 == patients.size())) progress("Exporting patients", i + 1, patients.size());
    }
    out_.write("]");
  }

  void templates(const std::vector<db::Template>& templates) {
    out_.write(",\n\"templates\": [");
    for (std::size_t i = 0; i < templates.size(); ++i) {
      std::string items;
      for (const db::TemplateItem& item : templates[i].items) {
        ObjectText text;
        text.text("exercise", keep(item.exercise)).raw("dosage", db::dosageToJson(item.dosage)).text("note", item.note);
        items += (items.empty() ? "" : ", ") + text.done();
      }
      ObjectText text;
      text.text("name", templates[i].name).raw("items", "[" + items + "]");
      out_.write(std::string(i == 0 ? "\n" : ",\n") + text.done());
    }
    out_.write("]");
    summary_.templates = templates.size();
  }

  // First, so that a reader has every exercise before the items that refer to it.
  void snapshots(const std::optional<std::vector<db::Id>>& patients, bool with_templates) {
    out_.write(",\n\"exercise_snapshots\": [");
    bool first = true;
    for (const auto& [key, snapshot] : store_.exerciseSnapshots(patients, with_templates)) {
      out_.write(std::string(first ? "\n" : ",\n") +
                 ObjectText().text("key", key).raw("snapshot", db::snapshotToJson(snapshot)).done());
      written_.insert(key);
      first = false;
    }
    out_.write("]");
    summary_.exercise_snapshots = written_.size();
  }

  ArchiveExport summary() const { return summary_; }

 private:
  // The snapshot's key, which snapshots() wrote before.
  std::string keep(const db::ExerciseSnapshot& snapshot) const {
    std::string key = db::snapshotKey(snapshot);
    if (!written_.contains(key)) {
      throw db::InvalidRecord(
          "The records changed while they were being exported (an exercise was added). Export "
          "again; nothing was written.");
    }
    return key;
  }

  std::string patient(const db::Patient& patient) {
    const db::PatientDetails& d = patient.details;
    ObjectText text;
    text.text("chart_number", d.chart_number).text("family_name", d.family_name).text("given_name", d.given_name);
    text.text("birth_date", d.birth_date).text("phone", d.phone).text("email", d.email).text("notes", d.notes);
    text.flag("archived", patient.archived).text("created_at", patient.created_at);
    text.text("updated_at", patient.updated_at);
    std::string conditions;
    for (const db::PatientCondition& condition : store_.conditions(patient.id)) {
      ObjectText entry;
      entry.text("code", condition.code).text("note", condition.note).text("since", condition.since);
      conditions += (conditions.empty() ? "" : ", ") + entry.done();
    }
    text.raw("conditions", "[" + conditions + "]");
    std::vector<db::ProgramSummary> summaries = store_.programs(patient.id);
    std::string programs;
    // Oldest first, so every version follows the one it replaces.
    for (auto it = summaries.rbegin(); it != summaries.rend(); ++it) {
      programs += (programs.empty() ? "" : ",\n  ") + program(store_.program(it->id), d.chart_number);
    }
    text.raw("programs", "[" + programs + "]");
    ++summary_.patients;
    return text.done();
  }

  std::string program(const db::Program& program, const std::string& chart_number) {
    db::refuseIfAltered(program, "So the export of patient " + chart_number + " was refused");
    const bool issued = program.status == db::ProgramStatus::issued;
    ObjectText text;
    text.number("id", program.id).text("title", program.title).text("status", issued ? "issued" : "draft");
    text.number("version", program.version).optionalNumber("previous", program.previous_id);
    text.text("clinician", program.clinician).text("created_at", program.created_at);
    if (issued) {
      const db::RecordIds ids =
          program.issued_as.value_or(db::RecordIds{program.id, program.patient_id, program.previous_id});
      // Loading checked the program against the fingerprint its issue row recorded; one issued
      // before Motus recorded fingerprints gets its own now.
      const std::string fingerprint =
          program.fingerprint.empty() ? db::programFingerprint(program) : program.fingerprint;
      text.text("issued_at", program.issued_at).text("fingerprint", fingerprint);
      text.raw("issued_as", ObjectText()
                                .number("program", ids.program)
                                .number("patient", ids.patient)
                                .optionalNumber("previous", ids.previous)
                                .done());
    }
    std::string items;
    for (const db::ProgramItem& item : program.items) {
      ObjectText entry;
      entry.text("exercise", keep(item.exercise)).raw("dosage", db::dosageToJson(item.dosage));
      entry.text("note", item.note).text("override_reason", item.override_reason);
      entry.texts("override_conditions", item.override_conditions).texts("advice_left_out", item.advice_left_out);
      if (issued) entry.texts("patient_advice", item.patient_advice);
      items += (items.empty() ? "" : ", ") + entry.done();
    }
    text.raw("items", "[" + items + "]");
    if (const std::optional<db::HandoutSettings> settings = store_.handoutSettings(program.id)) {
      text.raw("handout_settings", db::handoutSettingsToJson(*settings));
    }
    ++summary_.programs;
    return text.done();
  }

  const db::Store& store_;
  OutputFile& out_;
  std::set<std::string> written_;  // the keys of the snapshots written
  ArchiveExport summary_;
};

const char* contentsName(ArchiveContents contents) {
  switch (contents) {
    case ArchiveContents::clinic:
      return "clinic";
    case ArchiveContents::patients:
      return "patients";
    case ArchiveContents::templates:
      return "templates";
  }
  return "clinic";
}

}  // namespace

ArchiveExport exportArchive(Records& records, const ArchiveSelection& selection, const std::filesystem::path& file,
                            const ArchiveProgress& progress) {
  const db::Store& store = records.store();
  std::vector<db::Patient> patients;
  if (selection.contents == ArchiveContents::clinic) patients = store.listPatients(true);
  if (selection.contents == ArchiveContents::patients) {
    for (const std::string& chart : selection.chart_numbers) patients.push_back(records.patientByChart(chart));
  }
  // Written beside the file and renamed over it once complete: no half archive under its name.
  std::filesystem::path partial = file;
  partial += ".partial";
  ArchiveExport summary;
  try {
    OutputFile out(partial);
    ArchiveWriter writer(records, out);
    out.write("{\"format\": " + quoted(kArchiveFormat) + ", \"version\": " + std::to_string(kArchiveVersion) +
              ", \"contents\": " + quoted(contentsName(selection.contents)) +
              ",\n\"exported_at\": " + quoted(utcNowText()) + ", \"exported_by\": " + quoted(records.actor()) +
              ", \"motus_version\": " + quoted(MOTUS_VERSION));
    // The clinic heads every handout: patients travel with it, so their programs reprint the same.
    // One reading: the archive is the records as they were at one moment, even while a colleague
    // saves meanwhile (and the pages read stay in the cache, which is several times faster).
    store.readConsistently([&] {
      if (selection.contents != ArchiveContents::templates) writer.clinic();
      std::optional<std::vector<db::Id>> ids;  // every patient's, for the whole clinic
      if (selection.contents != ArchiveContents::clinic) {
        ids.emplace();
        for (const db::Patient& patient : patients) ids->push_back(patient.id);
      }
      writer.snapshots(ids, selection.contents != ArchiveContents::patients);
      if (selection.contents != ArchiveContents::templates) writer.patients(patients, progress);
      if (selection.contents != ArchiveContents::patients) writer.templates(store.templates());
    });
    out.write("\n}\n");
    out.commit();
    summary = writer.summary();
    records.recordArchiveExport(file.filename().string(), std::string("archive of the ") +
                                                              contentsName(selection.contents) + ": " +
                                                              std::to_string(summary.patients) + " patient(s), " +
                                                              std::to_string(summary.programs) + " program(s), " +
                                                              std::to_string(summary.templates) + " template(s)");
    std::filesystem::rename(partial, file);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    throw;
  }
  summary.bytes = std::filesystem::file_size(file);
  return summary;
}

}  // namespace motus::core
