// The Motus archive through the real motus-cli, on real SQLite files with the built-in plugins: a
// clinic goes out and comes back whole (hostile text included), issued programs reprint byte for
// byte, and every kind of bad archive is refused with its reason and changes nothing. The JSON
// Schema in docs/ is checked with a validator we did not write (Debian's python3-jsonschema).
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include <catch2/catch.hpp>

using namespace motus::test;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

class Clinics {
 public:
  Clinics() { fs::create_directories(folder_ / "home"); }

  CommandResult cli(const std::string& database, const std::string& arguments) const {
    return runCommand("env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME -u XDG_STATE_HOME HOME=" +
                      shellQuoted((folder_ / "home").string()) + " MOTUS_DATABASE=" + shellQuoted(path(database)) +
                      " MOTUS_CLINICIAN='Dr. Lee, PT' " + shellQuoted(MOTUS_CLI) + " " + arguments);
  }
  std::string path(const std::string& name) const { return (folder_ / name).string(); }
  std::string quoted(const std::string& name) const { return shellQuoted(path(name)); }

 private:
  TempFolder folder_{"archive"};
};

void require(const CommandResult& result, int code = 0) {
  INFO(result.output);
  REQUIRE(result.exit_code == code);
}

// Text a person could type that breaks naive code: quotes, markup, a right-to-left override,
// emoji, accents, a tab and a line break.
const std::string kHostileLine = "O'Brien \"Ñandú\" <b>&amp;</b> \u202Eevil\u202C 🦶 \\ / $(true) `id`";
// ... and with a tab and a line break, for the texts that may have them (notes).
const std::string kHostile = kHostileLine + " \t line\nbreak";

// A clinic with everything an archive carries: the profile, patients with conditions (one
// archived), an issued program with an override and a new version of it as a draft, advice, kept
// handout settings, a template.
void fillClinic(const Clinics& clinics, const std::string& db) {
  require(clinics.cli(db, "patients list --create"));
  require(clinics.cli(db, "clinic set --name " + shellQuoted("Riverside " + kHostileLine) +
                              " --address '12 Mill Road' --phone 541-555-0142"));
  require(clinics.cli(db, "patients add --chart A-1001 --family " + shellQuoted(kHostileLine) + " --given " +
                              shellQuoted("مريم") + " --born 1948-03-14 --notes " + shellQuoted(kHostile)));
  require(clinics.cli(db, "conditions add A-1001 osteoporosis --note " + shellQuoted("T-score -2.8 " + kHostileLine) +
                              " --since 2021"));
  require(clinics.cli(db, "conditions add A-1001 fall-risk"));
  require(clinics.cli(db, "programs new A-1001 --title " + shellQuoted("Upper back " + kHostileLine)));
  require(clinics.cli(db, "programs add-item 1 foam-rolling/snow-angel --note " + shellQuoted(kHostile)));
  require(clinics.cli(db, "programs add-item 1 shoulder-care/pendulum --reps 12"));
  require(clinics.cli(db, "programs override 1 1 --override " +
                              shellQuoted("Light arm work only, no pressure on the spine; " + kHostileLine)));
  require(clinics.cli(db, "programs issue 1"));
  require(clinics.cli(db, "handout 1 --pdf " + clinics.quoted(db + "-1.pdf") + " --large-print --paper letter"));
  require(clinics.cli(db, "programs new-version 1"));
  require(clinics.cli(db, "templates save " + shellQuoted("Shoulder " + kHostileLine) + " --from-program 1"));
  require(clinics.cli(db, "patients add --chart B-7 --family Moreau --given Luc"));
  require(clinics.cli(db, "patients archive B-7"));
}

Poco::JSON::Object::Ptr parse(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

// The archive without what differs between two databases holding the same records: when it was
// exported, and the programs' numbers in the archive.
std::string withoutIds(const std::string& text) {
  Poco::JSON::Object::Ptr archive = parse(text);
  archive->remove("exported_at");
  Poco::JSON::Array::Ptr patients = archive->getArray("patients");
  for (std::size_t p = 0; patients && p < patients->size(); ++p) {
    Poco::JSON::Array::Ptr programs = patients->getObject(static_cast<unsigned>(p))->getArray("programs");
    for (std::size_t i = 0; programs && i < programs->size(); ++i) {
      Poco::JSON::Object::Ptr program = programs->getObject(static_cast<unsigned>(i));
      program->remove("id");
      program->remove("previous");
    }
  }
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(archive, out);
  return out.str();
}

// Debian's python3-jsonschema, draft 2020-12, with the schema in docs/: "valid" or its complaint.
CommandResult validate(const std::string& archive) {
  return runCommand(
      "python3 -c " +
      shellQuoted("import json, sys, jsonschema\n"
                  "schema = json.load(open(sys.argv[1]))\n"
                  "jsonschema.Draft202012Validator.check_schema(schema)\n"
                  "errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))\n"
                  "for e in errors: print('/'.join(str(p) for p in e.absolute_path), e.message)\n"
                  "print('valid' if not errors else 'invalid')\n"
                  "sys.exit(1 if errors else 0)") +
      " " + shellQuoted(std::string(MOTUS_SOURCE_DIR) + "/docs/motus-archive.schema.json") + " " +
      shellQuoted(archive));
}

}  // namespace

TEST_CASE("A clinic exported and imported into an empty database exports the same again and reprints byte for byte") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  CommandResult result = clinics.cli("first.sqlite", "export " + clinics.quoted("clinic.motus.json"));
  require(result);
  CHECK_THAT(result.output, Contains("Exported 2 patient(s), 2 program(s), 1 template(s)"));
  CHECK_THAT(clinics.cli("first.sqlite", "audit list").output,
             Contains("export archive clinic.motus.json  archive of the clinic: 2 patient(s), 2 program(s)"));
  const std::string exported = readBytes(clinics.path("clinic.motus.json"));
  INFO(exported.substr(0, 600));
  const CommandResult valid = validate(clinics.path("clinic.motus.json"));
  INFO(valid.output);
  CHECK(valid.exit_code == 0);

  require(clinics.cli("second.sqlite", "patients list --create"));
  result = clinics.cli("second.sqlite", "import " + clinics.quoted("clinic.motus.json"));
  require(result);
  CHECK_THAT(result.output,
             Contains("Imported 2 patient(s) with 1 issued program(s) and 1 draft(s), and 1 template(s)"));
  CHECK_THAT(result.output, Contains("The clinic profile came from the archive"));

  require(clinics.cli("second.sqlite", "export " + clinics.quoted("again.motus.json")));
  CHECK(withoutIds(readBytes(clinics.path("again.motus.json"))) == withoutIds(exported));

  // The handout kept its settings and its fingerprint: the same file, byte for byte.
  result = clinics.cli("second.sqlite", "handout 1 --pdf " + clinics.quoted("second-1.pdf"));
  require(result);
  CHECK(readBytes(clinics.path("second-1.pdf")) == readBytes(clinics.path("first.sqlite-1.pdf")));

  // The records verify, and the log says what was imported, from where, by whom.
  result = clinics.cli("second.sqlite", "check");
  require(result);
  result = clinics.cli("second.sqlite", "audit list");
  CHECK_THAT(result.output, Contains("imported from archive clinic.motus.json (exported ") &&
                                Contains("by Dr. Lee, PT)") && Contains("imported as issued on"));
  require(clinics.cli("second.sqlite", "audit verify"));
  // The issued program is as final here as it was there.
  result = clinics.cli("second.sqlite", "programs add-item 1 shoulder-care/pendulum");
  CHECK(result.exit_code != 0);
  CHECK_THAT(result.output, Contains("was issued and can no longer change"));
}

TEST_CASE("An imported issued program keeps its fingerprint beside records that shift every id") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  require(clinics.cli("first.sqlite", "export " + clinics.quoted("a.motus.json") + " A-1001"));
  // A database with its own patients and programs first, so every imported id is another.
  require(clinics.cli("busy.sqlite", "patients add --chart Z-1 --family Ortiz --create"));
  require(clinics.cli("busy.sqlite", "programs new Z-1 --title 'Walking'"));
  require(clinics.cli("busy.sqlite", "programs new Z-1 --title 'Balance'"));
  require(clinics.cli("busy.sqlite", "import " + clinics.quoted("a.motus.json")));
  const CommandResult listed = clinics.cli("busy.sqlite", "programs list A-1001");
  INFO(listed.output);
  CHECK_THAT(listed.output, Contains("#3"));
  require(clinics.cli("busy.sqlite", "handout 3 --pdf " + clinics.quoted("busy-3.pdf")));
  CHECK(readBytes(clinics.path("busy-3.pdf")) == readBytes(clinics.path("first.sqlite-1.pdf")));
  require(clinics.cli("busy.sqlite", "check"));
  // Its next version is made here and links to it.
  require(clinics.cli("busy.sqlite", "programs new-version 3"));
}

TEST_CASE("A chart number already in the database is refused by default, skipped or renumbered when asked") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  require(clinics.cli("first.sqlite", "export " + clinics.quoted("clinic.motus.json")));
  const std::string before = readBytes(clinics.path("first.sqlite"));

  CommandResult result = clinics.cli("first.sqlite", "import " + clinics.quoted("clinic.motus.json"));
  require(result, 1);
  CHECK_THAT(result.output, Contains("chart number(s) B-7, A-1001 belong to patients in this database already") &&
                                Contains("--skip-existing") && Contains("--renumber") &&
                                Contains("The database was not changed."));
  CHECK(readBytes(clinics.path("first.sqlite")) == before);

  result = clinics.cli("first.sqlite", "import " + clinics.quoted("clinic.motus.json") + " --skip-existing");
  require(result);
  CHECK_THAT(result.output,
             Contains("Imported 0 patient(s)") && Contains("Skipped (chart numbers here already): B-7, A-1001"));

  result = clinics.cli("first.sqlite", "import " + clinics.quoted("clinic.motus.json") + " --renumber");
  require(result);
  CHECK_THAT(result.output,
             Contains("Imported 2 patient(s)") && Contains("Renumbered: B-7 as B-7-2, A-1001 as A-1001-2"));
  CHECK_THAT(result.output, Contains("Templates renamed:"));
  CHECK_THAT(clinics.cli("first.sqlite", "patients show A-1001-2").output, Contains("osteoporosis"));
  require(clinics.cli("first.sqlite", "check"));
}

TEST_CASE("A chart number that differs only in capital letters is the same chart when importing") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  require(clinics.cli("first.sqlite", "export " + clinics.quoted("clinic.motus.json")));
  require(clinics.cli("second.sqlite", "patients list --create"));
  require(clinics.cli("second.sqlite", "patients add --chart b-7 --family Other"));
  const std::string before = readBytes(clinics.path("second.sqlite"));

  CommandResult result = clinics.cli("second.sqlite", "import " + clinics.quoted("clinic.motus.json"));
  require(result, 1);
  CHECK_THAT(result.output, Contains("chart number(s) B-7 belong to patients in this database already"));
  CHECK(readBytes(clinics.path("second.sqlite")) == before);

  result = clinics.cli("second.sqlite", "import " + clinics.quoted("clinic.motus.json") + " --renumber");
  require(result);
  CHECK_THAT(result.output, Contains("Renumbered: B-7 as B-7-2"));
  CHECK_THAT(clinics.cli("second.sqlite", "patients show b-7").output, Contains("Other"));
  CHECK_THAT(clinics.cli("second.sqlite", "patients show B-7-2").output, Contains("Moreau"));
}

TEST_CASE("Templates alone go from one clinic to another") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  CommandResult result = clinics.cli("first.sqlite", "export " + clinics.quoted("t.motus.json") + " --templates");
  require(result);
  CHECK_THAT(result.output, Contains("Exported 0 patient(s), 0 program(s), 1 template(s)"));
  CHECK(validate(clinics.path("t.motus.json")).exit_code == 0);
  require(clinics.cli("other.sqlite", "patients list --create"));
  result = clinics.cli("other.sqlite", "import " + clinics.quoted("t.motus.json"));
  require(result);
  CHECK_THAT(result.output,
             Contains("Imported 0 patient(s) with 0 issued program(s) and 0 draft(s), and 1 template(s)"));
  CHECK_THAT(clinics.cli("other.sqlite", "templates list").output, Contains("Shoulder O'Brien"));
}

TEST_CASE("The schema validator itself refuses a broken archive, so a passing check means something") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  require(clinics.cli("first.sqlite", "export " + clinics.quoted("clinic.motus.json")));
  std::string text = readBytes(clinics.path("clinic.motus.json"));
  const std::string born = "\"birth_date\": \"1948-03-14\"";
  REQUIRE(text.find(born) != std::string::npos);
  text.replace(text.find(born), born.size(), "\"birth_date\": \"14/03/1948\"");
  writeBytes(clinics.path("broken.motus.json"), text);
  const CommandResult result = validate(clinics.path("broken.motus.json"));
  CHECK(result.exit_code != 0);
  CHECK_THAT(result.output, Contains("birth_date '14/03/1948' does not match"));
}

TEST_CASE("A bad archive is refused with a reason that says what to do, and the database is not changed") {
  const Clinics clinics;
  fillClinic(clinics, "first.sqlite");
  require(clinics.cli("first.sqlite", "export " + clinics.quoted("clinic.motus.json")));
  const std::string good = readBytes(clinics.path("clinic.motus.json"));
  require(clinics.cli("target.sqlite", "patients add --chart Q-1 --family Quinn --create"));
  const std::string before = readBytes(clinics.path("target.sqlite"));

  const auto changed = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
  };
  struct Case {
    const char* what;
    std::string text;
    std::string message;
  };
  std::vector<Case> cases = {
      {"malformed JSON", "{\"format\": \"motus.archive\", \"version\": 1,, }", "is not valid JSON"},
      {"truncated", good.substr(0, good.size() / 2), "is not valid JSON"},
      {"not an object", "[1, 2, 3]", "not a Motus archive"},
      {"another format", changed("\"format\": \"motus.archive\"", "\"format\": \"wger.export\""),
       "its format is \"wger.export\""},
      {"a newer version", changed("\"version\": 1, \"contents\"", "\"version\": 2, \"contents\""),
       "written by a newer Motus (archive version 2)"},
      {"a wrong type deep inside",
       changed("\"version\": 1, \"previous\": null", "\"version\": \"one\", \"previous\": null"),
       "$.patients[1].programs[0].version must be a whole number"},
      {"an unknown field", changed("\"archived\": false", "\"archived\": false, \"archieved\": true"),
       "$.patients[1].archieved is not a field of a Motus archive"},
      {"invalid UTF-8", changed("Riverside", "River\xC3\x28side"), "text that is not valid UTF-8 (line 3)"},
      {"a NUL", changed("Riverside", "River\\u0000side"), "NUL character"},
      {"nesting 100,000 deep",
       "{\"format\": \"motus.archive\", \"patients\": " + std::string(100000, '[') + std::string(100000, ']') + "}",
       "nested deeper than 32 levels"},
      {"a snapshot that no longer matches its key", changed("\"name\":\"Snow angels", "\"name\":\"Snow devils"),
       "does not match its key: the exercise was changed after it was exported"},
      {"an issued program that no longer matches its fingerprint",
       changed("\"reps\":{\"low\":12,\"high\":12}", "\"reps\":{\"low\":30,\"high\":30}"),
       "does not match its fingerprint"},
      {"a birth date that is no date", changed("1948-03-14", "1948-02-30"),
       "$.patients[1]: the date of birth '1948-02-30' is not a real date"},
  };
  // An exercise referred to but not held: the snapshot list emptied.
  {
    std::string text = good;
    const std::size_t from = text.find("\"exercise_snapshots\": [");
    const std::size_t to = text.find("],\n\"patients\"");
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    text.replace(from, to - from, "\"exercise_snapshots\": [");
    cases.push_back(
        {"an exercise that is not in the archive", text, "which is not in the archive's exercise_snapshots"});
  }
  // The same archive with the exercises last, as another program may write it: read twice, and
  // still refused when one is missing.
  {
    std::string text = good;
    const std::size_t from = text.find(",\n\"exercise_snapshots\": [");
    const std::size_t to = text.find(",\n\"patients\"");
    REQUIRE(to > from);
    const std::string snapshots = text.substr(from, to - from);
    text.erase(from, to - from);
    text.insert(text.rfind('}'), snapshots);
    writeBytes(clinics.path("later.motus.json"), text);
    // Motus writes one snapshot a line: the first line (and its comma) goes.
    const std::size_t first = text.find("{\"key\": ");
    cases.push_back({"an exercise missing from a list that comes last",
                     text.substr(0, first) + text.substr(text.find('\n', first) + 1),
                     "which is not in the archive's exercise_snapshots"});
  }
  for (const Case& bad : cases) {
    DYNAMIC_SECTION(bad.what) {
      writeBytes(clinics.path("bad.motus.json"), bad.text);
      const CommandResult result = clinics.cli("target.sqlite", "import " + clinics.quoted("bad.motus.json"));
      INFO(result.output);
      CHECK(result.exit_code == 1);
      CHECK_THAT(result.output, Contains(bad.message) && Contains("The database was not changed."));
      CHECK(readBytes(clinics.path("target.sqlite")) == before);
    }
  }
  SECTION("an archive whose exercises come last is read twice and imports whole") {
    require(clinics.cli("later.sqlite", "patients list --create"));
    const CommandResult result = clinics.cli("later.sqlite", "import " + clinics.quoted("later.motus.json"));
    require(result);
    CHECK_THAT(result.output, Contains("Imported 2 patient(s) with 1 issued program(s) and 1 draft(s)"));
  }
  SECTION("an archive of 1 GiB is refused before it is read") {
    {
      std::ofstream big(clinics.path("big.motus.json"), std::ios::binary);
      big.seekp((1LL << 30) - 1);
      big.put('}');
    }
    const CommandResult result = clinics.cli("target.sqlite", "import " + clinics.quoted("big.motus.json"));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Contains("is 1024 MiB; Motus imports archives of up to 512 MiB"));
    CHECK(readBytes(clinics.path("target.sqlite")) == before);
  }
}
