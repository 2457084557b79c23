#pragma once
// Reads a large JSON document one piece at a time: the root object's members are handed over one
// by one, and a member that is an array one element at a time, each as a small Poco value. So an
// archive of thousands of patients never sits in memory as one tree of values, only as its text.
//
// Every key and string is checked on the way (valid UTF-8, no NUL) and nesting is limited, each
// refusal naming the JSON path ("$.patients[3].programs[0].title"); see ArchiveError.

#include <Poco/Dynamic/Var.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace motus::core {

// One member of the root object, or one element of a member that is an array.
struct JsonPiece {
  std::string key;                   // the root member's name
  std::optional<std::size_t> index;  // the element's index, when the member is an array
  std::string path;                  // "$.patients[3]"
  Poco::Dynamic::Var value;          // a Poco::JSON::Object::Ptr, Array::Ptr, string, number, bool or empty (null)
  bool skipped = false;              // a member not wanted: its text was checked, no value was built
};

// The deepest nesting accepted: the archive's own structure needs 9 levels.
inline constexpr std::size_t kJsonMaxDepth = 32;

// Parses `text`, calling `take` for each piece in document order. Throws ArchiveError for JSON
// that is malformed, truncated, not an object at its root, nested deeper than kJsonMaxDepth or
// holding text that is not UTF-8; whatever `take` throws passes through. A piece of a root member
// that `wanted` (when given) refuses is checked the same way but handed over without its value,
// which is several times faster.
void streamJson(const std::string& text, const std::function<void(JsonPiece&&)>& take,
                const std::function<bool(const std::string&)>& wanted = {});

}  // namespace motus::core
