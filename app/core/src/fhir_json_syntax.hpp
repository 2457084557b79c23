#pragma once
// Where JSON text stops being JSON, for a message a sender can act on: Poco's parser says what it
// met ("unexpected byte '}'") but not where, nor inside which value.

#include <optional>
#include <string>
#include <string_view>

namespace motus::core::fhir_json {

struct SyntaxError {
  std::size_t line = 1;    // from 1
  std::size_t column = 1;  // from 1, in bytes
  std::string path;        // the value it is inside: "Patient.name[0]" ("$" for the top level)
  std::string problem;     // "expected ',' or '}'"
};

// The first place `json` breaks the JSON grammar; nullopt when it is well-formed.
std::optional<SyntaxError> findSyntaxError(std::string_view json);

}  // namespace motus::core::fhir_json
