#pragma once
// The Motus archive: one JSON document that carries a clinic's records out of one database and
// into another, or out of Motus altogether. docs/archive.md says what every field means and
// docs/motus-archive.schema.json is its JSON Schema. Importing is Records::importArchive.

#include <motus/core/records.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace motus::core {

inline constexpr const char* kArchiveFormat = "motus.archive";
inline constexpr int kArchiveVersion = 1;
// Larger files are refused before they are read, so an import never needs more memory than this
// allows (about 10,000 patients with 5 programs each take 70 MiB).
inline constexpr std::uintmax_t kArchiveMaxBytes = 512ull * 1024 * 1024;

// What an archive holds.
enum class ArchiveContents {
  clinic,     // the clinic profile, every patient (archived ones too) and every template
  patients,   // the patients named by chart number, with the clinic profile their handouts print
  templates,  // only the templates, to share protocols between clinics
};

struct ArchiveSelection {
  ArchiveContents contents = ArchiveContents::clinic;
  std::vector<std::string> chart_numbers;  // for ArchiveContents::patients
};

// ArchiveProgress (records.hpp) is told now and then during long work what is being done
// ("Reading the archive", "Importing patients") and how far it is, of how much (patients); total
// is 0 while not known yet. It is called on the thread doing the work.

struct ArchiveExport {
  std::size_t patients = 0;
  std::size_t programs = 0;
  std::size_t templates = 0;
  std::size_t exercise_snapshots = 0;
  std::uintmax_t bytes = 0;
};

// Writes the selection to `file`, replacing it only once the whole archive is written and flushed
// (a failed export leaves no half file), and records the export in the audit log. Refuses a program changed outside Motus (AlteredRecord,
// naming it) and a chart number that is not in the database (db::RecordNotFound): an archive
// holds the records as Motus kept them, or is not written.
ArchiveExport exportArchive(Records& records, const ArchiveSelection& selection,
                            const std::filesystem::path& file, const ArchiveProgress& progress = {});

// What importing does with a patient whose chart number is in the database already.
enum class ChartClash {
  refuse,         // import nothing and name the chart numbers (the default)
  skip_existing,  // leave those patients as they are and import the others
  renumber,       // import them under a new chart number: "A-1001-2" (the first one free)
};

struct ImportOptions {
  ChartClash clash = ChartClash::refuse;
};

struct ArchiveImport {
  std::size_t patients = 0;  // imported, renumbered ones included
  std::size_t issued_programs = 0;
  std::size_t drafts = 0;
  std::size_t templates = 0;
  std::vector<std::string> skipped_patients;                           // chart numbers left as they were
  std::vector<std::pair<std::string, std::string>> renumbered;         // chart number: in the archive, now
  std::vector<std::string> skipped_templates;                          // names the database has already
  std::vector<std::pair<std::string, std::string>> renamed_templates;  // (with renumber) name: before, now
  bool clinic_profile_imported = false;  // the database had none, so the archive's was kept
  bool clinic_profile_differs = false;   // the database's own was kept, and the archive's differs
};

// An archive that cannot be imported: what is wrong, where (the JSON path, "$.patients[3].born"),
// and what to do. Nothing was imported.
class ArchiveError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// With ChartClash::refuse: chart numbers (or template names) of the archive are in the database
// already, each named. Importing again with skip_existing or renumber goes past it.
class ArchiveClash : public ArchiveError {
 public:
  using ArchiveError::ArchiveError;
};

}  // namespace motus::core
