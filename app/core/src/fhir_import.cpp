// A referral from an EHR into the patient's record. The EHR is trusted for who the patient is
// (names, birth date, contacts: given values replace ours); the therapist's own entries win for
// conditions already recorded. Nothing the referral says is dropped without a word: what cannot
// become a Motus condition goes into the patient's notes, and the report says what happened.
#include <motus/core/fhir.hpp>
#include <motus/core/snomed_conditions.hpp>
#include <motus/core/text_folding.hpp>
#include <motus/sdk/vocabulary.hpp>

#include "fhir_reader.hpp"
#include "records_input.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace motus::core {
namespace {

using fhir_reader::Node;

constexpr std::size_t kMaxBytes = 32 * 1024 * 1024;  // a referral is kilobytes; this is not one

struct Referral {
  std::optional<Node> patient;
  std::string patient_url;  // its fullUrl, to check the Conditions' subject
  std::vector<Node> conditions;
  std::map<std::string, int> ignored;  // resource type -> how many
};

Referral referralOf(const Node& root, const std::string& type) {
  Referral referral;
  if (type == "Patient") {
    referral.patient = root;
    return referral;
  }
  if (type != "Bundle") {
    throw FhirInputError("The file is a FHIR " + type + " (resourceType). motus-cli fhir import reads a Bundle " +
                         "with a Patient and its Conditions, or a Patient alone.");
  }
  for (const Node& entry : root.objects("entry")) {
    const std::optional<Node> resource = entry.object("resource");
    if (!resource) continue;  // a response entry without a resource carries nothing to import
    const std::optional<std::string> kind = resource->text("resourceType");
    if (!kind) throw FhirInputError(resource->pathOf("resourceType") + " is missing: every resource names its type.");
    if (*kind == "Patient") {
      if (referral.patient) {
        throw FhirInputError(resource->path() + " is a second Patient (the first is " + referral.patient->path() +
                             "). Send one patient's referral per file.");
      }
      referral.patient = resource;
      referral.patient_url = entry.text("fullUrl").value_or("");
    } else if (*kind == "Condition") {
      referral.conditions.push_back(*resource);
    } else {
      ++referral.ignored[*kind];
    }
  }
  if (!referral.patient) {
    throw FhirInputError("The Bundle has no Patient entry. A referral names its patient: add the Patient resource.");
  }
  return referral;
}

bool hasCoding(const Node& codeable, const std::string& system, const std::string& code) {
  for (const Node& coding : codeable.objects("coding")) {
    if (coding.text("system").value_or("") == system && coding.text("code").value_or("") == code) return true;
  }
  return false;
}

std::string chartNumberOf(const Node& patient, const FhirOptions& options) {
  const std::vector<Node> identifiers = patient.objects("identifier");
  for (const Node& identifier : identifiers) {
    const std::string value = identifier.text("value").value_or("");
    if (identifier.text("system").value_or("") == options.identifier_system && !value.empty()) return value;
  }
  // An EHR writes its own system; its medical record number (type MR) is the chart number.
  for (const Node& identifier : identifiers) {
    const std::string value = identifier.text("value").value_or("");
    const std::optional<Node> type = identifier.object("type");
    if (type && hasCoding(*type, "http://terminology.hl7.org/CodeSystem/v2-0203", "MR") && !value.empty()) return value;
  }
  throw FhirInputError(patient.pathOf("identifier") +
                       " has no chart number: Motus reads the identifier whose system is " + options.identifier_system +
                       ", or else one of type MR (medical record number). Add one, or " +
                       "name the EHR's system with --identifier-system.");
}

// The official name, else the usual one, else the first.
Node nameOf(const Node& patient) {
  const std::vector<Node> names = patient.objects("name");
  if (names.empty()) throw FhirInputError(patient.pathOf("name") + " is missing: Motus needs the patient's name.");
  for (const char* use : {"official", "usual"}) {
    for (const Node& name : names) {
      if (name.text("use").value_or("") == use) return name;
    }
  }
  return names.front();
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    text += (text.empty() ? "" : separator) + part;
  }
  return text;
}

// A FHIR date or dateTime cut to what Motus keeps: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
std::string datePart(const std::string& value, const std::string& path) {
  static const std::regex kDate(R"(^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)");
  std::smatch match;
  const bool whole_date = std::regex_search(value, match, kDate);
  const std::string date = whole_date ? match.str(0) : std::string();
  const std::string rest = value.substr(date.size());
  if (date.empty() || (!rest.empty() && (date.size() != 10 || rest.front() != 'T'))) {
    throw FhirInputError(path + " '" + displayable(value) + "' is not a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD).");
  }
  if (date.size() == 10 && !isIsoDate(date)) {
    throw FhirInputError(path + " '" + displayable(value) + "' is not a real date.");
  }
  return date;
}

// "SNOMED 44054006", or the code with its system, for the note a person reads.
std::string codeDescription(const Node& codeable) {
  const std::vector<Node> codings = codeable.objects("coding");
  for (const Node& coding : codings) {
    if (coding.text("system").value_or("") == kSnomedSystem && coding.has("code"))
      return "SNOMED " + *coding.text("code");
  }
  for (const Node& coding : codings) {
    if (coding.has("code")) return coding.text("system").value_or("no system") + " " + *coding.text("code");
  }
  return "";
}

std::string firstStatus(const Node& condition, const std::string& key) {
  const std::optional<Node> status = condition.object(key);
  if (!status) return "";
  for (const Node& coding : status->objects("coding")) {
    if (const auto code = coding.text("code")) return *code;
  }
  return "";
}

std::optional<std::string> motusCodeOf(const Node& codeable) {
  const std::vector<Node> codings = codeable.objects("coding");
  for (const Node& coding : codings) {  // our own code, from a Bundle Motus wrote, says it exactly
    const std::string code = coding.text("code").value_or("");
    if (coding.text("system").value_or("") == kMotusConditionSystem && sdk::isKnownCode(sdk::kConditions, code))
      return code;
  }
  for (const Node& coding : codings) {
    if (coding.text("system").value_or("") != kSnomedSystem) continue;
    if (const auto row = conditionForSnomed(coding.text("code").value_or(""))) return std::string(row->condition);
  }
  return std::nullopt;
}

class ImportPlan {
 public:
  ImportPlan(const Records& records, const std::string& today) : records_(records), today_(today) {}

  void readPatient(const Referral& referral, const FhirOptions& options) {
    const Node& patient = *referral.patient;
    report.chart_number = input::trimmed(chartNumberOf(patient, options));  // as Records keeps it
    existing_ = records_.store().findPatientByChart(report.chart_number);
    report.created = !existing_;
    if (existing_) {
      details_ = existing_->details;
      conditions_ = records_.store().conditions(existing_->id);
      report.patient = existing_->id;
    }
    details_.chart_number = report.chart_number;
    const Node name = nameOf(patient);
    const std::string family = name.text("family").value_or("");
    if (family.empty()) {
      throw FhirInputError(name.pathOf("family") + " is missing: Motus needs the patient's family name.");
    }
    take("family name", details_.family_name, family);
    take("given name", details_.given_name, joined(name.texts("given"), " "));
    report.name = family + (details_.given_name.empty() ? "" : ", " + details_.given_name);
    if (const auto born = patient.text("birthDate")) {
      const std::string date = datePart(*born, patient.pathOf("birthDate"));
      if (date.size() == 10) {
        take("date of birth", details_.birth_date, date);
      } else {
        note("date of birth given only as " + date + " (Motus keeps a whole date)");
      }
    }
    // The first phone and the first email: Motus keeps one of each.
    std::optional<std::string> phone;
    std::optional<std::string> email;
    for (const Node& point : patient.objects("telecom")) {
      const std::string system = point.text("system").value_or("");
      const std::string value = point.text("value").value_or("");
      if (value.empty()) continue;
      if (system == "phone" && !phone) phone = value;
      if (system == "email" && !email) email = value;
    }
    take("phone", details_.phone, phone.value_or(""));
    take("email", details_.email, email.value_or(""));
  }

  void readCondition(const Node& condition, const Referral& referral) {
    checkSubject(condition, referral);
    const std::optional<Node> code = condition.object("code");
    if (!code) throw FhirInputError(condition.pathOf("code") + " is missing: a Condition says what the condition is.");
    std::string label = code->text("text").value_or("");
    for (const Node& coding : code->objects("coding")) {
      if (label.empty()) label = coding.text("display").value_or("");
    }
    if (label.empty()) label = "a condition without a name";
    const std::string described = codeDescription(*code);
    const std::string named = label + (described.empty() ? "" : " (" + described + ")");

    const std::string verification = firstStatus(condition, "verificationStatus");
    const std::string clinical = firstStatus(condition, "clinicalStatus");
    if (verification == "entered-in-error") {
      report.ignored.push_back("Condition " + named + ", entered in error");
      return;
    }
    if (verification == "refuted" || clinical == "inactive" || clinical == "remission" || clinical == "resolved") {
      note(named + ", " + (verification == "refuted" ? std::string("refuted") : clinical) + " in the referral");
      return;
    }
    const std::optional<std::string> motus = motusCodeOf(*code);
    if (!motus) {
      note(named + ", not in Motus's condition list");
      return;
    }
    const std::string motus_label(sdk::labelOf(sdk::kConditions, *motus));
    std::vector<std::string> notes;
    for (const Node& item : condition.objects("note")) notes.push_back(item.text("text").value_or(""));
    const std::string note_text = joined(notes, " ");
    const auto same = [&](const db::PatientCondition& c) { return c.code == *motus; };
    if (const auto found = std::find_if(conditions_.begin(), conditions_.end(), same); found != conditions_.end()) {
      if (added_codes_.contains(*motus)) {
        // A second Condition of this referral for the same Motus condition (dizziness, then
        // vertigo): one condition, with both notes.
        if (!note_text.empty() && found->note.find(note_text) == std::string::npos) {
          found->note = joined({found->note, note_text}, " ");
        }
      } else if (std::find(report.conditions_kept.begin(), report.conditions_kept.end(), motus_label) ==
                 report.conditions_kept.end()) {
        report.conditions_kept.push_back(motus_label);
      }
      return;
    }
    db::PatientCondition added{*motus, note_text, ""};
    if (const auto onset = condition.text("onsetDateTime")) {
      added.since = datePart(*onset, condition.pathOf("onsetDateTime"));
    } else if (const auto period = condition.object("onsetPeriod")) {
      if (const auto start = period->text("start")) added.since = datePart(*start, period->pathOf("start"));
    }
    conditions_.push_back(added);
    added_codes_.insert(*motus);
    report.conditions_added.push_back(motus_label);
    changed_ = true;
  }

  void save(Records& records) {
    for (const std::string& line : notes_) details_.notes += (details_.notes.empty() ? "" : "\n") + line;
    report.changed = changed_ || report.created;
    if (!report.changed) return;
    report.patient =
        records.savePatientRecord(existing_ ? std::optional(existing_->id) : std::nullopt, details_, conditions_);
  }

  FhirImportReport report;

 private:
  // A value the referral gives replaces ours; one it leaves out keeps ours.
  void take(const char* what, std::string& field, const std::string& given) {
    const std::string value = input::trimmed(given);
    if (value.empty() || value == field) return;
    field = value;
    changed_ = true;
    if (existing_) report.details_changed.emplace_back(what);
  }

  // A line for the notes, once: importing the same referral again (even another day) adds none.
  void note(const std::string& text) {
    if (details_.notes.find(text) != std::string::npos) return;
    if (std::find(notes_.begin(), notes_.end(), "From referral " + today_ + ": " + text) != notes_.end()) return;
    notes_.push_back("From referral " + today_ + ": " + text);
    report.notes_added.push_back(notes_.back());
    changed_ = true;
  }

  // A Condition about someone else must not land on this patient's record.
  void checkSubject(const Node& condition, const Referral& referral) const {
    const std::optional<Node> subject = condition.object("subject");
    const std::string target = subject ? subject->text("reference").value_or("") : "";
    if (target.empty()) return;
    const std::string id = referral.patient->text("id").value_or("");
    const std::string& url = referral.patient_url;
    const bool known = !url.empty() || !id.empty();
    const bool matches = target == url || (!id.empty() && target == "Patient/" + id) ||
                         (!url.empty() && url.size() > target.size() && url.ends_with("/" + target));
    if (known && !matches) {
      throw FhirInputError(subject->pathOf("reference") + " '" + displayable(target) +
                           "' is not the Patient in this file. Send one patient's referral per file.");
    }
  }

  const Records& records_;
  std::string today_;
  std::optional<db::Patient> existing_;
  db::PatientDetails details_;
  std::vector<db::PatientCondition> conditions_;
  std::set<std::string> added_codes_;  // conditions this import adds
  std::vector<std::string> notes_;
  bool changed_ = false;
};

}  // namespace

FhirImportReport importFhir(Records& records, const std::string& json, const std::string& today,
                            const FhirOptions& options) {
  if (json.size() > kMaxBytes) {
    throw FhirInputError("The file is " + std::to_string(json.size() / (1024 * 1024)) +
                         " MiB: too large for a referral. Send the Patient and its Conditions only.");
  }
  const auto document = fhir_reader::parseDocument(json, "The file");
  const Node top(document, "$");
  const std::optional<std::string> type = top.text("resourceType");
  if (!type) {
    throw FhirInputError(
        "$.resourceType is missing: the file is not a FHIR resource. motus-cli fhir import reads a "
        "Bundle or a Patient.");
  }
  const Node root(document, *type);
  const Referral referral = referralOf(root, *type);
  ImportPlan plan(records, today);
  plan.readPatient(referral, options);
  for (const Node& condition : referral.conditions) plan.readCondition(condition, referral);
  for (const auto& [kind, count] : referral.ignored) {
    plan.report.ignored.push_back(std::to_string(count) + " " + kind + (count == 1 ? "" : " resources"));
  }
  plan.save(records);
  return plan.report;
}

}  // namespace motus::core
