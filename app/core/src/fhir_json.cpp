#include "fhir_json.hpp"

#include <Poco/JSON/Stringifier.h>
#include <Poco/UUIDGenerator.h>

#include <sstream>

namespace motus::core::fhir_json {

Object::Ptr newObject() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

std::string stringify(const Object::Ptr& object) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(object, out, 2, -1, Poco::JSON_PRESERVE_KEY_ORDER);
  out << '\n';
  return out.str();
}

Object::Ptr coding(std::string_view system, std::string_view code, std::string_view display) {
  Object::Ptr object = newObject();
  object->set("system", std::string(system));
  object->set("code", std::string(code));
  if (!display.empty()) object->set("display", std::string(display));
  return object;
}

Object::Ptr codeableConcept(const Object::Ptr& coding, std::string_view text) {
  Object::Ptr object = newObject();
  Array::Ptr codings = new Array;
  codings->add(coding);
  object->set("coding", codings);
  if (!text.empty()) object->set("text", std::string(text));
  return object;
}

Object::Ptr reference(const std::string& url) {
  Object::Ptr object = newObject();
  object->set("reference", url);
  return object;
}

std::string newEntryUrl() { return "urn:uuid:" + Poco::UUIDGenerator::defaultGenerator().createRandom().toString(); }

Object::Ptr physicalActivityCategory() {
  return codeableConcept(coding("http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes",
                                "PhysicalActivity", "Physical Activity"));
}

}  // namespace motus::core::fhir_json
