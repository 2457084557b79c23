#include "fhir_support.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>

#include <sstream>

#ifndef MOTUS_FHIR_VALIDATOR_SCRIPT
#error "MOTUS_FHIR_VALIDATOR_SCRIPT, MOTUS_FHIR_VALIDATOR_MODULES and MOTUS_NODE must be defined by the build"
#endif

namespace motus::test {

using Poco::JSON::Array;
using Poco::JSON::Object;

FhirClinic::FhirClinic() {
  std::filesystem::create_directories(folder_ / "home");
  const CommandResult created = cli("patients list --create");
  INFO(created.output);
  REQUIRE(created.exit_code == 0);
}

CommandResult FhirClinic::cli(const std::string& arguments) const {
  return runCommand("env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME HOME=" + shellQuoted((folder_ / "home").string()) +
                    " MOTUS_DATABASE=" + shellQuoted(database().string()) + " MOTUS_CLINICIAN='Dr. Lee, PT' " +
                    shellQuoted(MOTUS_CLI) + " " + arguments);
}

Validation validateFhir(const std::filesystem::path& file) { return validateFhir(std::vector{file}); }

Validation validateFhir(const std::vector<std::filesystem::path>& files) {
  const std::string node = MOTUS_NODE;
  INFO("node (" << node << ") and the validators in " << MOTUS_FHIR_VALIDATOR_MODULES
                << " come from installer/setup.sh; run it, then configure again.");
  REQUIRE(std::filesystem::exists(node));
  REQUIRE(std::filesystem::is_directory(std::filesystem::path(MOTUS_FHIR_VALIDATOR_MODULES) / "fhir"));
  std::string command = "NODE_PATH=" + shellQuoted(MOTUS_FHIR_VALIDATOR_MODULES) + " " + shellQuoted(node) + " " +
                        shellQuoted(MOTUS_FHIR_VALIDATOR_SCRIPT);
  for (const std::filesystem::path& file : files) command += " " + shellQuoted(file.string());
  const CommandResult result = runCommand(command);
  INFO(result.output);
  REQUIRE((result.exit_code == 0 || result.exit_code == 1));  // 2: the validators could not run
  return {result.exit_code == 0, result.output};
}

Object::Ptr parseJson(const std::string& text) { return Poco::JSON::Parser().parse(text).extract<Object::Ptr>(); }

std::string stringifyJson(const Object::Ptr& object) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(object, out, 2, -1, Poco::JSON_PRESERVE_KEY_ORDER);
  return out.str();
}

std::vector<Object::Ptr> resourcesOf(const Object::Ptr& bundle, const std::string& type) {
  std::vector<Object::Ptr> found;
  const Array::Ptr entries = bundle->getArray("entry");
  for (std::size_t i = 0; entries && i < entries->size(); ++i) {
    const Object::Ptr resource = entries->getObject(static_cast<unsigned>(i))->getObject("resource");
    if (resource->getValue<std::string>("resourceType") == type) found.push_back(resource);
  }
  return found;
}

std::string fullUrlOf(const Object::Ptr& bundle, const Object::Ptr& resource) {
  const Array::Ptr entries = bundle->getArray("entry");
  for (std::size_t i = 0; entries && i < entries->size(); ++i) {
    const Object::Ptr entry = entries->getObject(static_cast<unsigned>(i));
    if (entry->getObject("resource").get() == resource.get()) return entry->getValue<std::string>("fullUrl");
  }
  return "";
}

std::vector<std::string> codesOf(const Object::Ptr& codeable) {
  std::vector<std::string> codes;
  const Array::Ptr codings = codeable->getArray("coding");
  for (std::size_t i = 0; codings && i < codings->size(); ++i) {
    const Object::Ptr coding = codings->getObject(static_cast<unsigned>(i));
    codes.push_back(coding->getValue<std::string>("system") + "|" + coding->getValue<std::string>("code"));
  }
  return codes;
}

}  // namespace motus::test
