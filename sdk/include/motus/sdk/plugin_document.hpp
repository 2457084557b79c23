#pragma once
// The plugin's description as the document that crosses the boundary. The SDK writes it; the host
// reads it in another process and trusts it no more than any other input. Its shape (API 2.0):
//
//   {"format": "motus-plugin", "api": {"major": 2, "minor": 0},
//    "plugin": {"id", "name", "version", "author", "description"},
//    "exercises": [{"id", "name", "purpose", "body_regions": [...], "equipment": [...],
//                   "positions": [...], "goals": [...], "difficulty": "beginner",
//                   "steps": [...], "cues": [...], "precautions": [...],
//                   "default_dosage": {"sets": {"low": 2, "high": 3}, "reps": ..., (each code of
//                                      dosage_fields.hpp), "side": "each-side", "load": "..."},
//                   "safety": [{"condition", "severity": "avoid" | "caution", "reason", "patient_advice"?}],
//                   "illustrations": {"start_svg", "finish_svg"},
//                   "progressions": [...], "regressions": [...], "tags": [...]}],
//    "education": [{"id", "title", "points": [...]}]}
//
// or, when the plugin failed: {"format": "motus-plugin", "error": {"stage", "kind", "message"}}.
// Every member but "format" may be left out and takes its default, so a field added in a later
// minor version is simply absent from an older plugin's document.

#include <motus/sdk/api_version.hpp>
#include <motus/sdk/dosage_fields.hpp>
#include <motus/sdk/exercise.hpp>
#include <motus/sdk/json_writer.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::sdk {

enum class ErrorKind { exception, invalid_text, out_of_memory };

// The words used in the document for the enumerations, shared with the host's reader.
constexpr std::string_view toCode(Difficulty difficulty) {
  switch (difficulty) {
    case Difficulty::beginner:
      return "beginner";
    case Difficulty::intermediate:
      return "intermediate";
    case Difficulty::advanced:
      return "advanced";
  }
  return "unknown";
}
constexpr std::string_view toCode(Severity severity) {
  switch (severity) {
    case Severity::caution:
      return "caution";
    case Severity::avoid:
      return "avoid";
  }
  return "unknown";
}
constexpr std::string_view toCode(Side side) {
  switch (side) {
    case Side::unspecified:
      return "unspecified";
    case Side::left:
      return "left";
    case Side::right:
      return "right";
    case Side::both:
      return "both";
    case Side::each_side:
      return "each-side";
  }
  return "unknown";
}
constexpr std::string_view toCode(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::exception:
      return "exception";
    case ErrorKind::invalid_text:
      return "invalid-text";
    case ErrorKind::out_of_memory:
      return "out-of-memory";
  }
  return "exception";
}

namespace detail {

inline void writeTexts(JsonWriter& json, std::string_view name, const std::vector<std::string>& values,
                       const std::string& where) {
  json.key(name).beginArray();
  for (std::size_t i = 0; i < values.size(); ++i) {
    json.string(values[i], where + std::string(name) + " " + std::to_string(i + 1));
  }
  json.endArray();
}

inline void writeRange(JsonWriter& json, std::string_view name, const std::optional<Range>& range) {
  if (!range) return;
  json.key(name).beginObject().key("low").number(range->low).key("high").number(range->high).endObject();
}

inline void writeDosage(JsonWriter& json, const Dosage& dosage, const std::string& where) {
  json.key("default_dosage").beginObject();
  for (const DosageField& field : kDosageFields) writeRange(json, field.code, dosage.*field.member);
  json.key("side").string(toCode(dosage.side));
  json.key("load").string(dosage.load, where + "the dosage's load");
  json.endObject();
}

inline void writeExercise(JsonWriter& json, const ExerciseSpec& spec, std::size_t position) {
  // Used in the message when a text is not UTF-8; the id itself may be the broken text.
  const std::string where = "exercise " + std::to_string(position) + ": ";
  json.beginObject();
  json.key("id").string(spec.id, where + "the id");
  json.key("name").string(spec.name, where + "the name");
  json.key("purpose").string(spec.purpose, where + "the purpose");
  writeTexts(json, "body_regions", spec.body_regions, where);
  writeTexts(json, "equipment", spec.equipment, where);
  writeTexts(json, "positions", spec.positions, where);
  writeTexts(json, "goals", spec.goals, where);
  json.key("difficulty").string(toCode(spec.difficulty));
  writeTexts(json, "steps", spec.steps, where);
  writeTexts(json, "cues", spec.cues, where);
  writeTexts(json, "precautions", spec.precautions, where);
  writeDosage(json, spec.default_dosage, where);
  json.key("safety").beginArray();
  for (std::size_t i = 0; i < spec.safety.size(); ++i) {
    const SafetyRule& rule = spec.safety[i];
    const std::string rule_where = where + "safety rule " + std::to_string(i + 1) + ": ";
    json.beginObject()
        .key("condition")
        .string(rule.condition, rule_where + "the condition")
        .key("severity")
        .string(toCode(rule.severity))
        .key("reason")
        .string(rule.reason, rule_where + "the reason");
    if (!rule.patient_advice.empty()) json.key("patient_advice").string(rule.patient_advice, rule_where + "the advice");
    json.endObject();
  }
  json.endArray();
  json.key("illustrations")
      .beginObject()
      .key("start_svg")
      .string(spec.illustrations.start_svg, where + "the start picture")
      .key("finish_svg")
      .string(spec.illustrations.finish_svg, where + "the finish picture")
      .endObject();
  writeTexts(json, "progressions", spec.progressions, where);
  writeTexts(json, "regressions", spec.regressions, where);
  writeTexts(json, "tags", spec.tags, where);
  json.endObject();
}

inline void writeHeader(JsonWriter& json) {
  json.beginObject().key("format").string(kDocumentFormat);
  json.key("api").beginObject().key("major").number(MOTUS_SDK_API_MAJOR).key("minor").number(MOTUS_SDK_API_MINOR);
  json.endObject();
}

}  // namespace detail

// The whole description. Throws InvalidText, naming the field, when a text is not UTF-8.
inline std::string writePluginDocument(const PluginInfo& info, const std::vector<ExerciseSpec>& exercises,
                                       const std::vector<EducationTopic>& education) {
  JsonWriter json;
  detail::writeHeader(json);
  json.key("plugin")
      .beginObject()
      .key("id")
      .string(info.id, "the plugin id")
      .key("name")
      .string(info.name, "the plugin name")
      .key("version")
      .string(info.version, "the plugin version")
      .key("author")
      .string(info.author, "the plugin author")
      .key("description")
      .string(info.description, "the plugin description")
      .endObject();
  json.key("exercises").beginArray();
  for (std::size_t i = 0; i < exercises.size(); ++i) detail::writeExercise(json, exercises[i], i + 1);
  json.endArray();
  json.key("education").beginArray();
  for (std::size_t i = 0; i < education.size(); ++i) {
    const std::string where = "education topic " + std::to_string(i + 1) + ": ";
    json.beginObject().key("id").string(education[i].id, where + "the id");
    json.key("title").string(education[i].title, where + "the title");
    detail::writeTexts(json, "points", education[i].points, where);
    json.endObject();
  }
  json.endArray();
  json.endObject();
  return json.release();
}

// What a plugin sends when it could not describe itself. The message may come from anywhere (an
// exception's what()), so bytes that are not UTF-8 are replaced rather than refused.
inline std::string writeErrorDocument(std::string_view stage, std::string_view message, ErrorKind kind) {
  std::string clean;
  for (std::size_t at = 0; at < message.size();) {
    const std::size_t length = detail::utf8SequenceLength(message, at);
    clean.append(length == 0 ? std::string_view("\xEF\xBF\xBD") : message.substr(at, length));
    at += length == 0 ? 1 : length;
  }
  JsonWriter json;
  detail::writeHeader(json);
  json.key("error").beginObject();
  json.key("stage").string(stage).key("kind").string(toCode(kind)).key("message").string(clean);
  json.endObject().endObject();
  return json.release();
}

}  // namespace motus::sdk
