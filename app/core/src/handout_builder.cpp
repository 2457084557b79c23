#include <motus/core/dosage_text.hpp>
#include <motus/core/handout.hpp>

#include <motus/db/fingerprint.hpp>

#include "dosage_text_first_edition.hpp"
#include "handout_sharing.hpp"

#include <array>

namespace motus::core {
namespace {

// Warning signs from health-literacy guidance for home exercise: plain, specific, and the same on
// every handout.
const std::vector<std::string> kStopAndCall{
    "You feel sharp or shooting pain.", "You feel new numbness, tingling or weakness.",
    "You feel dizzy or faint.",         "You have chest pain or trouble breathing.",
    "Soreness lasts more than 2 days.",
};

}  // namespace

std::vector<HandoutWarning> handoutWarnings(const HandoutDocument& document) {
  std::vector<HandoutWarning> warnings;
  if (document.clinic.phone.empty()) {
    warnings.push_back({"No clinic phone number: add it in Settings.",
                        "The clinic has no phone number, so the handout cannot tell the patient what number to call "
                        "when something goes wrong. Add it in Settings, or with: motus-cli clinic set --phone NUMBER"});
  }
  return warnings;
}

std::string longDate(const std::string& iso_time) {
  static const std::array<const char*, 12> months{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
  if (iso_time.size() < 10) return iso_time;
  const int month = std::stoi(iso_time.substr(5, 2));
  const int day = std::stoi(iso_time.substr(8, 2));
  if (month < 1 || month > 12) return iso_time.substr(0, 10);
  return std::to_string(day) + " " + months[static_cast<std::size_t>(month - 1)] + " " + iso_time.substr(0, 4);
}

HandoutDocument buildHandout(const db::Program& program, const db::Patient& patient, const db::ClinicProfile& clinic,
                             const std::vector<sdk::EducationTopic>& education, const HandoutOptions& options) {
  // A handout is never made from a record changed outside Motus: the patient would hold what
  // nobody prescribed.
  db::refuseIfAltered(program, "No handout is made from it");
  HandoutDocument document;
  document.options = options;
  document.clinic = clinic;
  document.patient_name = patient.details.given_name.empty()
                              ? patient.details.family_name
                              : patient.details.given_name + " " + patient.details.family_name;
  document.program_title = program.title;
  document.issued_at = program.issued_at.empty() ? program.created_at : program.issued_at;
  document.date = longDate(document.issued_at);
  document.clinician = program.clinician;
  if (!program.fingerprint.empty()) document.record_fingerprint = db::shortFingerprint(program.fingerprint);
  document.how_to_use =
      "Do these exercises as shown, in this order. Tick a box in the log at the end each day you do them.";
  const bool second = options.edition >= 2;
  // The store's name for "nobody set a clinician": no patient should read "From: unknown".
  if (second && document.clinician == "unknown") document.clinician.clear();
  int number = 1;
  for (const db::ProgramItem& item : program.items) {
    const sdk::ExerciseSpec& spec = item.exercise.spec;
    HandoutExercise exercise;
    exercise.number = number++;
    exercise.name = spec.name;
    if (options.pictures) {
      exercise.start_svg = spec.illustrations.start_svg;
      exercise.finish_svg = spec.illustrations.finish_svg;
    }
    exercise.steps = spec.steps;
    exercise.dosage = second ? dosageSentences(item.dosage) : firstEditionDosageSentences(item.dosage);
    exercise.cues = spec.cues;
    exercise.precautions = spec.precautions;
    if (second) exercise.advice = item.patient_advice;
    exercise.note = item.note;
    document.exercises.push_back(std::move(exercise));
  }
  if (second) {
    sayOnce(document, program.items);
    document.program_time = programTime(program.items);
  }
  document.stop_and_call = kStopAndCall;
  document.education = education;
  document.log_days = options.log_weeks > 0 ? options.log_weeks * 7 : 0;
  return document;
}

HandoutDocument buildHandout(const db::Program& program, const db::Patient& patient, const db::ClinicProfile& clinic,
                             const db::HandoutSettings& settings) {
  HandoutOptions options;
  options.paper = settings.paper == "letter" ? PaperSize::letter : PaperSize::a4;
  options.large_print = settings.large_print;
  options.pictures = settings.pictures;
  options.log_weeks = settings.log_weeks;
  options.edition = settings.edition;
  options.one_per_page = settings.layout == "one-per-page";
  return buildHandout(program, patient, clinic, settings.education, options);
}

}  // namespace motus::core
