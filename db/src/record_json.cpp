#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/record_json.hpp>
#include <motus/sdk/dosage_fields.hpp>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <array>
#include <sstream>
#include <unordered_map>

namespace motus::db {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr int kSnapshotVersion = 1;
constexpr int kDosageVersion = 1;

constexpr std::array<std::pair<sdk::Side, const char*>, 5> kSides{{
    {sdk::Side::unspecified, ""},
    {sdk::Side::left, "left"},
    {sdk::Side::right, "right"},
    {sdk::Side::both, "both"},
    {sdk::Side::each_side, "each-side"},
}};
constexpr std::array<std::pair<sdk::Difficulty, const char*>, 3> kDifficulties{{
    {sdk::Difficulty::beginner, "beginner"},
    {sdk::Difficulty::intermediate, "intermediate"},
    {sdk::Difficulty::advanced, "advanced"},
}};
constexpr std::array<std::pair<sdk::Severity, const char*>, 2> kSeverities{{
    {sdk::Severity::caution, "caution"},
    {sdk::Severity::avoid, "avoid"},
}};

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [candidate, name] : names) {
    if (candidate == value) return name;
  }
  return names.front().second;
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const std::string& name, const char* what) {
  for (const auto& [value, candidate] : names) {
    if (name == candidate) return value;
  }
  throw InvalidRecord(std::string("Unknown ") + what + " '" + name + "' in stored JSON.");
}

Object::Ptr newObject() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Array::Ptr toArray(const std::vector<std::string>& values) {
  Array::Ptr array = new Array;
  for (const std::string& value : values) array->add(value);
  return array;
}

std::vector<std::string> fromArray(const Object::Ptr& object, const std::string& key) {
  std::vector<std::string> values;
  const Array::Ptr array = object->getArray(key);
  if (!array) return values;
  for (std::size_t i = 0; i < array->size(); ++i)
    values.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
  return values;
}

std::string text(const Object::Ptr& object, const std::string& key) {
  return object->has(key) ? object->getValue<std::string>(key) : std::string();
}

std::string stringify(const Object::Ptr& object) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(object, out, 0, -1, Poco::JSON_PRESERVE_KEY_ORDER);
  return out.str();
}

Object::Ptr parse(const std::string& json, const char* format, int newestVersion) {
  Object::Ptr object;
  try {
    object = Poco::JSON::Parser().parse(json).extract<Object::Ptr>();
  } catch (const Poco::Exception& error) {
    throw InvalidRecord(std::string("Stored ") + format + " is not valid JSON: " + error.displayText());
  } catch (const std::exception& error) {
    throw InvalidRecord(std::string("Stored ") + format + " is not a JSON object: " + error.what());
  }
  if (text(object, "format") != format) throw InvalidRecord(std::string("Stored JSON is not a ") + format + ".");
  const int version = object->getValue<int>("version");
  if (version > newestVersion) {
    throw InvalidRecord(std::string("This ") + format + " was written by a newer Motus (version " +
                        std::to_string(version) + "); update Motus to read it.");
  }
  return object;
}

Object::Ptr dosageObject(const sdk::Dosage& dosage) {
  Object::Ptr object = newObject();
  object->set("format", "motus.dosage");
  object->set("version", kDosageVersion);
  for (const sdk::DosageField& field : sdk::kDosageFields) {
    if (const std::optional<sdk::Range>& range = dosage.*field.member) {
      Object::Ptr value = newObject();
      value->set("low", range->low);
      value->set("high", range->high);
      object->set(std::string(field.code), value);
    }
  }
  if (dosage.side != sdk::Side::unspecified) object->set("side", nameOf(kSides, dosage.side));
  if (!dosage.load.empty()) object->set("load", dosage.load);
  return object;
}

sdk::Dosage dosageFrom(const Object::Ptr& object) {
  sdk::Dosage dosage;
  for (const sdk::DosageField& field : sdk::kDosageFields) {
    if (const Object::Ptr range = object->getObject(std::string(field.code))) {
      dosage.*field.member = sdk::Range::between(range->getValue<int>("low"), range->getValue<int>("high"));
    }
  }
  dosage.side = valueOf(kSides, text(object, "side"), "side");
  dosage.load = text(object, "load");
  return dosage;
}

constexpr int kHandoutSettingsVersion = 2;  // 2: edition and layout

}  // namespace

std::string handoutSettingsToJson(const HandoutSettings& settings) {
  Object::Ptr object = newObject();
  object->set("format", "motus.handout-settings");
  object->set("version", kHandoutSettingsVersion);
  object->set("paper", settings.paper);
  object->set("large_print", settings.large_print);
  object->set("pictures", settings.pictures);
  object->set("log_weeks", settings.log_weeks);
  object->set("edition", settings.edition);
  object->set("layout", settings.layout);
  Array::Ptr topics = new Array;
  for (const sdk::EducationTopic& topic : settings.education) {
    Object::Ptr item = newObject();
    item->set("id", topic.id);
    item->set("title", topic.title);
    item->set("points", toArray(topic.points));
    topics->add(item);
  }
  object->set("education", topics);
  return stringify(object);
}

HandoutSettings handoutSettingsFromJson(const std::string& json) {
  try {
    const Object::Ptr object = parse(json, "motus.handout-settings", kHandoutSettingsVersion);
    HandoutSettings settings;
    settings.paper = text(object, "paper");
    settings.large_print = object->getValue<bool>("large_print");
    settings.pictures = object->getValue<bool>("pictures");
    settings.log_weeks = object->getValue<int>("log_weeks");
    // Settings kept before editions existed were printed with the first one, and are reprinted so.
    settings.edition = object->has("edition") ? object->getValue<int>("edition") : 1;
    if (object->has("layout")) settings.layout = text(object, "layout");
    if (const Array::Ptr topics = object->getArray("education")) {
      for (std::size_t i = 0; i < topics->size(); ++i) {
        const Object::Ptr topic = topics->getObject(static_cast<unsigned>(i));
        settings.education.push_back({text(topic, "id"), text(topic, "title"), fromArray(topic, "points")});
      }
    }
    return settings;
  } catch (const Poco::Exception& error) {
    throw InvalidRecord("Stored handout settings are incomplete: " + error.displayText());
  }
}

std::string textsToJson(const std::vector<std::string>& texts) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(toArray(texts), out, 0, -1);
  return out.str();
}

std::vector<std::string> textsFromJson(const std::string& json) {
  std::vector<std::string> texts;
  try {
    const Array::Ptr array = Poco::JSON::Parser().parse(json).extract<Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i)
      texts.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
  } catch (const Poco::Exception& error) {
    throw InvalidRecord("A stored list of texts is not valid JSON: " + error.displayText());
  } catch (const std::exception& error) {
    throw InvalidRecord(std::string("A stored list of texts is not a JSON list: ") + error.what());
  }
  return texts;
}

std::string dosageToJson(const sdk::Dosage& dosage) {
  // Every stored item and every program's fingerprint writes its dosage, and Poco's objects cost
  // more than the rest of a fingerprint: a dosage without a load (text that needs escaping) is
  // written here, character for character as Poco writes it (tests/db/record_json_test.cpp).
  if (!dosage.load.empty()) return stringify(dosageObject(dosage));
  std::string text = "{\"format\":\"motus.dosage\",\"version\":" + std::to_string(kDosageVersion);
  for (const sdk::DosageField& field : sdk::kDosageFields) {
    if (const std::optional<sdk::Range>& range = dosage.*field.member) {
      text += ",\"";
      text += field.code;
      text += "\":{\"low\":" + std::to_string(range->low) + ",\"high\":" + std::to_string(range->high) + "}";
    }
  }
  if (dosage.side != sdk::Side::unspecified) text += std::string(",\"side\":\"") + nameOf(kSides, dosage.side) + "\"";
  return text + "}";
}

sdk::Dosage dosageFromJson(const std::string& json) {
  // Every item read parses one, and a clinic prescribes the same few dosages again and again:
  // parsing was a fifth of exporting a clinic. So the dosages read last are kept, per thread, by
  // their exact text.
  thread_local std::unordered_map<std::string, sdk::Dosage> read;
  constexpr std::size_t kMostKept = 4096;
  if (const auto found = read.find(json); found != read.end()) return found->second;
  try {
    sdk::Dosage dosage = dosageFrom(parse(json, "motus.dosage", kDosageVersion));
    if (read.size() >= kMostKept) read.clear();
    read.emplace(json, dosage);
    return dosage;
  } catch (const Poco::Exception& error) {
    throw InvalidRecord("Stored dosage is incomplete: " + error.displayText());
  }
}

namespace {

std::string serializeSnapshot(const ExerciseSnapshot& snapshot) {
  const sdk::ExerciseSpec& spec = snapshot.spec;
  Object::Ptr exercise = newObject();
  exercise->set("id", spec.id);
  exercise->set("name", spec.name);
  exercise->set("purpose", spec.purpose);
  exercise->set("body_regions", toArray(spec.body_regions));
  exercise->set("equipment", toArray(spec.equipment));
  exercise->set("positions", toArray(spec.positions));
  exercise->set("goals", toArray(spec.goals));
  exercise->set("difficulty", nameOf(kDifficulties, spec.difficulty));
  exercise->set("steps", toArray(spec.steps));
  exercise->set("cues", toArray(spec.cues));
  exercise->set("precautions", toArray(spec.precautions));
  exercise->set("default_dosage", dosageObject(spec.default_dosage));
  Array::Ptr safety = new Array;
  for (const sdk::SafetyRule& rule : spec.safety) {
    Object::Ptr item = newObject();
    item->set("condition", rule.condition);
    item->set("severity", nameOf(kSeverities, rule.severity));
    item->set("reason", rule.reason);
    // Only when there is one, so a snapshot made before the field existed keeps its text and hash.
    if (!rule.patient_advice.empty()) item->set("patient_advice", rule.patient_advice);
    safety->add(item);
  }
  exercise->set("safety", safety);
  Object::Ptr illustrations = newObject();
  illustrations->set("start_svg", spec.illustrations.start_svg);
  illustrations->set("finish_svg", spec.illustrations.finish_svg);
  exercise->set("illustrations", illustrations);
  exercise->set("progressions", toArray(spec.progressions));
  exercise->set("regressions", toArray(spec.regressions));
  exercise->set("tags", toArray(spec.tags));

  Object::Ptr object = newObject();
  object->set("format", "motus.exercise-snapshot");
  object->set("version", kSnapshotVersion);
  object->set("global_id", snapshot.global_id);
  object->set("plugin_id", snapshot.plugin_id);
  object->set("plugin_version", snapshot.plugin_version);
  object->set("exercise", exercise);
  return stringify(object);
}

}  // namespace

namespace {

// Serialising a snapshot (its pictures are kilobytes of SVG) costs far more than comparing it,
// and the same few exercises are serialised again and again: for each program's fingerprint, each
// item stored, each item archived. So the last text of each exercise is kept, per thread, and
// used again only for a snapshot equal to the one it was made from.
struct SerializedSnapshot {
  ExerciseSnapshot snapshot;
  std::string json;
  std::string key;  // its SHA-256, once asked for
};

SerializedSnapshot& serialized(const ExerciseSnapshot& snapshot) {
  thread_local std::unordered_map<std::string, SerializedSnapshot> cache;
  constexpr std::size_t kMostKept = 2048;
  const std::string id = snapshot.global_id + '\n' + snapshot.plugin_version;
  auto found = cache.find(id);
  if (found != cache.end() && found->second.snapshot == snapshot) return found->second;
  if (found == cache.end() && cache.size() >= kMostKept) cache.clear();
  SerializedSnapshot& entry = cache[id];
  entry = {snapshot, serializeSnapshot(snapshot), {}};
  return entry;
}

}  // namespace

std::string snapshotToJson(const ExerciseSnapshot& snapshot) { return serialized(snapshot).json; }

const std::string& serializedSnapshot(const ExerciseSnapshot& snapshot, std::string* key) {
  SerializedSnapshot& entry = serialized(snapshot);
  if (key != nullptr) {
    if (entry.key.empty()) entry.key = sha256Hex(entry.json);
    *key = entry.key;
  }
  return entry.json;
}

std::string snapshotKey(const ExerciseSnapshot& snapshot) {
  SerializedSnapshot& entry = serialized(snapshot);
  if (entry.key.empty()) entry.key = sha256Hex(entry.json);
  return entry.key;
}

ExerciseSnapshot snapshotFromJson(const std::string& json) {
  try {
    const Object::Ptr object = parse(json, "motus.exercise-snapshot", kSnapshotVersion);
    ExerciseSnapshot snapshot;
    snapshot.global_id = text(object, "global_id");
    snapshot.plugin_id = text(object, "plugin_id");
    snapshot.plugin_version = text(object, "plugin_version");
    const Object::Ptr exercise = object->getObject("exercise");
    if (!exercise) throw InvalidRecord("Stored exercise snapshot has no exercise.");
    sdk::ExerciseSpec& spec = snapshot.spec;
    spec.id = text(exercise, "id");
    spec.name = text(exercise, "name");
    spec.purpose = text(exercise, "purpose");
    spec.body_regions = fromArray(exercise, "body_regions");
    spec.equipment = fromArray(exercise, "equipment");
    spec.positions = fromArray(exercise, "positions");
    spec.goals = fromArray(exercise, "goals");
    spec.difficulty = valueOf(kDifficulties, text(exercise, "difficulty"), "difficulty");
    spec.steps = fromArray(exercise, "steps");
    spec.cues = fromArray(exercise, "cues");
    spec.precautions = fromArray(exercise, "precautions");
    if (const Object::Ptr dosage = exercise->getObject("default_dosage")) spec.default_dosage = dosageFrom(dosage);
    if (const Array::Ptr safety = exercise->getArray("safety")) {
      for (std::size_t i = 0; i < safety->size(); ++i) {
        const Object::Ptr rule = safety->getObject(static_cast<unsigned>(i));
        spec.safety.push_back({text(rule, "condition"), valueOf(kSeverities, text(rule, "severity"), "severity"),
                               text(rule, "reason"), text(rule, "patient_advice")});
      }
    }
    if (const Object::Ptr illustrations = exercise->getObject("illustrations")) {
      spec.illustrations = {text(illustrations, "start_svg"), text(illustrations, "finish_svg")};
    }
    spec.progressions = fromArray(exercise, "progressions");
    spec.regressions = fromArray(exercise, "regressions");
    spec.tags = fromArray(exercise, "tags");
    return snapshot;
  } catch (const Poco::Exception& error) {
    throw InvalidRecord("Stored exercise snapshot is incomplete: " + error.displayText());
  }
}

}  // namespace motus::db
