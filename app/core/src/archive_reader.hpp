#pragma once
// A Motus archive read into records, one patient or template at a time (see archive.hpp and
// docs/archive.md). Exercises are referred to by the key of their snapshot, resolved by the caller
// once every snapshot of the archive is known: the archive may list them in any order.

#include <motus/core/archive.hpp>
#include <motus/db/records.hpp>

#include <optional>
#include <string>
#include <vector>

namespace motus::core {

struct ArchivedProgram {
  db::Program program;                     // items without their exercise (see exercise_keys)
  std::vector<std::string> exercise_keys;  // each item's snapshot key
  long long archive_id = 0;                // its id in the archive, for the versions that follow it
  std::optional<long long> previous;       // the archive id of the program it replaces
  std::string fingerprint;                 // of an issued program
  std::optional<db::HandoutSettings> settings;
  std::string path;  // "$.patients[3].programs[1]"
};

struct ArchivedPatient {
  db::Patient patient;
  std::vector<db::PatientCondition> conditions;
  std::vector<ArchivedProgram> programs;  // each version after the one it replaces
  std::string path;
};

struct ArchivedTemplate {
  db::Template templ;  // items without their exercise
  std::vector<std::string> exercise_keys;
  std::string path;
};

struct ArchiveHeader {
  std::string format;
  std::optional<long long> version;
  std::string contents;  // "clinic", "patients" or "templates"
  std::string exported_at;
  std::string exported_by;
  std::size_t patients = 0;  // how many the archive holds
  std::size_t templates = 0;
};

// What readArchive hands to the visitor: all of it, or (a first, quick reading) the exercise
// snapshots and the clinic, the patients and templates only counted (their text still checked).
enum class ArchiveReading { everything, exercises_and_clinic };

class ArchiveVisitor {
 public:
  virtual ~ArchiveVisitor() = default;
  virtual void snapshot(const std::string& key, db::ExerciseSnapshot&& snapshot, const std::string& path) = 0;
  virtual void clinic(db::ClinicProfile&& clinic) = 0;
  virtual void patient(ArchivedPatient&& patient) = 0;
  virtual void templ(ArchivedTemplate&& templ) = 0;
};

// Reads the archive's text, handing each record to `visitor` in document order, and returns its
// header once the whole text is read. Throws ArchiveError (with the JSON path) for anything that
// is not a well-formed archive of a version this Motus reads.
ArchiveHeader readArchive(const std::string& text, ArchiveVisitor& visitor,
                          ArchiveReading reading = ArchiveReading::everything);

}  // namespace motus::core
