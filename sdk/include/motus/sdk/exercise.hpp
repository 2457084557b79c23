#pragma once
// What a plugin says about one exercise. Plain data: the host copies it, validates it, indexes it,
// screens it against a patient and prints it. Codes come from vocabulary.hpp.

#include <motus/sdk/dosage.hpp>

#include <string>
#include <vector>

namespace motus::sdk {

enum class Difficulty { beginner, intermediate, advanced };

enum class Severity {
  caution,  // may be done, with care; the therapist sees the reason
  avoid,    // must not be given unless the therapist records why it is safe for this patient
};

// "For a patient with <condition>, <severity> this exercise, because <reason>."
struct SafetyRule {
  std::string condition;  // a code from vocabulary::conditions()
  Severity severity = Severity::caution;
  std::string reason;  // plain words for the therapist, e.g. "Pressure on the spine can break a weak bone."
  // For a Caution: what the patient should do about it, in words written for the patient, printed
  // in the exercise's "Take care" on the handout of a patient who has the condition, e.g. "Have
  // someone with you when you get down to the floor and back up." Optional (API 2.1); empty for none.
  std::string patient_advice{};

  friend bool operator==(const SafetyRule&, const SafetyRule&) = default;
};

// Pictures as self-contained SVG documents (no scripts, no external references). Either may be
// empty: the host then prints the words only.
struct Illustrations {
  std::string start_svg;
  std::string finish_svg;

  friend bool operator==(const Illustrations&, const Illustrations&) = default;
};

struct ExerciseSpec {
  std::string id;                         // unique within the plugin, never reused: lowercase letters, digits, '-'
  std::string name;                       // what the patient reads as the title
  std::string purpose;                    // one line: what it is for
  std::vector<std::string> body_regions;  // vocabulary::body_regions()
  std::vector<std::string> equipment;     // vocabulary::equipment(); empty = none needed
  std::vector<std::string> positions;     // vocabulary::positions()
  std::vector<std::string> goals;         // vocabulary::goals()
  Difficulty difficulty = Difficulty::beginner;
  std::vector<std::string> steps;        // in order; the first one is the start position
  std::vector<std::string> cues;         // breathing, control, what to feel
  std::vector<std::string> precautions;  // for the patient: what not to do, when to stop
  Dosage default_dosage;
  std::vector<SafetyRule> safety;
  Illustrations illustrations;
  std::vector<std::string> progressions;  // ids of harder exercises: "id" in this plugin or "plugin/id"
  std::vector<std::string> regressions;   // ids of easier exercises, same form
  std::vector<std::string> tags;          // extra search words: "thoracic", "lats", "posture"

  friend bool operator==(const ExerciseSpec&, const ExerciseSpec&) = default;
};

// A short piece of patient education a therapist may add to a handout.
struct EducationTopic {
  std::string id;  // unique within the plugin
  std::string title;
  std::vector<std::string> points;  // short plain-words bullets

  friend bool operator==(const EducationTopic&, const EducationTopic&) = default;
};

// Who the plugin is. Its id prefixes every exercise's global id ("foam-rolling/snow-angel").
struct PluginInfo {
  std::string id;       // unique among plugins: lowercase letters, digits, '-'; prefixes global ids
  std::string name;     // shown to therapists: "Foam rolling for the upper back"
  std::string version;  // the plugin's own version, e.g. "1.2.0"; recorded with every prescription
  std::string author;
  std::string description;

  friend bool operator==(const PluginInfo&, const PluginInfo&) = default;
};

}  // namespace motus::sdk
