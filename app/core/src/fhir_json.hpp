#pragma once
// Building FHIR JSON with Poco, in the house style of db/src/record_json.cpp: keys kept in the
// order written, so one record always gives the same text apart from its fresh ids.

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>

namespace motus::core::fhir_json {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr newObject();
std::string stringify(const Object::Ptr& object);

// {"system": ..., "code": ..., "display": ...}; display left out when empty.
Object::Ptr coding(std::string_view system, std::string_view code, std::string_view display = {});
// {"coding": [coding], "text": text}; text left out when empty.
Object::Ptr codeableConcept(const Object::Ptr& coding, std::string_view text = {});
// {"reference": url}
Object::Ptr reference(const std::string& url);
// A fresh "urn:uuid:..." for a Bundle entry's fullUrl, which the other entries refer to.
std::string newEntryUrl();

// The PA IG's category for everything about physical activity.
Object::Ptr physicalActivityCategory();

}  // namespace motus::core::fhir_json
