#include "plugin_document_reader.hpp"

#include <motus/core/text_folding.hpp>
#include <motus/sdk/dosage_fields.hpp>
#include <motus/sdk/plugin_document.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <limits>
#include <stdexcept>

namespace motus::core::detail {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// A member of the wrong type; what() names it by its path ("exercises[3].steps").
class WrongShape : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How much one document may hold. Far above any real library (the built-in plugins have 6 to 11
// exercises, the benchmark's has 10,000), and low enough that a hostile document cannot make the
// host spend gigabytes reading and checking it.
constexpr std::size_t kMostExercises = 20'000;
constexpr std::size_t kMostTopics = 2'000;
constexpr std::size_t kMostListItems = 500;  // steps, cues, codes, rules of one exercise...

// Typed access to one JSON object, with the path of each member for the message.
class Reader {
 public:
  Reader(Object::Ptr object, std::string path) : object_(std::move(object)), path_(std::move(path)) {}

  std::string where(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  std::string text(const std::string& key) const {
    if (!present(key)) return {};
    const Poco::Dynamic::Var value = object_->get(key);
    if (!value.isString()) throw WrongShape(where(key) + " must be a text");
    return value.extract<std::string>();
  }

  std::vector<std::string> texts(const std::string& key) const {
    std::vector<std::string> values;
    if (!present(key)) return values;
    const Array::Ptr list = array(key);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Poco::Dynamic::Var value = list->get(static_cast<unsigned>(i));
      if (!value.isString()) throw WrongShape(where(key) + "[" + std::to_string(i) + "] must be a text");
      values.push_back(value.extract<std::string>());
    }
    return values;
  }

  Array::Ptr array(const std::string& key, std::size_t most = kMostListItems) const {
    if (!object_->isArray(key)) throw WrongShape(where(key) + " must be a list");
    Array::Ptr list = object_->getArray(key);
    if (list->size() > most) {
      throw WrongShape(where(key) + " has " + std::to_string(list->size()) + " entries, more than the " +
                       std::to_string(most) + " Motus reads");
    }
    return list;
  }

  Reader child(const std::string& key) const {
    if (!object_->isObject(key)) throw WrongShape(where(key) + " must be an object");
    return {object_->getObject(key), where(key)};
  }

  static Reader element(const Array::Ptr& list, std::size_t i, const std::string& path) {
    const std::string at = path + "[" + std::to_string(i) + "]";
    if (!list->isObject(static_cast<unsigned>(i))) throw WrongShape(at + " must be an object");
    return {list->getObject(static_cast<unsigned>(i)), at};
  }

  int integer(const std::string& key) const {
    const Poco::Dynamic::Var value = object_->get(key);
    if (!value.isInteger()) throw WrongShape(where(key) + " must be a whole number");
    const auto number = value.convert<long long>();
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
      throw WrongShape(where(key) + " is out of range");
    return static_cast<int>(number);
  }

  std::optional<sdk::Range> range(const std::string& key) const {
    if (!present(key)) return std::nullopt;
    const Reader range = child(key);
    return sdk::Range{range.integer("low"), range.integer("high")};
  }

  bool present(const std::string& key) const { return object_->has(key) && !object_->isNull(key); }

 private:
  Object::Ptr object_;
  std::string path_;
};

// An enumeration's code from the document; an unknown code becomes a value the validator rejects
// with a message of its own (the plugin may be newer than this host's vocabulary of words).
template <typename Enum, std::size_t N>
Enum fromCode(const std::string& code, const Enum (&values)[N], Enum fallback) {
  if (code.empty()) return fallback;
  for (const Enum value : values) {
    if (sdk::toCode(value) == code) return value;
  }
  return static_cast<Enum>(-1);
}

sdk::Dosage readDosage(const Reader& dosage) {
  sdk::Dosage out;
  for (const sdk::DosageField& field : sdk::kDosageFields) out.*field.member = dosage.range(std::string(field.code));
  constexpr sdk::Side kSides[] = {sdk::Side::unspecified, sdk::Side::left, sdk::Side::right, sdk::Side::both,
                                  sdk::Side::each_side};
  out.side = fromCode(dosage.text("side"), kSides, sdk::Side::unspecified);
  out.load = dosage.text("load");
  return out;
}

sdk::ExerciseSpec readExercise(const Reader& exercise) {
  sdk::ExerciseSpec spec;
  spec.id = exercise.text("id");
  spec.name = exercise.text("name");
  spec.purpose = exercise.text("purpose");
  spec.body_regions = exercise.texts("body_regions");
  spec.equipment = exercise.texts("equipment");
  spec.positions = exercise.texts("positions");
  spec.goals = exercise.texts("goals");
  constexpr sdk::Difficulty kDifficulties[] = {sdk::Difficulty::beginner, sdk::Difficulty::intermediate,
                                               sdk::Difficulty::advanced};
  spec.difficulty = fromCode(exercise.text("difficulty"), kDifficulties, sdk::Difficulty::beginner);
  spec.steps = exercise.texts("steps");
  spec.cues = exercise.texts("cues");
  spec.precautions = exercise.texts("precautions");
  if (exercise.present("default_dosage")) spec.default_dosage = readDosage(exercise.child("default_dosage"));
  if (exercise.present("safety")) {
    const Array::Ptr rules = exercise.array("safety");
    constexpr sdk::Severity kSeverities[] = {sdk::Severity::caution, sdk::Severity::avoid};
    for (std::size_t i = 0; i < rules->size(); ++i) {
      const Reader rule = Reader::element(rules, i, exercise.where("safety"));
      spec.safety.push_back({rule.text("condition"),
                             fromCode(rule.text("severity"), kSeverities, sdk::Severity::caution), rule.text("reason"),
                             rule.text("patient_advice")});
    }
  }
  if (exercise.present("illustrations")) {
    const Reader pictures = exercise.child("illustrations");
    spec.illustrations = {pictures.text("start_svg"), pictures.text("finish_svg")};
  }
  spec.progressions = exercise.texts("progressions");
  spec.regressions = exercise.texts("regressions");
  spec.tags = exercise.texts("tags");
  return spec;
}

PluginDescription readDescription(const Reader& document) {
  PluginDescription description;
  if (document.present("plugin")) {
    const Reader plugin = document.child("plugin");
    description.info = {plugin.text("id"), plugin.text("name"), plugin.text("version"), plugin.text("author"),
                        plugin.text("description")};
  }
  if (document.present("exercises")) {
    const Array::Ptr exercises = document.array("exercises", kMostExercises);
    for (std::size_t i = 0; i < exercises->size(); ++i) {
      description.exercises.push_back(readExercise(Reader::element(exercises, i, "exercises")));
    }
  }
  if (document.present("education")) {
    const Array::Ptr topics = document.array("education", kMostTopics);
    for (std::size_t i = 0; i < topics->size(); ++i) {
      const Reader topic = Reader::element(topics, i, "education");
      description.education.push_back({topic.text("id"), topic.text("title"), topic.texts("points")});
    }
  }
  return description;
}

// The plugin said it could not describe itself.
DocumentReading readError(const Reader& error) {
  DocumentReading reading;
  const std::string stage = displayable(error.text("stage"));
  const std::string kind = error.text("kind");
  const std::string message = displayable(error.text("message"));
  const std::string when = stage.empty() ? "" : " while " + stage;
  if (kind == sdk::toCode(sdk::ErrorKind::out_of_memory)) {
    reading.reason = "The plugin ran out of memory" + when + ". Remove it or ask its author for a fixed version.";
  } else if (kind == sdk::toCode(sdk::ErrorKind::invalid_text)) {
    reading.state = PluginState::invalid;
    reading.reason = "The plugin's description holds text Motus cannot read: " + message + ".";
  } else {
    reading.reason = "The plugin failed" + when + ": " + message;
  }
  return reading;
}

}  // namespace

DocumentReading readPluginDocument(std::string_view document) {
  DocumentReading reading;
  try {
    Poco::JSON::Parser parser;
    const Poco::Dynamic::Var root = parser.parse(std::string(document));
    if (root.type() != typeid(Object::Ptr)) throw WrongShape("the document must be a JSON object");
    const Reader top(root.extract<Object::Ptr>(), "");
    if (top.text("format") != sdk::kDocumentFormat) {
      reading.reason = R"(The plugin's description is not a Motus plugin document (its "format" is not ")" +
                       std::string(sdk::kDocumentFormat) + "\").";
      return reading;
    }
    if (top.present("error")) return readError(top.child("error"));
    reading.description = readDescription(top);
    reading.state = PluginState::loaded;
  } catch (const WrongShape& error) {
    reading.reason = std::string("The plugin's description is not in the form Motus reads: ") + error.what() + ".";
  } catch (const Poco::Exception& error) {
    reading.reason = "The plugin's description is not valid JSON (" + displayable(error.message()) +
                     "). Ask the plugin's author for a fixed version.";
  }
  return reading;
}

}  // namespace motus::core::detail
