#include "fhir_reader.hpp"

#include "fhir_json_syntax.hpp"

#include <motus/core/text_folding.hpp>

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

namespace motus::core::fhir_reader {
namespace {

using Poco::Dynamic::Var;

bool isObject(const Var& value) { return value.type() == typeid(Object::Ptr); }
bool isArray(const Var& value) { return value.type() == typeid(Array::Ptr); }

// Stands in for each byte that is not UTF-8, so that the document can still be parsed to find the
// path of the value holding it: a private-use character no FHIR sender writes.
constexpr std::string_view kNotText = "\xF4\x8F\xBF\xBD";  // U+10FFFD

std::string markedBytes(const std::string& json, std::size_t& first_bad) {
  std::string marked;
  first_bad = std::string::npos;
  for (std::size_t i = 0; i < json.size();) {
    const auto lead = static_cast<unsigned char>(json[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length > 0 && i + length <= json.size() && isValidUtf8(std::string_view(json).substr(i, length))) {
      marked.append(json, i, length);
      i += length;
    } else {
      if (first_bad == std::string::npos) first_bad = i;
      marked += kNotText;
      ++i;
    }
  }
  return marked;
}

// The path of the first string or key holding kNotText; empty when there is none.
std::string pathOfMark(const Var& value, const std::string& path) {
  if (isObject(value)) {
    const Object::Ptr object = value.extract<Object::Ptr>();
    for (const auto& [key, member] : *object) {
      if (key.find(kNotText) != std::string::npos) return path + " (a key)";
      if (const std::string found = pathOfMark(member, path + "." + key); !found.empty()) return found;
    }
  } else if (isArray(value)) {
    const Array::Ptr array = value.extract<Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i) {
      const std::string found = pathOfMark(array->get(static_cast<unsigned>(i)), path + "[" + std::to_string(i) + "]");
      if (!found.empty()) return found;
    }
  } else if (value.isString() && value.extract<std::string>().find(kNotText) != std::string::npos) {
    return path;
  }
  return "";
}

// "Bundle" or "Patient" as the first word of paths, when the document says so.
std::string rootName(const Var& parsed) {
  if (!isObject(parsed)) return "$";
  const Var type = parsed.extract<Object::Ptr>()->get("resourceType");
  return type.isString() ? type.extract<std::string>() : "$";
}

// Bytes that are not UTF-8 are refused wherever they are, naming the value that holds them.
[[noreturn]] void refuseNotText(const std::string& json, const std::string& what) {
  std::size_t first_bad = 0;
  const std::string marked = markedBytes(json, first_bad);
  const std::string where = " (byte " + std::to_string(first_bad) + ")";
  const std::string fix = " Save the file as UTF-8 and import it again.";
  try {
    const Var parsed = Poco::JSON::Parser().parse(marked);
    const std::string path = pathOfMark(parsed, rootName(parsed));
    if (!path.empty()) throw FhirInputError(path + " is not UTF-8 text" + where + "." + fix);
  } catch (const Poco::Exception&) {
    // Not JSON either: the byte is all there is to name.
  }
  throw FhirInputError(what + " is not UTF-8 text" + where + "." + fix);
}

}  // namespace

std::string kindOf(const Var& value) {
  if (value.isEmpty()) return "null";
  if (isObject(value)) return "an object";
  if (isArray(value)) return "an array";
  if (value.isString()) return "a string";
  if (value.isBoolean()) return "true or false";
  if (value.isNumeric()) return "a number";
  return "another kind of value";
}

Object::Ptr parseDocument(const std::string& json, const std::string& what) {
  if (!isValidUtf8(json)) refuseNotText(json, what);
  Var parsed;
  try {
    parsed = Poco::JSON::Parser().parse(json);
  } catch (const Poco::Exception& error) {
    if (const auto broken = fhir_json::findSyntaxError(json)) {
      throw FhirInputError(what + " is not valid JSON: " + broken->problem + " at line " +
                           std::to_string(broken->line) + ", column " + std::to_string(broken->column) + ", in " +
                           broken->path + ".");
    }
    throw FhirInputError(what + " is not valid JSON: " + error.displayText() + ".");
  }
  if (!isObject(parsed)) {
    throw FhirInputError(what + " holds " + kindOf(parsed) +
                         ", not a FHIR resource (a JSON object with a resourceType).");
  }
  return parsed.extract<Object::Ptr>();
}

bool Node::has(const std::string& key) const { return object_->has(key) && !object_->get(key).isEmpty(); }

std::optional<std::string> Node::text(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const Var value = object_->get(key);
  if (!value.isString()) throw FhirInputError(pathOf(key) + " must be a string, not " + kindOf(value) + ".");
  return value.extract<std::string>();
}

std::optional<Node> Node::object(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const Var value = object_->get(key);
  if (!isObject(value)) throw FhirInputError(pathOf(key) + " must be an object, not " + kindOf(value) + ".");
  return Node(value.extract<Object::Ptr>(), pathOf(key));
}

std::vector<Node> Node::objects(const std::string& key) const {
  std::vector<Node> nodes;
  if (!has(key)) return nodes;
  const Var value = object_->get(key);
  if (!isArray(value)) throw FhirInputError(pathOf(key) + " must be an array, not " + kindOf(value) + ".");
  const Array::Ptr array = value.extract<Array::Ptr>();
  for (std::size_t i = 0; i < array->size(); ++i) {
    const Var element = array->get(static_cast<unsigned>(i));
    const std::string path = pathOf(key) + "[" + std::to_string(i) + "]";
    if (!isObject(element)) throw FhirInputError(path + " must be an object, not " + kindOf(element) + ".");
    nodes.emplace_back(element.extract<Object::Ptr>(), path);
  }
  return nodes;
}

std::vector<std::string> Node::texts(const std::string& key) const {
  std::vector<std::string> values;
  if (!has(key)) return values;
  const Var value = object_->get(key);
  if (!isArray(value)) throw FhirInputError(pathOf(key) + " must be an array, not " + kindOf(value) + ".");
  const Array::Ptr array = value.extract<Array::Ptr>();
  for (std::size_t i = 0; i < array->size(); ++i) {
    const Var element = array->get(static_cast<unsigned>(i));
    if (!element.isString()) {
      throw FhirInputError(pathOf(key) + "[" + std::to_string(i) + "] must be a string, not " + kindOf(element) + ".");
    }
    values.push_back(element.extract<std::string>());
  }
  return values;
}

}  // namespace motus::core::fhir_reader
