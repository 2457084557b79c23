// Records::importArchive: the archive is read twice. The first reading checks all of it and
// gathers the exercise snapshots, so nothing is written for an archive that would fail halfway;
// the second writes it, in one transaction.
#include "archive_reader.hpp"
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

// The first reading: every record checked as the records' own rules would, the snapshots kept.
class ArchiveSurvey : public ArchiveVisitor {
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

  void patient(ArchivedPatient&& patient) override {
    refuseProblems(patient.path, patientProblems(patient.patient.details));
    requireTimestamp(patient.patient.created_at, patient.path + ".created_at");
    requireTimestamp(patient.patient.updated_at, patient.path + ".updated_at");
    for (std::size_t i = 0; i < patient.conditions.size(); ++i) {
      refuseProblems(patient.path + ".conditions[" + std::to_string(i) + "]", conditionProblems(patient.conditions[i]));
    }
    if (!charts_seen.insert(patient.patient.details.chart_number).second) {
      throw ArchiveError(patient.path + ".chart_number: chart number '" +
                         displayable(patient.patient.details.chart_number) +
                         "' is in the archive twice; each patient needs their own.");
    }
    charts.push_back(patient.patient.details.chart_number);
    for (const ArchivedProgram& program : patient.programs) {
      requireTimestamp(program.program.created_at, program.path + ".created_at");
      if (program.program.status == db::ProgramStatus::issued) {
        requireTimestamp(program.program.issued_at, program.path + ".issued_at");
      }
      if (program.program.items.empty() && program.program.status == db::ProgramStatus::issued) {
        throw ArchiveError(program.path + ".items: an issued program has at least one exercise.");
      }
      refer(program.exercise_keys, program.path + ".items");
    }
    ++patients;
  }

  void templ(ArchivedTemplate&& templ) override {
    if (displayable(templ.templ.name).empty()) throw ArchiveError(templ.path + ".name: a template needs a name.");
    if (!template_names_seen.insert(templ.templ.name).second) {
      throw ArchiveError(templ.path + ".name: template '" + displayable(templ.templ.name) +
                         "' is in the archive twice.");
    }
    template_names.push_back(templ.templ.name);
    refer(templ.exercise_keys, templ.path + ".items");
  }

  // Every exercise referred to must be among the snapshots, wherever the archive lists them.
  void requireSnapshots() const {
    for (const auto& [key, where] : references) {
      if (!snapshots.contains(key)) {
        throw ArchiveError(where + " refers to the exercise snapshot " + key +
                           ", which is not in the archive's exercise_snapshots. Export the records again.");
      }
    }
  }

  std::map<std::string, db::ExerciseSnapshot> snapshots;
  std::optional<db::ClinicProfile> clinic_profile;
  std::vector<std::string> charts;
  std::vector<std::string> template_names;
  std::size_t patients = 0;

 private:
  void refer(const std::vector<std::string>& keys, const std::string& where) {
    for (const std::string& key : keys) references.try_emplace(key, where);
  }

  std::set<std::string> charts_seen;
  std::set<std::string> template_names_seen;
  std::map<std::string, std::string> references;  // snapshot key -> where it is first used
};

// The second reading: each record written as it comes.
class ArchiveWriting : public ArchiveVisitor {
 public:
  ArchiveWriting(db::RecordImporter& importer, const ArchiveSurvey& survey, const ImportOptions& options,
                 std::string origin, const ArchiveProgress& progress, ArchiveImport& summary)
      : importer_(importer),
        survey_(survey),
        options_(options),
        origin_(std::move(origin)),
        progress_(progress),
        summary_(summary) {}

  void snapshot(const std::string&, db::ExerciseSnapshot&&, const std::string&) override {}
  void clinic(db::ClinicProfile&&) override {}

  void patient(ArchivedPatient&& archived) override {
    ++seen_;
    if (progress_ && (seen_ % 64 == 0 || seen_ == survey_.patients)) {
      progress_("Importing patients", seen_, survey_.patients);
    }
    db::Patient& patient = archived.patient;
    const std::string chart = patient.details.chart_number;
    if (importer_.chartNumberTaken(chart)) {
      if (options_.clash == ChartClash::skip_existing) {
        summary_.skipped_patients.push_back(chart);
        return;
      }
      patient.details.chart_number = freeChartNumber(chart);
      summary_.renumbered.emplace_back(chart, patient.details.chart_number);
    }
    const std::string renumbered = patient.details.chart_number == chart ? "" : " (chart number " + chart + " there)";
    const db::Id id = importer_.addPatient(patient, archived.conditions, origin_ + renumbered);
    ++summary_.patients;
    std::map<long long, db::Id> imported;  // archive id -> id here
    for (ArchivedProgram& program : archived.programs) {
      for (std::size_t i = 0; i < program.program.items.size(); ++i) {
        program.program.items[i].exercise = survey_.snapshots.at(program.exercise_keys[i]);
      }
      const std::optional<db::Id> previous =
          program.previous ? std::optional<db::Id>(imported.at(*program.previous)) : std::nullopt;
      const bool issued = program.program.status == db::ProgramStatus::issued;
      try {
        imported[program.archive_id] =
            importer_.addProgram(id, program.program, previous, program.fingerprint, program.settings,
                                 origin_ + (issued ? ", issued there" : ", a draft there"));
      } catch (const db::AlteredRecord& error) {
        throw ArchiveError(program.path + ": " + error.what());
      }
      ++(issued ? summary_.issued_programs : summary_.drafts);
    }
  }

  void templ(ArchivedTemplate&& archived) override {
    db::Template& templ = archived.templ;
    for (std::size_t i = 0; i < templ.items.size(); ++i) {
      templ.items[i].exercise = survey_.snapshots.at(archived.exercise_keys[i]);
    }
    const std::string name = templ.name;
    if (importer_.templateNameTaken(name)) {
      if (options_.clash != ChartClash::renumber) {
        summary_.skipped_templates.push_back(name);
        return;
      }
      int n = 2;
      while (importer_.templateNameTaken(name + " (" + std::to_string(n) + ")")) ++n;
      templ.name = name + " (" + std::to_string(n) + ")";
      summary_.renamed_templates.emplace_back(name, templ.name);
    }
    importer_.addTemplate(templ.name, templ.items, origin_);
    ++summary_.templates;
  }

 private:
  std::string freeChartNumber(const std::string& chart) const {
    for (int n = 2;; ++n) {
      const std::string candidate = chart + "-" + std::to_string(n);
      if (!importer_.chartNumberTaken(candidate) &&
          std::find(survey_.charts.begin(), survey_.charts.end(), candidate) == survey_.charts.end()) {
        return candidate;
      }
    }
  }

  db::RecordImporter& importer_;
  const ArchiveSurvey& survey_;
  const ImportOptions& options_;
  std::string origin_;
  const ArchiveProgress& progress_;
  ArchiveImport& summary_;
  std::size_t seen_ = 0;
};

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

}  // namespace

ArchiveImport Records::importArchive(const std::filesystem::path& file, const ImportOptions& options,
                                     const ArchiveProgress& progress) {
  if (progress) progress("Reading the archive", 0, 0);
  const std::string text = readArchiveFile(file);
  ArchiveSurvey survey;
  const ArchiveHeader header = readArchive(text, survey);
  survey.requireSnapshots();
  if (header.contents == "templates" && survey.patients > 0) {
    throw ArchiveError("$.patients: an archive of templates holds no patients.");
  }

  // Chart numbers and template names here already: refused before anything is written, by default.
  std::vector<std::string> taken_charts;
  for (const std::string& chart : survey.charts) {
    if (store_.findPatientByChart(chart)) taken_charts.push_back(chart);
  }
  std::vector<std::string> taken_templates;
  for (const std::string& name : survey.template_names) {
    if (store_.findTemplate(name)) taken_templates.push_back(name);
  }
  if (options.clash == ChartClash::refuse && (!taken_charts.empty() || !taken_templates.empty())) {
    std::string message = "Nothing was imported: ";
    if (!taken_charts.empty()) {
      message += "chart number(s) " + listed(taken_charts) + " belong to patients in this database already";
    }
    if (!taken_templates.empty()) {
      message += std::string(taken_charts.empty() ? "" : "; ") + "template(s) " + listed(taken_templates) +
                 " exist here already";
    }
    throw ArchiveError(message +
                       ". Import again choosing to skip the existing ones (--skip-existing) or to give them new "
                       "numbers (--renumber).");
  }

  const std::string origin = "imported from archive " + file.filename().string() + " (exported " + header.exported_at +
                             " by " + header.exported_by + ")";
  ArchiveImport summary;
  store_.importRecords("importing an archive", [&](db::RecordImporter& importer) {
    ArchiveWriting writing(importer, survey, options, origin, progress, summary);
    readArchive(text, writing);
    if (survey.clinic_profile && !survey.clinic_profile->name.empty()) {
      const db::ClinicProfile here = importer.clinic();
      if (here.name.empty()) {
        importer.saveClinic(*survey.clinic_profile, "clinic profile " + origin);
        summary.clinic_profile_imported = true;
      } else {
        summary.clinic_profile_differs = !(here == *survey.clinic_profile);
      }
    }
    importer.audit("archive", file.filename().string(), origin + ": " + importSummary(summary));
  });
  return summary;
}

}  // namespace motus::core
