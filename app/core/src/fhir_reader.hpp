#pragma once
// Reading untrusted FHIR JSON: every value is checked for its type as it is read, and each
// failure is a FhirInputError naming the JSON path ("Bundle.entry[2].resource.birthDate"), so the
// sender knows which field to fix.

#include <motus/core/fhir.hpp>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace motus::core::fhir_reader {

using Poco::JSON::Array;
using Poco::JSON::Object;

// The parsed document; the top level must be an object. A document with bytes that are not UTF-8
// is refused, naming the value that holds them. `what` names the file in messages.
Object::Ptr parseDocument(const std::string& json, const std::string& what);

// An object found at `path`: each accessor reads one key, throwing when it holds the wrong type.
class Node {
 public:
  Node(Object::Ptr object, std::string path) : object_(std::move(object)), path_(std::move(path)) {}
  const std::string& path() const { return path_; }
  std::string pathOf(const std::string& key) const { return path_ + "." + key; }

  bool has(const std::string& key) const;
  std::optional<std::string> text(const std::string& key) const;  // nullopt when absent or null
  std::optional<Node> object(const std::string& key) const;
  // The objects of an array; empty when the key is absent.
  std::vector<Node> objects(const std::string& key) const;
  std::vector<std::string> texts(const std::string& key) const;

 private:
  Object::Ptr object_;
  std::string path_;
};

// "a string", "a number", "an array", ... for the messages.
std::string kindOf(const Poco::Dynamic::Var& value);

}  // namespace motus::core::fhir_reader
