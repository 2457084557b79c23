#include "archive_fields.hpp"

#include <motus/core/archive.hpp>

#include <Poco/JSON/Stringifier.h>

#include <cmath>
#include <sstream>

namespace motus::core {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

bool isObject(const Poco::Dynamic::Var& value) { return value.type() == typeid(Object::Ptr); }
bool isArray(const Poco::Dynamic::Var& value) { return value.type() == typeid(Array::Ptr); }

}  // namespace

// Poco reads 3 as an integer and 3.0 as a double.
std::optional<long long> wholeNumber(const Poco::Dynamic::Var& value) {
  if (value.isEmpty() || value.isString() || value.isBoolean()) return std::nullopt;
  if (value.isInteger()) {
    if (!value.isSigned() && value.convert<Poco::UInt64>() > static_cast<Poco::UInt64>(INT64_MAX)) return std::nullopt;
    return value.convert<Poco::Int64>();
  }
  if (value.isNumeric()) {
    const double number = value.convert<double>();
    if (std::floor(number) == number && std::fabs(number) < 9.0e15) return static_cast<long long>(number);
  }
  return std::nullopt;
}

std::string jsonText(const Poco::Dynamic::Var& value) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(value, out, 0, -1);
  return out.str();
}

ArchiveFields::ArchiveFields(const Poco::Dynamic::Var& value, std::string path) : path_(std::move(path)) {
  if (!isObject(value)) throw ArchiveError(path_ + " must be a JSON object. Fix it or export the records again.");
  object_ = value.extract<Object::Ptr>();
}

bool ArchiveFields::has(const std::string& key) const { return object_->has(key); }

void ArchiveFields::wrongType(const std::string& key, const char* expected) const {
  throw ArchiveError(path(key) + " must be " + expected + ". Fix it or export the records again.");
}

Poco::Dynamic::Var ArchiveFields::value(const std::string& key) const { return object_->get(key); }

std::string ArchiveFields::text(const std::string& key) const {
  if (!has(key)) throw ArchiveError(path(key) + " is missing. Fix it or export the records again.");
  return optionalText(key);
}

std::string ArchiveFields::optionalText(const std::string& key) const {
  if (!has(key)) return {};
  const Poco::Dynamic::Var value = object_->get(key);
  if (!value.isString()) wrongType(key, "a text");
  return value.extract<std::string>();
}

long long ArchiveFields::number(const std::string& key) const {
  if (!has(key)) throw ArchiveError(path(key) + " is missing. Fix it or export the records again.");
  const std::optional<long long> number = wholeNumber(object_->get(key));
  if (!number) wrongType(key, "a whole number");
  return *number;
}

std::optional<long long> ArchiveFields::optionalNumber(const std::string& key) const {
  if (!has(key) || object_->get(key).isEmpty()) return std::nullopt;
  return number(key);
}

bool ArchiveFields::flag(const std::string& key, bool absent) const {
  if (!has(key)) return absent;
  const Poco::Dynamic::Var value = object_->get(key);
  if (!value.isBoolean()) wrongType(key, "true or false");
  return value.extract<bool>();
}

std::vector<std::string> ArchiveFields::texts(const std::string& key) const {
  std::vector<std::string> list;
  for (const auto& [value, where] : elements(key, false)) {
    if (!value.isString()) throw ArchiveError(where + " must be a text. Fix it or export the records again.");
    list.push_back(value.extract<std::string>());
  }
  return list;
}

std::vector<std::pair<Poco::Dynamic::Var, std::string>> ArchiveFields::elements(const std::string& key,
                                                                                bool required) const {
  std::vector<std::pair<Poco::Dynamic::Var, std::string>> list;
  if (!has(key)) {
    if (required) throw ArchiveError(path(key) + " is missing. Fix it or export the records again.");
    return list;
  }
  const Poco::Dynamic::Var value = object_->get(key);
  if (!isArray(value)) wrongType(key, "a list (a JSON array)");
  const Array::Ptr array = value.extract<Array::Ptr>();
  list.reserve(array->size());
  for (std::size_t i = 0; i < array->size(); ++i) {
    list.emplace_back(array->get(static_cast<unsigned>(i)), path(key) + "[" + std::to_string(i) + "]");
  }
  return list;
}

std::optional<std::string> ArchiveFields::objectJson(const std::string& key) const {
  if (!has(key) || object_->get(key).isEmpty()) return std::nullopt;
  const Poco::Dynamic::Var value = object_->get(key);
  if (!isObject(value)) wrongType(key, "a JSON object");
  return jsonText(value);
}

void ArchiveFields::allowOnly(std::initializer_list<const char*> known) const {
  allowOnly(std::vector<const char*>(known));
}

void ArchiveFields::allowOnly(const std::vector<const char*>& known) const {
  for (const auto& [name, value] : *object_) {
    bool listed = false;
    for (const char* candidate : known) listed = listed || name == candidate;
    if (!listed) {
      throw ArchiveError(path(name) + " is not a field of a Motus archive (version " + std::to_string(kArchiveVersion) +
                         "). Remove it, or check the spelling against docs/archive.md.");
    }
  }
}

}  // namespace motus::core
