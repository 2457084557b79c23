// motus-cli fhir import: an EHR's referral becomes the patient's record, once, with nothing lost.
#include "fhir_records.hpp"
#include "fhir_support.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <catch2/catch.hpp>

using namespace motus;
using namespace motus::test;
using Catch::Matchers::Contains;

namespace {

void require(const CommandResult& result, int code = 0) {
  INFO(result.output);
  REQUIRE(result.exit_code == code);
}

std::string today() { return Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%d"); }

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

std::string condition(const std::string& id, const std::string& codings, const std::string& text,
                      const std::string& extra = "") {
  return R"({"fullUrl": "urn:uuid:)" + id + R"(", "resource": {"resourceType": "Condition",
    "code": {"coding": [)" +
         codings + R"(], "text": ")" + text + R"("},
    "subject": {"reference": "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e01"})" +
         extra + "}}";
}

std::string snomed(const std::string& code, const std::string& display) {
  return R"({"system": "http://snomed.info/sct", "code": ")" + code + R"(", "display": ")" + display + R"("})";
}

// What an EHR sends at referral: its own MRN system, a Practitioner the import does not keep, and
// conditions Motus has, has not, and has only under a narrower concept.
std::string referral(const std::string& phone = "555-0199", const std::string& more_conditions = "") {
  return R"({"resourceType": "Bundle", "type": "collection", "entry": [
  {"fullUrl": "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e01", "resource": {"resourceType": "Patient",
    "identifier": [
      {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "999-99-9999"},
      {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
       "system": "http://hospital.example.org/mrn", "value": "H-77"}],
    "name": [{"use": "nickname", "family": "Gar", "given": ["Anita"]},
             {"use": "official", "family": "García", "given": ["Ana", "María"]}],
    "telecom": [{"system": "fax", "value": "555-0000"}, {"system": "phone", "value": ")" +
         phone + R"("}, {"system": "email", "value": "ana@example.org"}],
    "birthDate": "1961-07-30"}},
  {"fullUrl": "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e02", "resource": {"resourceType": "Practitioner",
    "name": [{"family": "Okafor"}]}},
  )" +
         condition("0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e03", snomed("64859006", "Osteoporosis"), "Osteoporosis",
                   R"(, "onsetDateTime": "2019-04-12T09:30:00Z", "note": [{"text": "DEXA 2019: T-score -2.6"}])") +
         ",\n" + condition("0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e04", snomed("399153001", "Vertigo"), "Vertigo") + ",\n" +
         condition("0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e09", snomed("404640003", "Dizziness"), "Dizziness",
                   R"(, "note": [{"text": "Worse on standing up."}])") +
         ",\n" +
         condition("0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e05", snomed("44054006", "Type 2 diabetes mellitus"),
                   "Type 2 diabetes mellitus") +
         ",\n" +
         condition("0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e06",
                   R"({"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10"})", "Essential hypertension") +
         ",\n" +
         condition(
             "0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e07", snomed("125605004", "Fracture of bone"), "Wrist fracture",
             R"(, "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "resolved"}]})") +
         more_conditions + "]}";
}

struct Imported {
  FhirClinic clinic;
  CommandResult result;
  explicit Imported(const std::string& json = referral()) {
    writeBytes(clinic.file("referral.json"), json);
    result = clinic.cli("fhir import " + shellQuoted(clinic.file("referral.json").string()));
  }
};

}  // namespace

TEST_CASE(
    "fhir import creates the patient from a referral with mapped conditions added and the rest kept in the notes") {
  const Imported imported;
  {
    const Validation validation = validateFhir(imported.clinic.file("referral.json"));
    INFO(validation.output);
    REQUIRE(validation.valid);  // the test's referral is one an EHR could really send
  }
  const CommandResult& result = imported.result;
  require(result);
  CHECK_THAT(result.output, Contains("Created patient H-77 (García, Ana María) from"));
  CHECK_THAT(result.output, Contains("Conditions added: Osteoporosis or low bone density; Dizziness or vertigo."));
  const std::string from = "From referral " + today() + ": ";
  CHECK_THAT(result.output, Contains("Kept in the patient's notes: " + from +
                                     "Type 2 diabetes mellitus (SNOMED 44054006), not in Motus's condition list"));
  CHECK_THAT(result.output, Contains("Kept in the patient's notes: " + from +
                                     "Essential hypertension (http://hl7.org/fhir/sid/icd-10-cm I10), not in Motus's "
                                     "condition list"));
  CHECK_THAT(result.output, Contains("Kept in the patient's notes: " + from +
                                     "Wrist fracture (SNOMED 125605004), resolved in the referral"));
  CHECK_THAT(result.output, Contains("Not imported (Motus does not keep these): 1 Practitioner."));

  const CommandResult shown = imported.clinic.cli("patients show H-77");
  require(shown);
  CHECK_THAT(shown.output, Contains("García, Ana María"));
  CHECK_THAT(shown.output, Contains("1961-07-30"));
  CHECK_THAT(shown.output, Contains("555-0199"));
  CHECK_THAT(shown.output, Contains("ana@example.org"));
  CHECK_THAT(shown.output,
             Contains("Osteoporosis or low bone density (osteoporosis), since 2019-04-12: DEXA 2019: T-score -2.6"));
  // Vertigo and dizziness are one Motus condition: recorded once, with what both said.
  CHECK_THAT(shown.output, Contains("Dizziness or vertigo (dizziness): Worse on standing up."));
  CHECK(occurrences(shown.output, "(dizziness)") == 1);
  CHECK_THAT(shown.output, Contains("Type 2 diabetes mellitus (SNOMED 44054006), not in Motus's condition list"));

  // One audited change, like every other save of a record.
  const CommandResult audit = imported.clinic.cli("audit list");
  require(audit);
  CHECK(occurrences(audit.output, "create") >= 1);
  CHECK_THAT(audit.output, Contains("patient"));
}

TEST_CASE("fhir import of the same referral again changes nothing and a newer one updates without duplicating") {
  const Imported imported;
  require(imported.result);
  const FhirClinic& clinic = imported.clinic;
  // The therapist's own entry for a condition wins over what a later referral says of it.
  require(clinic.cli("conditions add H-77 osteoporosis --note 'Checked 2026-11: T-score -2.4' --since 2019-04"));
  const std::string before = clinic.cli("patients show H-77").output;
  const std::string bytes = readBytes(clinic.database());

  const CommandResult again = clinic.cli("fhir import " + shellQuoted(clinic.file("referral.json").string()));
  require(again);
  CHECK_THAT(again.output, Contains("Patient H-77 (García, Ana María) already has everything this referral says"));
  CHECK(clinic.cli("patients show H-77").output == before);
  CHECK(readBytes(clinic.database()) == bytes);

  writeBytes(clinic.file("newer.json"),
             referral("555-0123", ",\n" + condition("0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e08",
                                                    snomed("128053003", "Deep venous thrombosis"), "DVT, left calf")));
  REQUIRE(validateFhir(clinic.file("newer.json")).valid);
  const CommandResult newer = clinic.cli("fhir import " + shellQuoted(clinic.file("newer.json").string()));
  require(newer);
  CHECK_THAT(newer.output, Contains("Updated patient H-77 (García, Ana María)"));
  CHECK_THAT(newer.output, Contains("Details changed: phone."));
  CHECK_THAT(newer.output, Contains("Conditions added: Deep vein thrombosis (blood clot)."));
  CHECK_THAT(newer.output, Contains("Conditions already recorded, left as they were: Osteoporosis or low bone "
                                    "density; Dizziness or vertigo."));
  CHECK_THAT(newer.output, !Contains("Kept in the patient's notes"));

  const CommandResult shown = clinic.cli("patients show H-77");
  CHECK_THAT(shown.output, Contains("555-0123"));
  CHECK_THAT(shown.output, Contains("since 2019-04: Checked 2026-11: T-score -2.4"));
  CHECK_THAT(shown.output, Contains("Deep vein thrombosis (blood clot) (deep-vein-thrombosis)"));
  CHECK(occurrences(shown.output, "Type 2 diabetes mellitus") == 1);
  CHECK(occurrences(shown.output, "(osteoporosis)") == 1);
  const CommandResult list = clinic.cli("patients list");
  CHECK_THAT(list.output, Contains("1 patient"));
}

TEST_CASE("A Bundle motus-cli exported imports into another database as the same patient and conditions") {
  const FhirClinic sender;
  prepareExportRecord(sender.database());
  require(sender.cli("fhir export A-1001 --output " + shellQuoted(sender.file("out.json").string())));

  const FhirClinic receiver;
  const CommandResult imported = receiver.cli("fhir import " + shellQuoted(sender.file("out.json").string()));
  require(imported);
  CHECK_THAT(imported.output, Contains("Created patient A-1001 (Nguyễn, Mai)"));
  CHECK_THAT(imported.output, Contains("Conditions added: Osteoporosis or low bone density; Recent injury not yet "
                                       "checked for fracture."));
  CHECK_THAT(imported.output, Contains("2 CarePlan resources; 4 ServiceRequest resources"));
  const auto conditionsOf = [](const std::string& shown) { return shown.substr(shown.find("Conditions:")); };
  const std::string sent = sender.cli("patients show A-1001").output;
  const std::string received = receiver.cli("patients show A-1001").output;
  CHECK_THAT(received, Contains("Osteoporosis or low bone density (osteoporosis), since 2021-05: T-score -2.8"));
  CHECK(conditionsOf(received).substr(0, conditionsOf(received).find("Programs:")) ==
        conditionsOf(sent).substr(0, conditionsOf(sent).find("Programs:")));
}

TEST_CASE("fhir import refuses bad input naming the JSON path and changes nothing") {
  const Imported imported;
  require(imported.result);
  const FhirClinic& clinic = imported.clinic;
  const std::string bytes = readBytes(clinic.database());
  const std::string shown = clinic.cli("patients show H-77").output;

  const std::string patient = R"({"resourceType": "Patient", "identifier": [{"system": "urn:motus:chart-number",
    "value": "C-3"}], "name": [{"family": "Okoye", "given": ["Ngozi"]}])";
  const std::string bundle = R"({"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl":
    "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e21", "resource": )" +
                             patient + "}";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"resourceType\": \"Patient\", ",
       "is not valid JSON: the text ends before the object is closed at line 1, column 29, in Patient."},
      {"{\"resourceType\": \"Patient\",\n \"name\": [{\"family\": \"Okoye\"}\n}",
       "is not valid JSON: expected ',' or ']' at line 3, column 1, in Patient.name."},
      {"[1, 2]", "holds an array, not a FHIR resource"},
      {R"({"name": "x"})", "$.resourceType is missing"},
      {R"({"resourceType": 5})", "$.resourceType must be a string, not a number"},
      {R"({"resourceType": "Observation", "status": "final"})", "The file is a FHIR Observation"},
      {R"({"resourceType": "Patient", "identifier": [{"system": "urn:motus:chart-number", "value": "C-3"}],
          "name": "Okoye"})",
       "Patient.name must be an array, not a string"},
      {patient + R"(, "birthDate": "30/07/1961"})", "Patient.birthDate '30/07/1961' is not a FHIR date"},
      {patient + R"(, "birthDate": "1961-02-30"})", "Patient.birthDate '1961-02-30' is not a real date"},
      {patient + ", \"gender\": \"female\", \"address\": [{\"city\": \"Lagos\xC0\"}]}",
       "Patient.address[0].city is not UTF-8 text"},
      {R"({"resourceType": "Patient", "name": [{"family": "Okoye"}]})", "Patient.identifier has no chart number"},
      {R"({"resourceType": "Patient", "identifier": [{"system": "urn:motus:chart-number", "value": "C-3"}],
          "name": [{"given": ["Ngozi"]}]})",
       "Patient.name[0].family is missing"},
      {R"({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Condition"}}]})",
       "The Bundle has no Patient entry"},
      {bundle + R"(}, {"resource": {"resourceType": "Condition", "code": {"coding": {"code": "1"}},
          "subject": {"reference": "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e21"}}}]})",
       "Bundle.entry[1].resource.code.coding must be an array, not an object"},
      {bundle + R"(}, {"resource": {"resourceType": "Condition", "code": {"text": "Osteoporosis", "coding": [
          {"system": "http://snomed.info/sct", "code": "64859006"}]},
          "subject": {"reference": "Patient/someone-else"}}}]})",
       "Bundle.entry[1].resource.subject.reference 'Patient/someone-else' is not the Patient in this file"},
      {bundle + R"(}, {"resource": )" + patient + "}}]}", "Bundle.entry[1].resource is a second Patient"},
      {bundle + R"(}, {"resource": {"code": {"text": "x"}}}]})", "Bundle.entry[1].resource.resourceType is missing"},
      {bundle + R"(}, {"resource": {"resourceType": "Condition", "code": {"text": "x", "coding": [
          {"system": "http://snomed.info/sct", "code": "64859006"}]}, "onsetDateTime": "last spring"}}]})",
       "Bundle.entry[1].resource.onsetDateTime 'last spring' is not a FHIR date"},
      // Well-formed FHIR that Motus's own rules refuse: a condition that starts in the future.
      {bundle + R"(}, {"resource": {"resourceType": "Condition", "code": {"text": "x", "coding": [
          {"system": "http://snomed.info/sct", "code": "64859006"}]}, "onsetDateTime": "2999-01-01"}}]})",
       "is in the future"},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& [json, message] = cases[i];
    const std::string file = clinic.file("bad-" + std::to_string(i) + ".json").string();
    writeBytes(file, json);
    const CommandResult result = clinic.cli("fhir import " + shellQuoted(file));
    INFO("case " << i << ": " << json);
    INFO(result.output);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Contains(message));
    CHECK(readBytes(clinic.database()) == bytes);
  }
  CHECK(clinic.cli("patients show H-77").output == shown);
  CHECK_THAT(clinic.cli("patients show C-3").output, Contains("No patient has the chart number 'C-3'"));
  const CommandResult missing = clinic.cli("fhir import " + shellQuoted(clinic.file("nowhere.json").string()));
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.output, Contains("Could not open"));
}

TEST_CASE("fhir import reads the chart number from the identifier system the clinic names") {
  Imported imported(R"({"resourceType": "Patient", "identifier": [
      {"system": "http://hospital.example.org/mrn", "value": "H-1"},
      {"system": "http://clinic.example.org/charts", "value": "RC-9"}],
    "name": [{"family": "Okoye"}]})");
  require(imported.result, 1);
  CHECK_THAT(imported.result.output, Contains("--identifier-system"));
  const CommandResult named = imported.clinic.cli("fhir import --identifier-system http://clinic.example.org/charts " +
                                                  shellQuoted(imported.clinic.file("referral.json").string()));
  require(named);
  CHECK_THAT(named.output, Contains("Created patient RC-9 (Okoye)"));
  const CommandResult spaced = imported.clinic.cli("fhir import --identifier-system 'my charts' " +
                                                   shellQuoted(imported.clinic.file("referral.json").string()));
  require(spaced, 2);
  CHECK_THAT(spaced.output, Contains("--identifier-system takes a URI without spaces"));
}

TEST_CASE("fhir import says what it could not keep as it was: a birth year alone and a condition entered in error") {
  const Imported imported(R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e31", "resource": {"resourceType": "Patient",
      "identifier": [{"system": "urn:motus:chart-number", "value": " D-4 "}],
      "name": [{"family": "Haddad", "given": ["Omar"]}], "birthDate": "1950"}},
    {"resource": {"resourceType": "Condition",
      "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                          "code": "entered-in-error"}]},
      "code": {"coding": [{"system": "http://snomed.info/sct", "code": "64859006"}], "text": "Osteoporosis"},
      "subject": {"reference": "urn:uuid:0c3a7f52-8d44-4c5e-9a61-2f1b3c4d5e31"}}}]})");
  REQUIRE(validateFhir(imported.clinic.file("referral.json")).valid);
  require(imported.result);
  CHECK_THAT(imported.result.output, Contains("Created patient D-4 (Haddad, Omar)"));
  CHECK_THAT(imported.result.output, Contains("date of birth given only as 1950 (Motus keeps a whole date)"));
  CHECK_THAT(imported.result.output, Contains("Condition Osteoporosis (SNOMED 64859006), entered in error"));
  CHECK_THAT(imported.result.output, !Contains("Conditions added"));
  const CommandResult shown = imported.clinic.cli("patients show D-4");
  require(shown);
  CHECK_THAT(shown.output, Contains("Conditions: none recorded"));
}
