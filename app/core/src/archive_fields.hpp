#pragma once
// One JSON object of an archive read field by field: each field that is missing or of the wrong
// type is refused with its JSON path ("$.patients[3].programs[0].version must be a whole number"),
// and so is a field the format does not have (a misspelt name would otherwise be lost quietly).

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace motus::core {

class ArchiveFields {
 public:
  // Throws ArchiveError when `value` is not an object.
  ArchiveFields(const Poco::Dynamic::Var& value, std::string path);

  std::string path(const std::string& key) const { return path_ + "." + key; }
  bool has(const std::string& key) const;

  std::string text(const std::string& key) const;                         // required
  std::string optionalText(const std::string& key) const;                 // "" when absent
  long long number(const std::string& key) const;                         // a required whole number
  std::optional<long long> optionalNumber(const std::string& key) const;  // absent or null: none
  bool flag(const std::string& key, bool absent) const;
  std::vector<std::string> texts(const std::string& key) const;  // an array of texts; [] when absent
  // An array's elements with their paths; [] when absent and not required.
  std::vector<std::pair<Poco::Dynamic::Var, std::string>> elements(const std::string& key, bool required) const;
  // A nested object, as JSON text (for the formats of record_json.hpp); nullopt when absent or null.
  std::optional<std::string> objectJson(const std::string& key) const;
  Poco::Dynamic::Var value(const std::string& key) const;

  // Refuses a field not in `known`.
  void allowOnly(std::initializer_list<const char*> known) const;
  void allowOnly(const std::vector<const char*>& known) const;

 private:
  [[noreturn]] void wrongType(const std::string& key, const char* expected) const;

  Poco::JSON::Object::Ptr object_;
  std::string path_;
};

// The value as a whole number: 3 and 3.0 are, 3.5, "3" and true are not.
std::optional<long long> wholeNumber(const Poco::Dynamic::Var& value);

// The value's JSON text.
std::string jsonText(const Poco::Dynamic::Var& value);

}  // namespace motus::core
