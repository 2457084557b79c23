#pragma once
// What the FHIR tests share: a clinic's database driven by the real motus-cli, the FHIR R4
// validators we did not write (tests/fhir/validate_fhir.js, installed by installer/setup.sh), and
// reading a Bundle back.

#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <filesystem>
#include <string>
#include <vector>

namespace motus::test {

class FhirClinic {
 public:
  FhirClinic();
  // motus-cli with this clinic's database (MOTUS_DATABASE) and clinician.
  CommandResult cli(const std::string& arguments) const;
  std::filesystem::path database() const { return folder_ / "clinic.sqlite"; }
  std::filesystem::path file(const std::string& name) const { return folder_ / name; }

 private:
  TempFolder folder_{"fhir"};
};

// Both validators' verdict on a file. A missing validator is a failed check, never a skip: the
// tests must not pass without it (run installer/setup.sh).
struct Validation {
  bool valid = false;
  std::string output;
};
Validation validateFhir(const std::filesystem::path& file);
// Several files at once (the validators take seconds to start): valid only when every one is.
Validation validateFhir(const std::vector<std::filesystem::path>& files);

Poco::JSON::Object::Ptr parseJson(const std::string& text);
std::string stringifyJson(const Poco::JSON::Object::Ptr& object);

// The resources of a Bundle's entries with this resourceType, in order.
std::vector<Poco::JSON::Object::Ptr> resourcesOf(const Poco::JSON::Object::Ptr& bundle, const std::string& type);
// The entry's fullUrl of a resource in the Bundle (empty when it is not there).
std::string fullUrlOf(const Poco::JSON::Object::Ptr& bundle, const Poco::JSON::Object::Ptr& resource);
// The codes of a CodeableConcept, each as "system|code".
std::vector<std::string> codesOf(const Poco::JSON::Object::Ptr& codeable);

}  // namespace motus::test
