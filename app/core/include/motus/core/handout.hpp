#pragma once
// The patient handout as one neutral document, built once from an issued program and rendered by
// each renderer (PDF, HTML, the preview and the printer) so that they can never say different things.

#include <motus/db/records.hpp>
#include <motus/sdk/exercise.hpp>

#include <string>
#include <vector>

namespace motus::core {

enum class PaperSize { a4, letter };

struct HandoutOptions {
  PaperSize paper = PaperSize::a4;
  bool large_print = false;  // body text 16 pt instead of 12 pt
  bool pictures = true;
  int log_weeks = 2;  // weeks of tick boxes in the adherence log; 0 leaves the log out
  // The design (db::HandoutSettings::edition). 1 reprints a handout kept before editions existed
  // exactly as it was first printed; 2 puts the pictures beside the words, several exercises a
  // page, says what the exercises share once and prints the advice for this patient; 3 packs the
  // same blocks tighter on paper (the clinic's address on one line, tips and cautions in two
  // balanced columns) and prints the same HTML as 2.
  int edition = 3;
  bool one_per_page = false;  // edition 2: each exercise starts a page of its own
};

struct HandoutExercise {
  int number = 0;
  std::string name;
  std::string start_svg;  // empty when there is no picture or pictures are off
  std::string finish_svg;
  std::vector<std::string> steps;   // the start position first
  std::vector<std::string> dosage;  // dosageSentences()
  std::vector<std::string> cues;
  std::vector<std::string> precautions;  // edition 2: without the ones said once for several exercises
  // For this patient: the advice of each Caution that applies to them (settled when the program
  // was issued), printed first under "Take care".
  std::vector<std::string> advice;
  std::string note;  // the therapist's note
};

// What several exercises share, said once: "For all these exercises" or "For exercises 2, 3 and 5".
struct SharedPanel {
  std::string heading;
  std::vector<std::string> lines;
};

struct HandoutDocument {
  HandoutOptions options;
  db::ClinicProfile clinic;
  std::string patient_name;
  std::string program_title;
  std::string date;       // "25 November 2026", the day the program was issued
  std::string issued_at;  // "2026-11-25T19:40:02.153Z": the PDF's creation date, so a reprint is the same file
  std::string clinician;
  // A short form of the issued program's fingerprint ("3F9A 12C0 77B1"), printed in the footer so
  // the paper a patient holds can be matched to the record years later; empty for none.
  std::string record_fingerprint;
  std::string how_to_use;  // one line
  // Edition 2: how long the whole program takes and how often, computed from the items ("It takes
  // about 20 minutes in all. Do it twice a day."); empty when the items say nothing of time.
  std::string program_time;
  std::vector<HandoutExercise> exercises;
  std::vector<SharedPanel> shared;         // edition 2
  std::vector<std::string> stop_and_call;  // "Stop and call us if..."
  std::vector<sdk::EducationTopic> education;
  int log_days = 0;
};

// Builds the handout for an issued program. `education` are the topics the therapist chose.
HandoutDocument buildHandout(const db::Program& program, const db::Patient& patient, const db::ClinicProfile& clinic,
                             const std::vector<sdk::EducationTopic>& education, const HandoutOptions& options);

// The handout for the settings kept with a program (see db::HandoutSettings).
HandoutDocument buildHandout(const db::Program& program, const db::Patient& patient, const db::ClinicProfile& clinic,
                             const db::HandoutSettings& settings);

// Something the therapist should fix before handing this document out: today, a missing clinic
// phone number (the stop box cannot say what number to call).
struct HandoutWarning {
  std::string brief;   // one line, for beside the export buttons
  std::string detail;  // with what to do, for motus-cli and the tooltip
};
std::vector<HandoutWarning> handoutWarnings(const HandoutDocument& document);

// "2026-11-25T19:40:02.153Z" -> "25 November 2026"
std::string longDate(const std::string& iso_time);

}  // namespace motus::core
