// The motus-cli command table.
//
// To add a command, add one entry to kCommands below, where it should appear in `motus-cli --help`:
//
//   {"programs remove-item", "ID NUMBER", "take an exercise out of a draft program",
//    {{"yes", "", "Confirm the removal."}},  // options only this command takes ({} for none)
//    {kRecords},                             // shared groups it takes too ({} for none)
//    runPrograms},                           // the function that runs it
//
// - words: what the user types to choose it (the longest match wins). The function still sees
//   every word in Invocation::words: words[0] == "programs", words[1] == "remove-item", then the
//   arguments, so one function may run a whole family of commands by its second word.
// - synopsis: its arguments. NAME is required, [NAME] optional, NAME... or [NAME...] takes any
//   number. The parser counts them, so the function never sees too few or too many.
// - options: an option the entry does not list is refused before the function runs. An option
//   shared by several commands belongs in a group (kDosage, kRecords, ...), defined once here;
//   the function reads it with invocation.value("name") or invocation.flag("name").
// - the function has the CommandFunction signature (command_table.hpp), is declared in
//   commands.hpp and returns the exit status.
// Nothing else: `motus-cli --help`, `motus-cli COMMAND --help`, the usage messages and the tests
// in tests/integration/cli_command_table_test.cpp all read the new entry from here.
#include "command_table.hpp"

#include "commands.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace motus::cli {
namespace {

constexpr OptionSpec kCatalogFilterOptions[] = {
    {"search", "TEXT", "Words to search for in names, purposes, steps and tags.", "s", true},
    {"region", "CODE", "Only exercises for this body region (repeat for more).", "r", true},
    {"equipment", "CODE", "Only exercises that use this equipment.", "e", true},
    {"position", "CODE", "Only exercises done in this position.", "p", true},
    {"goal", "CODE", "Only exercises with this goal.", "g", true},
    {"plugin", "ID", "Only exercises from this plugin id.", "", true},
    {"difficulty", "LEVEL", "Only exercises of this level: beginner, intermediate, advanced.", "d"},
};

constexpr OptionSpec kPluginLoadingOptions[] = {
    {"plugin-path", "PATH", "Also load plugins from this folder or file (before the defaults).", "", true},
    {"rescan", "", "Scan every plugin file again instead of using the plugin index."},
};

constexpr OptionSpec kRecordsOptions[] = {
    {"database", "FILE", "The database file (default: $MOTUS_DATABASE, else the user's data folder)."},
    {"create", "",
     "Create the database if the file is missing, or start one in an empty file. Without it, only the user's data "
     "folder's database is made on first use."},
    {"clinician", "NAME", "Who is acting, for the audit log (default: $MOTUS_CLINICIAN)."},
};

constexpr OptionSpec kPatientDetailsOptions[] = {
    {"chart", "TEXT", "Chart number."}, {"family", "TEXT", "Family name."},
    {"given", "TEXT", "Given name."},   {"born", "DATE", "Date of birth, YYYY-MM-DD."},
    {"phone", "TEXT", "Phone."},        {"email", "TEXT", "Email."},
    {"notes", "TEXT", "Notes."},
};

constexpr OptionSpec kDosageOptions[] = {
    {"sets", "N", "Sets, e.g. 2 or 2-3."},
    {"reps", "N", "Repetitions, e.g. 10-15."},
    {"hold", "SECONDS", "Hold, in seconds."},
    {"duration", "SECONDS", "Time-based work, in seconds."},
    {"rest", "SECONDS", "Rest between sets, in seconds."},
    {"side", "SIDE", "left, right, both or each-side."},
    {"load", "TEXT", "Load, e.g. \"light band\"."},
    {"per-day", "N", "Times a day."},
    {"per-week", "N", "Days a week."},
    {"minutes", "N", "Minutes per session."},
};

const OptionGroup kCatalogFilters{"Catalog filters", kCatalogFilterOptions};
const OptionGroup kPluginLoading{"Plugins", kPluginLoadingOptions};
const OptionGroup kRecords{"Records", kRecordsOptions};
const OptionGroup kDatabaseOnly{"Records", std::span(kRecordsOptions).first(1)};  // no audit entry to sign
const OptionGroup kPatientDetails{"Patient details", kPatientDetailsOptions};
const OptionGroup kDosage{"Dosage (what is not given comes from the exercise)", kDosageOptions};

constexpr OptionSpec kGlobalOptions[] = {
    {"help", "", "Show this help; after a command, that command's usage and options.", "h"},
    {"version", "", "Show the version of motus-cli and of the plugin API.", "V"},
    {"verbose", "", "Also write the lines that go in Motus's log to stderr."},
};

// Two commands print only to out; the table wants every function to take err as well.
int listPluginsCommand(const Invocation& invocation, std::ostream& out, std::ostream&) {
  return listPlugins(invocation, out);
}
int runCheckCommand(const Invocation& invocation, std::ostream& out, std::ostream&) {
  return runCheck(invocation, out);
}

const std::vector<Command> kCommands = {
    // The exercise library and its plugins
    {"plugins", "", "every plugin found, with its version, state and reason", {}, {kPluginLoading}, listPluginsCommand},
    {"exercises",
     "[WORDS...]",
     "the exercise library, filtered by WORDS and the options",
     {{"patient", "CHART", "Only exercises suitable for this patient (chart number); Caution ones are marked."}},
     {kCatalogFilters, kPluginLoading, kRecords},
     listExercises},
    {"exercise show",
     "ID",
     "everything about one exercise (ID as plugin/exercise)",
     {},
     {kPluginLoading},
     showExercise},
    {"plugin check", "FILE", "load and check one plugin file alone; exit 1 on problems", {}, {}, checkPlugin},
    {"contact-sheet",
     "",
     "every exercise's pictures on one page, for review (needs --html)",
     {{"html", "FILE", "Write the HTML page to this file."}},
     {kCatalogFilters, kPluginLoading},
     writeContactSheet},
    {"vocabulary",
     "[NAME]",
     "every code a plugin may use, with its label (NAME: conditions, regions, ...)",
     {},
     {},
     listVocabulary},

    // Patients and their conditions
    {"patients add", "", "add a patient (needs --chart and --family)", {}, {kPatientDetails, kRecords}, runPatients},
    {"patients edit",
     "CHART",
     "change a patient's details: only the options given change",
     {},
     {kPatientDetails, kRecords},
     runPatients},
    {"patients list",
     "",
     "every patient not archived",
     {{"archived", "", "Include archived patients."}},
     {kRecords},
     runPatients},
    {"patients search",
     "[WORDS...]",
     "patients whose name or chart number starts with WORDS",
     {{"archived", "", "Include archived patients."}},
     {kRecords},
     runPatients},
    {"patients show", "CHART", "a patient's details, conditions and programs", {}, {kRecords}, runPatients},
    {"patients archive", "CHART", "hide a patient from the lists, keeping every record", {}, {kRecords}, runPatients},
    {"patients unarchive", "CHART", "bring an archived patient back", {}, {kRecords}, runPatients},
    {"patients delete",
     "CHART",
     "remove a patient and every program for good (needs --yes)",
     {{"yes", "", "Confirm a deletion that cannot be undone."}},
     {kRecords},
     runPatients},
    {"conditions add",
     "CHART CODE",
     "record a condition (CODE from 'motus-cli vocabulary conditions')",
     {{"note", "TEXT", "A note on the condition."}, {"since", "DATE", "Since when, YYYY[-MM[-DD]]."}},
     {kRecords},
     runConditions},
    {"conditions remove", "CHART CODE", "remove a condition from a patient", {}, {kRecords}, runConditions},

    // Programs and templates
    {"programs new",
     "CHART",
     "start a draft program for a patient",
     {{"title", "TEXT", "The program's title (default: Home exercise program)."}},
     {kRecords},
     runPrograms},
    {"programs list", "CHART", "a patient's programs", {}, {kRecords}, runPrograms},
    {"programs show", "ID", "a program's exercises, dosages and screening findings", {}, {kRecords}, runPrograms},
    {"programs issue", "ID", "issue a draft program; after that it never changes", {}, {kRecords}, runPrograms},
    {"programs add-item",
     "ID EXERCISE",
     "add an exercise to a draft program, with its dosage",
     {{"note", "TEXT", "The therapist's note on this exercise."},
      {"override", "REASON", "Why an Avoid finding is overridden for this patient."}},
     {kDosage, kRecords, kPluginLoading},
     runPrograms},
    {"programs copy-last", "CHART", "a new draft from the patient's last issued program", {}, {kRecords}, runPrograms},
    {"programs new-version", "ID", "a new draft that will replace an issued program", {}, {kRecords}, runPrograms},
    {"programs override",
     "ID NUMBER",
     "record why exercise NUMBER is safe despite an Avoid finding (needs --override)",
     {{"override", "REASON", "Why the Avoid finding is overridden for this patient."}},
     {kRecords},
     runPrograms},
    {"programs edit-item",
     "ID NUMBER",
     "change the dosage or note of exercise NUMBER of a draft program",
     {{"note", "TEXT", "The therapist's note on this exercise."}},
     {kDosage, kRecords},
     runPrograms},
    {"programs move-item",
     "ID FROM TO",
     "move an exercise of a draft program to another place",
     {},
     {kRecords},
     runPrograms},
    {"programs remove-item", "ID NUMBER", "take exercise NUMBER out of a draft program", {}, {kRecords}, runPrograms},
    {"programs rename",
     "ID",
     "give a draft program a new title (needs --title)",
     {{"title", "TEXT", "The program's new title."}},
     {kRecords},
     runPrograms},
    {"programs delete-draft",
     "ID",
     "delete a draft program (issued ones are kept for good)",
     {},
     {kRecords},
     runPrograms},
    {"templates save",
     "NAME",
     "save a program's exercises as a template (needs --from-program)",
     {{"from-program", "ID", "The program to copy the exercises from."}},
     {kRecords},
     runTemplates},
    {"templates assign",
     "NAME",
     "copy a template's exercises into a program (needs --program)",
     {{"program", "ID", "The program to copy the exercises into."}},
     {kRecords},
     runTemplates},
    {"templates rename", "NAME NEW_NAME", "give a template a new name", {}, {kRecords}, runTemplates},
    {"templates delete",
     "NAME",
     "delete a template; programs made from it keep their exercises",
     {},
     {kRecords},
     runTemplates},
    {"templates list", "", "every template", {}, {kRecords}, runTemplates},

    // The clinic and its handouts
    {"clinic show", "", "the clinic's details, which head every handout", {}, {kRecords}, runClinic},
    {"clinic set",
     "",
     "change the clinic's details: only the options given change",
     {{"name", "TEXT", "The clinic's name."},
      {"address", "TEXT", "The clinic's address."},
      {"phone", "TEXT", "The clinic's phone."},
      {"email", "TEXT", "The clinic's email."},
      {"logo", "FILE", "A PNG, JPEG or SVG logo file."}},
     {kRecords},
     runClinic},
    {"handout",
     "PROGRAM_ID",
     "the patient's handout of an issued program (needs --pdf or --html)",
     {{"pdf", "FILE", "Write the PDF handout to this file."},
      {"html", "FILE", "Write the HTML handout to this file."},
      {"force", "", "Replace a file already there (without it, an existing file is refused)."},
      {"paper", "SIZE", "a4 (default) or letter."},
      {"layout", "NAME", "compact (default: several exercises a page) or one-per-page."},
      {"large-print", "", "Body text at 16 pt instead of 12 pt."},
      {"regular-print", "", "Body text at 12 pt again, after --large-print."},
      {"no-pictures", "", "Leave the pictures out."},
      {"pictures", "", "Put the pictures back in, after --no-pictures."},
      {"log-weeks", "N", "Weeks of tick boxes in the log (default 2; 0 for none)."},
      {"education", "IDS", "Education topics to add, as plugin/topic,..."}},
     {kRecords, kPluginLoading},
     runHandout},

    // Records in and out
    {"export",
     "FILE [CHART...]",
     "write the clinic's records (or these patients', or its templates) to a Motus archive",
     {{"templates", "", "Only the templates, to share protocols with another clinic."}},
     {kRecords},
     runExport},
    {"import",
     "FILE",
     "bring a Motus archive into the database, all of it or nothing",
     {{"skip-existing", "", "Leave patients (and templates) already in the database as they are; import the rest."},
      {"renumber", "", "Import patients whose chart number is taken as CHART-2 (the first free), templates as NAME (2)."}},
     {kRecords},
     runImport},

    // FHIR R4 for EHRs (docs/fhir.md)
    {"fhir export",
     "CHART",
     "the patient's record as a FHIR R4 Bundle: Patient, Conditions, a CarePlan per issued program",
     {{"output", "FILE", "Write the Bundle to this file (default: standard output)."},
      {"force", "", "Replace a file already there (without it, an existing file is refused)."},
      {"identifier-system", "URI", "The identifier system of the chart number (default: urn:motus:chart-number)."}},
     {kRecords},
     runFhir},
    {"fhir import",
     "FILE",
     "create or update a patient from an EHR's FHIR R4 referral (a Bundle or a Patient)",
     {{"identifier-system", "URI",
       "Which of the Patient's identifiers is the chart number (default: urn:motus:chart-number, else type MR)."}},
     {kRecords},
     runFhir},

    // Looking after the database
    {"backup", "FILE", "copy the database to a new file; it stays in use meanwhile", {}, {kRecords}, runBackup},
    {"restore",
     "FILE",
     "replace the database with a backup, keeping the replaced one aside",
     {},
     {kDatabaseOnly},
     runRestore},
    {"check",
     "",
     "the database's integrity, its protections and every record's fingerprint; exit 1 on a problem",
     {},
     {kRecords},
     runCheckCommand},
    {"audit verify",
     "",
     "check the audit log's chain and its record kept outside the database; exit 1 if either fails",
     {{"trust-current", "",
       "Keep this log's newest row as the record from now on (after replacing the database file yourself)."}},
     {kRecords},
     runAudit},
    {"audit list", "", "every entry of the audit log", {}, {kRecords}, runAudit},
};

}  // namespace

const std::vector<Command>& commandTable() { return kCommands; }

std::span<const OptionSpec> globalOptions() { return kGlobalOptions; }

ArgumentCount argumentCount(const Command& command) {
  ArgumentCount count;
  std::string_view rest = command.synopsis;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    const std::string_view name = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (name.empty()) continue;
    if (!name.starts_with('[')) ++count.least;
    if (name.ends_with("...") || name.ends_with("...]")) {
      count.most = SIZE_MAX;
    } else if (count.most != SIZE_MAX) {
      ++count.most;
    }
  }
  return count;
}

std::vector<OptionSpec> optionsOf(const Command& command) {
  std::vector<OptionSpec> options = command.options;
  for (const OptionGroup& group : command.groups)
    options.insert(options.end(), group.options.begin(), group.options.end());
  options.insert(options.end(), std::begin(kGlobalOptions), std::end(kGlobalOptions));
  return options;
}

}  // namespace motus::cli
