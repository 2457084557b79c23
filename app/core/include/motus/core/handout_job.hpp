#pragma once
// One handout delivery, used by the window and motus-cli alike (in the spirit of KiCad's jobs):
// it checks the program is issued, settles and keeps the handout settings, builds the document
// once, and then writes it as PDF or HTML (to a temporary file renamed into place, so a failure
// never leaves half a handout where the patient's file was) or hands it to a printer, auditing
// each delivery that really happened.

#include <motus/core/handout.hpp>
#include <motus/core/records.hpp>

#include <filesystem>
#include <optional>

namespace motus::core {

enum class HandoutFormat { pdf, html };

// Whether a handout may replace a file already at its path: the window's file dialog has asked
// the person; motus-cli refuses unless told --force.
enum class Overwrite { refuse, allow };

// A delivery that failed: the message says what to do; nothing was written or audited.
class HandoutError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws HandoutError when `file` cannot take a handout: its folder is missing, it is a folder,
// or, with `overwrite` refused, something is there already. writeTo() checks it too; call it to
// refuse before writing anything when several files are asked for.
void checkHandoutTarget(HandoutFormat format, const std::filesystem::path& file, Overwrite overwrite);

// Problems with settings a person chose ("paper is a4 or letter ..."); empty when usable.
std::vector<std::string> handoutSettingsProblems(const db::HandoutSettings& settings);

class HandoutJob {
 public:
  // `settings`: the ones chosen now, kept with the program for every reprint once a delivery
  // succeeds; nullopt for the ones kept with it (the defaults the first time). Throws
  // HandoutError for a draft and db::InvalidRecord for unusable settings.
  HandoutJob(Records& records, db::Id program, const std::optional<db::HandoutSettings>& settings);

  const db::Program& program() const { return program_; }
  const db::HandoutSettings& settings() const { return settings_; }
  // True when the settings came from the program (a reprint), false when chosen now.
  bool reprint() const { return reprint_; }
  const HandoutDocument& document() const { return document_; }

  // Writes the document to `file` (a symbolic link: to the file it points to), flushed to the
  // disk, keeps the settings and audits the export. Throws HandoutError saying what really failed
  // ("the disk is full. ..."), with nothing kept or audited and the file that was there untouched.
  void writeTo(HandoutFormat format, const std::filesystem::path& file, Overwrite overwrite);
  // After a printer accepted the document() (the window's print dialog): keeps the settings and
  // audits the print. A cancelled print keeps nothing.
  void recordPrinted();

 private:
  Records& records_;
  db::Program program_;
  db::HandoutSettings settings_;
  bool reprint_ = false;
  bool settings_new_ = false;  // to be kept with the program at the first delivery that happens
  HandoutDocument document_;

  void keepSettings();
};

}  // namespace motus::core
