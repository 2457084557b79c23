// motus-cli fhir export: the Bundle an EHR receives, checked by FHIR R4 validators we did not write.
#include "fhir_records.hpp"
#include "fhir_support.hpp"

#include <motus/core/dosage_text.hpp>

#include <catch2/catch.hpp>

#include <functional>

using namespace motus;
using namespace motus::test;
using Catch::Matchers::Contains;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

void require(const CommandResult& result, int code = 0) {
  INFO(result.output);
  REQUIRE(result.exit_code == code);
}

std::vector<std::string> referencesOf(const Object::Ptr& resource, const std::string& key) {
  std::vector<std::string> urls;
  const Array::Ptr array = resource->getArray(key);
  for (std::size_t i = 0; array && i < array->size(); ++i) {
    Object::Ptr item = array->getObject(static_cast<unsigned>(i));
    if (item->has("reference") && item->isObject("reference")) item = item->getObject("reference");
    urls.push_back(item->getValue<std::string>("reference"));
  }
  return urls;
}

std::string text(const Object::Ptr& object, const std::string& key) { return object->getValue<std::string>(key); }

}  // namespace

TEST_CASE(
    "fhir export writes a valid FHIR R4 Bundle with the patient and coded conditions and a CarePlan per "
    "issued version holding a ServiceRequest per exercise") {
  const FhirClinic clinic;
  const auto [first, second] = prepareExportRecord(clinic.database());

  const CommandResult written =
      clinic.cli("fhir export A-1001 --output " + shellQuoted(clinic.file("a.json").string()));
  require(written);
  CHECK_THAT(written.output, Contains("Wrote the FHIR R4 Bundle of patient A-1001 to"));
  const Validation validation = validateFhir(clinic.file("a.json"));
  INFO(validation.output);
  REQUIRE(validation.valid);

  const Object::Ptr bundle = parseJson(readBytes(clinic.file("a.json")));
  CHECK(text(bundle, "resourceType") == "Bundle");
  CHECK(text(bundle, "type") == "collection");

  // The patient, identified by the chart number.
  const auto patients = resourcesOf(bundle, "Patient");
  REQUIRE(patients.size() == 1);
  const Object::Ptr patient = patients[0];
  const std::string patient_url = fullUrlOf(bundle, patient);
  CHECK(patient_url.starts_with("urn:uuid:"));
  const Object::Ptr identifier = patient->getArray("identifier")->getObject(0);
  CHECK(text(identifier, "system") == "urn:motus:chart-number");
  CHECK(text(identifier, "value") == "A-1001");
  CHECK(text(identifier->getObject("assigner"), "display") == "Riverside Physio");
  const Object::Ptr name = patient->getArray("name")->getObject(0);
  CHECK(text(name, "family") == "Nguyễn");
  CHECK(name->getArray("given")->getElement<std::string>(0) == "Mai");
  CHECK(text(patient, "birthDate") == "1948-03-14");
  const Array::Ptr telecom = patient->getArray("telecom");
  REQUIRE(telecom->size() == 2);
  CHECK(text(telecom->getObject(0), "system") == "phone");
  CHECK(text(telecom->getObject(0), "value") == "555-0100");
  CHECK(text(telecom->getObject(1), "value") == "mai@example.org");

  // Conditions: SNOMED CT where the vocabulary has the concept, our code and label always.
  const auto conditions = resourcesOf(bundle, "Condition");
  REQUIRE(conditions.size() == 2);
  const Object::Ptr osteoporosis = conditions[0];
  CHECK(codesOf(osteoporosis->getObject("code")) ==
        std::vector<std::string>{"http://snomed.info/sct|64859006", "urn:motus:condition|osteoporosis"});
  CHECK(text(osteoporosis->getObject("code"), "text") == "Osteoporosis or low bone density");
  CHECK(text(osteoporosis->getObject("subject"), "reference") == patient_url);
  CHECK(text(osteoporosis, "onsetDateTime") == "2021-05");
  CHECK(text(osteoporosis->getArray("note")->getObject(0), "text") == "T-score -2.8");
  CHECK(codesOf(osteoporosis->getObject("clinicalStatus")) ==
        std::vector<std::string>{"http://terminology.hl7.org/CodeSystem/condition-clinical|active"});
  const Object::Ptr uncoded = conditions[1];
  CHECK(codesOf(uncoded->getObject("code")) == std::vector<std::string>{"urn:motus:condition|trauma-not-cleared"});
  CHECK(text(uncoded->getObject("code"), "text") == "Recent injury not yet checked for fracture");
  CHECK_FALSE(uncoded->has("onsetDateTime"));

  // A CarePlan per issued version (the draft stays out): the replaced one revoked, the newest active.
  const auto plans = resourcesOf(bundle, "CarePlan");
  REQUIRE(plans.size() == 2);
  CHECK(text(plans[0], "status") == "revoked");
  CHECK(text(plans[1], "status") == "active");
  CHECK(referencesOf(plans[1], "replaces") == std::vector<std::string>{fullUrlOf(bundle, plans[0])});
  CHECK(text(plans[0]->getObject("period"), "start") == text(plans[0], "created"));
  CHECK(text(plans[0]->getObject("period"), "end") == text(plans[1], "created"));  // replaced then
  CHECK_FALSE(plans[1]->getObject("period")->has("end"));
  const auto requests = resourcesOf(bundle, "ServiceRequest");
  REQUIRE(requests.size() == 4);
  {
    core::Records records(clinic.database());
    const std::vector<db::Id> ids{first, second};
    for (std::size_t i = 0; i < plans.size(); ++i) {
      const db::Program program = records.store().program(ids[i]);
      CHECK(text(plans[i], "intent") == "plan");
      CHECK(text(plans[i], "title") == "Upper back & neck");
      CHECK(text(plans[i], "created") == program.issued_at);
      CHECK(text(plans[i]->getObject("subject"), "reference") == patient_url);
      CHECK(codesOf(plans[i]->getArray("category")->getObject(0)) ==
            std::vector<std::string>{"http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes|"
                                     "PhysicalActivity"});
      CHECK_THAT(text(plans[i]->getObject("text"), "div"), Contains("Upper back &amp; neck"));
      // Its activities are its own ServiceRequests, in the program's order.
      std::vector<std::string> expected;
      for (std::size_t item = 0; item < 2; ++item) expected.push_back(fullUrlOf(bundle, requests[i * 2 + item]));
      std::vector<std::string> activities;
      const Array::Ptr activity = plans[i]->getArray("activity");
      for (std::size_t a = 0; a < activity->size(); ++a) {
        activities.push_back(text(activity->getObject(static_cast<unsigned>(a))->getObject("reference"), "reference"));
      }
      CHECK(activities == expected);
      for (std::size_t item = 0; item < 2; ++item) {
        const Object::Ptr request = requests[i * 2 + item];
        const db::ProgramItem& prescribed = program.items[item];
        CHECK(text(request, "status") == text(plans[i], "status"));
        CHECK(text(request, "intent") == "order");
        CHECK(referencesOf(request, "basedOn") == std::vector<std::string>{fullUrlOf(bundle, plans[i])});
        CHECK(codesOf(request->getObject("code")) ==
              std::vector<std::string>{"http://snomed.info/sct|229065009",
                                       "urn:motus:exercise|" + prescribed.exercise.global_id});
        CHECK(text(request->getObject("code"), "text") == prescribed.exercise.spec.name);
        CHECK(text(request, "authoredOn") == program.issued_at);
        CHECK(text(request->getObject("requester"), "display") == "Dr. Lee, PT");
        CHECK_THAT(text(request, "patientInstruction"),
                   Contains(prescribed.exercise.spec.name + ": " + core::dosageLine(prescribed.dosage)));
      }
    }
  }
  // The dosage's frequency as a Timing: times a day, else days a week; the session as its duration.
  const Object::Ptr arch = requests[0];
  CHECK(text(arch, "patientInstruction") ==
        "Upper-back arch: Do this 8 to 10 times. Do this 1 to 2 times a day. Go slowly.");
  CHECK_THAT(text(arch->getArray("note")->getObject(0), "text"), Contains("Surgeon cleared rolling on 2026-11-01"));
  const Object::Ptr daily = arch->getObject("occurrenceTiming")->getObject("repeat");
  CHECK(daily->getValue<int>("frequency") == 1);
  CHECK(daily->getValue<int>("frequencyMax") == 2);
  CHECK(daily->getValue<int>("period") == 1);
  CHECK(text(daily, "periodUnit") == "d");
  const Object::Ptr weekly = requests[3]->getObject("occurrenceTiming")->getObject("repeat");
  CHECK(weekly->getValue<int>("frequency") == 3);
  CHECK_FALSE(weekly->has("frequencyMax"));
  CHECK(text(weekly, "periodUnit") == "wk");
  CHECK(weekly->getValue<int>("duration") == 10);
  CHECK(weekly->getValue<int>("durationMax") == 15);
  CHECK(text(weekly, "durationUnit") == "min");
  CHECK(requests[1]->getObject("occurrenceTiming")->getObject("repeat")->getValue<int>("frequency") == 5);

  // The record left Motus: that is in the audit log, with who sent it.
  const CommandResult audit = clinic.cli("audit list");
  require(audit);
  CHECK_THAT(audit.output, Contains("FHIR R4 Bundle exported (2 conditions, 2 issued programs)"));
}

TEST_CASE("fhir export writes to standard output without --output and never over a file without --force") {
  const FhirClinic clinic;
  prepareExportRecord(clinic.database());
  const CommandResult printed = clinic.cli("fhir export A-1001");
  require(printed);
  CHECK(text(parseJson(printed.output), "type") == "collection");
  // The clinic's own identifier system for its chart numbers, when it has one.
  const CommandResult clinics = clinic.cli("fhir export A-1001 --identifier-system https://clinic.example.org/charts");
  require(clinics);
  const auto identifier =
      resourcesOf(parseJson(clinics.output), "Patient").front()->getArray("identifier")->getObject(0);
  CHECK(text(identifier, "system") == "https://clinic.example.org/charts");

  writeBytes(clinic.file("kept.json"), "mine");
  const CommandResult refused =
      clinic.cli("fhir export A-1001 --output " + shellQuoted(clinic.file("kept.json").string()));
  require(refused, 1);
  CHECK_THAT(refused.output, Contains("already exists. Add --force to replace it"));
  CHECK(readBytes(clinic.file("kept.json")) == "mine");
  require(clinic.cli("fhir export A-1001 --force --output " + shellQuoted(clinic.file("kept.json").string())));
  CHECK(validateFhir(clinic.file("kept.json")).valid);

  const CommandResult missing = clinic.cli("fhir export B-404");
  require(missing, 1);
  CHECK_THAT(missing.output, Contains("No patient has the chart number 'B-404'"));
}

TEST_CASE("The FHIR validators refuse a broken Bundle so that a valid verdict means something") {
  const FhirClinic clinic;
  prepareExportRecord(clinic.database());
  require(clinic.cli("fhir export A-1001 --output " + shellQuoted(clinic.file("good.json").string())));
  const std::string good = readBytes(clinic.file("good.json"));
  const auto patientOf = [](const Object::Ptr& bundle) { return resourcesOf(bundle, "Patient").front(); };

  // Each a valid Bundle broken in one way; the validators start once for all of them.
  const std::vector<std::pair<std::string, std::function<void(Object::Ptr)>>> breakages = {
      {"no-resource-type", [&](Object::Ptr b) { patientOf(b)->remove("resourceType"); }},
      {"birth-date-not-yyyy-mm-dd", [&](Object::Ptr b) { patientOf(b)->set("birthDate", "14/03/1948"); }},
      {"unknown-property", [&](Object::Ptr b) { patientOf(b)->set("colour", "red"); }},
      {"bundle-type-outside-value-set", [](Object::Ptr b) { b->set("type", "bundle-of-joy"); }},
      {"service-request-without-intent",
       [](Object::Ptr b) { resourcesOf(b, "ServiceRequest").front()->remove("intent"); }},
  };
  std::vector<std::filesystem::path> files{clinic.file("good.json")};
  for (const auto& [name, breakIt] : breakages) {
    const Object::Ptr bundle = parseJson(good);
    breakIt(bundle);
    files.push_back(clinic.file(name + ".json"));
    writeBytes(files.back(), stringifyJson(bundle));
  }
  const Validation verdicts = validateFhir(files);
  INFO(verdicts.output);
  CHECK_FALSE(verdicts.valid);
  CHECK_THAT(verdicts.output, Contains(clinic.file("good.json").string() + ": valid FHIR R4"));
  for (std::size_t i = 1; i < files.size(); ++i) CHECK_THAT(verdicts.output, Contains(files[i].string() + ": INVALID"));
  CHECK_THAT(verdicts.output, Contains("birthDate should match pattern"));
}
