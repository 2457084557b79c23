// Records::importArchive: the archive is read, checked and written in one transaction, all or
// nothing. An archive that lists its exercises after the patients who use them is read twice: the
// first reading gathers the exercises.
#include "archive_reader.hpp"
#include "handoff_queue.hpp"
#include "output_file.hpp"

#include <motus/core/archive.hpp>
#include <motus/core/records.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/db/errors.hpp>
#include <motus/db/record_import.hpp>

#include <cerrno>
#include <fstream>
#include <map>
#include <set>
#include <thread>
#include <variant>

namespace motus::core {
namespace {

std::string readArchiveFile(const std::filesystem::path& file) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error) {
    throw ArchiveError("Cannot read " + file.string() + ": " + error.message() + ". Check the file's name.");
  }
  if (size > kArchiveMaxBytes) {
    throw ArchiveError(file.string() + " is " + std::to_string(size / (1024 * 1024)) +
                       " MiB; Motus imports archives of up to " + std::to_string(kArchiveMaxBytes / (1024 * 1024)) +
                       " MiB. Export the patients in smaller groups. Nothing was imported.");
  }
  std::ifstream in(file, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in || !in.read(text.data(), static_cast<std::streamsize>(size))) {
    throw ArchiveError("Cannot read " + file.string() + ": " + fileFailureReason(errno));
  }
  return text;
}

// A chart number as the store compares them: capital letters (ASCII, as SQLite's NOCASE) aside.
std::string chartKey(std::string chart) {
  for (char& c : chart) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return chart;
}

// "2026-11-25T19:40:02.153Z" or without the milliseconds, as Motus writes times.
bool isTimestamp(const std::string& text) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
      if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  if (text.size() != 20 && text.size() != 24) return false;
  if (!isIsoDate(text.substr(0, 10)) || text[10] != 'T' || text.back() != 'Z') return false;
  if (!digits(11, 2) || text[13] != ':' || !digits(14, 2) || text[16] != ':' || !digits(17, 2)) return false;
  return text.size() == 20 || (text[19] == '.' && digits(20, 3));
}

void requireTimestamp(const std::string& text, const std::string& where) {
  if (!isTimestamp(text)) {
    throw ArchiveError(where + " must be a UTC time as Motus writes it (\"2026-11-25T19:40:02.153Z\"), not \"" +
                       displayable(text) + "\".");
  }
}

void refuseProblems(const std::string& where, const std::vector<std::string>& problems) {
  if (problems.empty()) return;
  std::string text;
  for (const std::string& problem : problems) text += (text.empty() ? "" : "; ") + problem;
  throw ArchiveError(where + ": " + text + ". Fix it or export the records again.");
}

std::string listed(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < 10; ++i) text += (i == 0 ? "" : ", ") + displayable(names[i]);
  if (names.size() > 10) text += " and " + std::to_string(names.size() - 10) + " more";
  return text;
}

// The first reading: the header, the exercise snapshots (every item refers to one, and the
// archive may list them last) and the clinic; the patients and templates are only counted.
class ArchiveExercises : public ArchiveVisitor {
 public:
  void snapshot(const std::string& key, db::ExerciseSnapshot&& snapshot, const std::string& path) override {
    if (!snapshots.try_emplace(key, std::move(snapshot)).second) {
      throw ArchiveError(path + " repeats the exercise snapshot " + key + "; each is listed once.");
    }
  }
  void clinic(db::ClinicProfile&& profile) override {
    refuseProblems("$.clinic", clinicProblems(profile));
    clinic_profile = std::move(profile);
  }
  void patient(ArchivedPatient&&) override {}
  void templ(ArchivedTemplate&&) override {}

  std::map<std::string, db::ExerciseSnapshot> snapshots;
  std::optional<db::ClinicProfile> clinic_profile;
};

// Thrown by ArchiveChecking reading in one pass when a patient or template comes before the
// exercises it refers to: the archive is then read twice.
struct ExercisesComeLater {};

// A patient read from the archive and checked, with its programs' exercises in place: ready to
// write.
struct CheckedPatient {
  ArchivedPatient archived;                  // its programs without their db::Program (see programs)
  std::vector<db::CheckedProgram> programs;  // in the order of archived.programs
};
using CheckedRecord = std::variant<CheckedPatient, ArchivedTemplate>;

// How many checked records the reading may run ahead of the writing: enough to keep both busy,
// few enough that memory stays small (a patient with five programs is about 200 KiB).
constexpr std::size_t kRecordsAhead = 16;

// The second reading, on a thread of its own: every record checked as far as it can be without
// the database (text, dates, ids, and each issued program hashed against its fingerprint, the
// costliest part), then handed to ArchiveWriting. Reading and checking take about as long as
// writing, so the two threads together take little more than half the time of one doing it all
// (bench/archive_bench.cpp).
class ArchiveChecking : public ArchiveVisitor {
 public:
  // With the `exercises` of a first reading, or `gathering` them on the way (an archive Motus
  // wrote lists them first).
  ArchiveChecking(ArchiveExercises& exercises, bool gathering, HandoffQueue<CheckedRecord>& checked)
      : exercises_(exercises), gathering_(gathering), checked_(checked) {}

  void snapshot(const std::string& key, db::ExerciseSnapshot&& snapshot, const std::string& path) override {
    if (gathering_) exercises_.snapshot(key, std::move(snapshot), path);
  }
  void clinic(db::ClinicProfile&& profile) override {
    if (gathering_) exercises_.clinic(std::move(profile));
  }

  void patient(ArchivedPatient&& archived) override {
    if (gathering_ && exercises_.snapshots.empty() && !archived.programs.empty()) throw ExercisesComeLater{};
    check(archived);
    CheckedPatient patient;
    for (ArchivedProgram& program : archived.programs) {
      for (std::size_t i = 0; i < program.program.items.size(); ++i) {
        program.program.items[i].exercise = exercise(program.exercise_keys[i], program.path, i);
      }
      try {
        patient.programs.push_back(db::CheckedProgram::check(std::move(program.program), program.fingerprint));
      } catch (const db::AlteredRecord& error) {
        throw ArchiveError(program.path + ": " + error.what());
      }
    }
    patient.archived = std::move(archived);
    checked_.push(CheckedRecord(std::move(patient)));
  }

  void templ(ArchivedTemplate&& archived) override {
    if (gathering_ && exercises_.snapshots.empty() && !archived.templ.items.empty()) throw ExercisesComeLater{};
    db::Template& templ = archived.templ;
    if (displayable(templ.name).empty()) throw ArchiveError(archived.path + ".name: a template needs a name.");
    if (!template_names_seen_.insert(templ.name).second) {
      throw ArchiveError(archived.path + ".name: template '" + displayable(templ.name) + "' is in the archive twice.");
    }
    for (std::size_t i = 0; i < templ.items.size(); ++i) {
      templ.items[i].exercise = exercise(archived.exercise_keys[i], archived.path, i);
    }
    checked_.push(CheckedRecord(std::move(archived)));
  }

 private:
  void check(const ArchivedPatient& patient) {
    refuseProblems(patient.path, patientProblems(patient.patient.details));
    requireTimestamp(patient.patient.created_at, patient.path + ".created_at");
    requireTimestamp(patient.patient.updated_at, patient.path + ".updated_at");
    for (std::size_t i = 0; i < patient.conditions.size(); ++i) {
      refuseProblems(patient.path + ".conditions[" + std::to_string(i) + "]", conditionProblems(patient.conditions[i]));
    }
    if (!charts_seen_.insert(chartKey(patient.patient.details.chart_number)).second) {
      throw ArchiveError(patient.path + ".chart_number: chart number '" +
                         displayable(patient.patient.details.chart_number) +
                         "' is in the archive twice (capital letters aside); each patient needs their own.");
    }
    for (const ArchivedProgram& program : patient.programs) {
      requireTimestamp(program.program.created_at, program.path + ".created_at");
      if (program.program.status == db::ProgramStatus::issued) {
        requireTimestamp(program.program.issued_at, program.path + ".issued_at");
        if (program.program.items.empty()) {
          throw ArchiveError(program.path + ".items: an issued program has at least one exercise.");
        }
      }
    }
  }

  const db::ExerciseSnapshot& exercise(const std::string& key, const std::string& path, std::size_t item) const {
    const auto found = exercises_.snapshots.find(key);
    if (found == exercises_.snapshots.end()) {
      throw ArchiveError(path + ".items[" + std::to_string(item) + "].exercise refers to the exercise snapshot " + key +
                         ", which is not in the archive's exercise_snapshots. Export the records again.");
    }
    return found->second;
  }

  ArchiveExercises& exercises_;
  bool gathering_;
  HandoffQueue<CheckedRecord>& checked_;
  std::set<std::string> charts_seen_;
  std::set<std::string> template_names_seen_;
};

// The writing, inside the import's transaction, on the thread that holds the database: chart
// numbers and template names met against the database's own, then each record written. Anything
// refused throws, and the transaction writes nothing.
class ArchiveWriting {
 public:
  ArchiveWriting(db::RecordImporter& importer, const ImportOptions& options, std::string origin, std::size_t patients,
                 const ArchiveProgress& progress, ArchiveImport& summary)
      : importer_(importer),
        options_(options),
        origin_(std::move(origin)),
        patients_(patients),
        progress_(progress),
        summary_(summary) {}

  void write(CheckedRecord& record) {
    if (auto* patient = std::get_if<CheckedPatient>(&record)) {
      write(*patient);
    } else {
      write(std::get<ArchivedTemplate>(record));
    }
  }

  // Chart numbers and template names the database has already, with ChartClash::refuse.
  std::vector<std::string> taken_charts;
  std::vector<std::string> taken_templates;

 private:
  void write(CheckedPatient& checked) {
    ++seen_;
    if (progress_ && (seen_ % 64 == 0 || seen_ == patients_)) progress_("Importing patients", seen_, patients_);
    db::Patient& patient = checked.archived.patient;
    const std::string chart = patient.details.chart_number;
    charts_written_.insert(chartKey(chart));
    if (importer_.chartNumberTaken(chart)) {
      if (!writtenUnderNewName(chart, taken_charts, summary_.skipped_patients)) return;
      patient.details.chart_number = freeChartNumber(chart);
      summary_.renumbered.emplace_back(chart, patient.details.chart_number);
    }
    if (!taken_charts.empty()) return;  // refused at the end; no need to write the rest
    const std::string renumbered = patient.details.chart_number == chart ? "" : " (chart number " + chart + " there)";
    const db::Id id = importer_.addPatient(patient, checked.archived.conditions, origin_ + renumbered);
    ++summary_.patients;
    std::map<long long, db::Id> imported;  // archive id -> id here
    for (std::size_t i = 0; i < checked.programs.size(); ++i) {
      const ArchivedProgram& program = checked.archived.programs[i];
      const std::optional<db::Id> previous =
          program.previous ? std::optional<db::Id>(imported.at(*program.previous)) : std::nullopt;
      const bool issued = checked.programs[i].program().status == db::ProgramStatus::issued;
      imported[program.archive_id] = importer_.addProgram(id, checked.programs[i], previous, program.settings,
                                                          origin_ + (issued ? ", issued there" : ", a draft there"));
      ++(issued ? summary_.issued_programs : summary_.drafts);
    }
  }

  void write(ArchivedTemplate& archived) {
    db::Template& templ = archived.templ;
    const std::string name = templ.name;
    if (importer_.templateNameTaken(name)) {
      if (!writtenUnderNewName(name, taken_templates, summary_.skipped_templates)) return;
      int n = 2;
      while (importer_.templateNameTaken(name + " (" + std::to_string(n) + ")")) ++n;
      templ.name = name + " (" + std::to_string(n) + ")";
      summary_.renamed_templates.emplace_back(name, templ.name);
    }
    if (!taken_charts.empty() || !taken_templates.empty()) return;
    importer_.addTemplate(templ.name, templ.items, origin_);
    ++summary_.templates;
  }

  // What the clash option says of a record whose chart number or name the database has already:
  // written under a new one (true), or not written, and noted as refused or as skipped.
  bool writtenUnderNewName(const std::string& name, std::vector<std::string>& refused,
                           std::vector<std::string>& skipped) const {
    switch (options_.clash) {
      case ChartClash::refuse:
        refused.push_back(name);
        return false;
      case ChartClash::skip_existing:
        skipped.push_back(name);
        return false;
      case ChartClash::renumber:
        break;
    }
    return true;
  }

  std::string freeChartNumber(const std::string& chart) const {
    for (int n = 2;; ++n) {
      const std::string candidate = chart + "-" + std::to_string(n);
      if (!importer_.chartNumberTaken(candidate) && !charts_written_.contains(chartKey(candidate))) return candidate;
    }
  }

  db::RecordImporter& importer_;
  const ImportOptions& options_;
  std::string origin_;
  std::size_t patients_;
  const ArchiveProgress& progress_;
  ArchiveImport& summary_;
  std::size_t seen_ = 0;
  std::set<std::string> charts_written_;  // the archive's, as far as written (chartKey)
};

// Reads and checks the archive on a thread of its own while `writing` writes what was checked, on
// this one. Returns the header once both are done; whatever stops either stops both.
ArchiveHeader readAndWrite(const std::string& text, ArchiveExercises& exercises, bool gathering,
                           ArchiveWriting& writing) {
  HandoffQueue<CheckedRecord> checked(kRecordsAhead);
  ArchiveHeader header;
  std::thread reading([&] {
    try {
      ArchiveChecking checking(exercises, gathering, checked);
      header = readArchive(text, checking);
      checked.finish();
    } catch (...) {
      checked.finish(std::current_exception());
    }
  });
  try {
    while (std::optional<CheckedRecord> record = checked.pop()) {
      writing.write(*record);
      checked.giveBack(std::move(*record));
    }
  } catch (...) {
    checked.abandon();
    reading.join();
    throw;
  }
  reading.join();
  return header;
}

std::string importSummary(const ArchiveImport& summary) {
  std::string text = std::to_string(summary.patients) + " patient(s), " + std::to_string(summary.issued_programs) +
                     " issued program(s), " + std::to_string(summary.drafts) + " draft(s), " +
                     std::to_string(summary.templates) + " template(s)";
  if (!summary.skipped_patients.empty()) text += "; skipped (already here): " + listed(summary.skipped_patients);
  if (!summary.renumbered.empty()) {
    std::vector<std::string> pairs;
    for (const auto& [before, now] : summary.renumbered) pairs.push_back(before + " as " + now);
    text += "; renumbered: " + listed(pairs);
  }
  return text;
}

// For the progress bar only: how many patients the text holds. A key's quotes are never escaped,
// and every quote inside a text is, so only patients' "chart_number" keys match.
std::size_t countPatients(const std::string& text) {
  std::size_t count = 0;
  for (std::size_t at = text.find("\"chart_number\""); at != std::string::npos;
       at = text.find("\"chart_number\"", at + 1)) {
    ++count;
  }
  return count;
}

}  // namespace

ArchiveImport Records::importArchive(const std::filesystem::path& file, const ImportOptions& options,
                                     const ArchiveProgress& progress) {
  if (progress) progress("Reading the archive", 0, 0);
  const std::string text = readArchiveFile(file);
  const std::size_t patients = countPatients(text);
  const std::string name = file.filename().string();

  // One reading when the exercises come first, as Motus writes them; otherwise a first reading
  // gathers them. Either way the import is one transaction: anything refused leaves nothing.
  const auto import = [&](ArchiveExercises& exercises, bool gathering) {
    ArchiveImport summary;
    store_.importRecords("importing an archive", [&](db::RecordImporter& importer) {
      std::string origin = "imported from archive " + name;
      ArchiveWriting writing(importer, options, origin, patients, progress, summary);
      const ArchiveHeader header = readAndWrite(text, exercises, gathering, writing);
      if (header.contents == "templates" && header.patients > 0) {
        throw ArchiveError("$.patients: an archive of templates holds no patients.");
      }
      if (!writing.taken_charts.empty() || !writing.taken_templates.empty()) {
        std::string message = "Nothing was imported: ";
        if (!writing.taken_charts.empty()) {
          message += "chart number(s) " + listed(writing.taken_charts) + " belong to patients in this database already";
        }
        if (!writing.taken_templates.empty()) {
          message += std::string(writing.taken_charts.empty() ? "" : "; ") + "template(s) " +
                     listed(writing.taken_templates) + " exist here already";
        }
        throw ArchiveClash(message +
                           ". Import again choosing to skip the ones already here, or to import them under new "
                           "numbers.");
      }
      origin += " (exported " + header.exported_at + " by " + header.exported_by + ")";
      if (exercises.clinic_profile && !exercises.clinic_profile->name.empty()) {
        const db::ClinicProfile here = importer.clinic();
        if (here.name.empty()) {
          importer.saveClinic(*exercises.clinic_profile, "clinic profile " + origin);
          summary.clinic_profile_imported = true;
        } else {
          summary.clinic_profile_differs = !(here == *exercises.clinic_profile);
        }
      }
      importer.audit("archive", name, origin + ": " + importSummary(summary));
    });
    return summary;
  };
  try {
    ArchiveExercises gathered;
    return import(gathered, true);
  } catch (const ExercisesComeLater&) {
    ArchiveExercises exercises;
    readArchive(text, exercises, ArchiveReading::exercises_and_clinic);
    return import(exercises, false);
  }
}

}  // namespace motus::core
