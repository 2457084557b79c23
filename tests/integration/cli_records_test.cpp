// motus-cli over the record store: a therapist's day from the command line, on a real file.
#include "../support/raw_sqlite.hpp"
#include "../support/temp_folder.hpp"
#include "../support/tiny_png.hpp"
#include "run_command.hpp"

#include <motus/core/records.hpp>
#include <motus/db/store.hpp>

#include <unistd.h>
#include <algorithm>
#include <vector>

#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <unistd.h>

using namespace motus::test;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

class Clinic {
 public:
  // A clinic on its first day: the database is made, as it must be, by asking for it (--create).
  explicit Clinic(bool create = true) {
    std::filesystem::create_directories(folder_ / "home");
    if (create) {
      const CommandResult created = cli("patients list --create");
      INFO(created.output);
      REQUIRE(created.exit_code == 0);
    }
  }

  // motus-cli with the database chosen by the environment variable.
  CommandResult cli(const std::string& arguments) const {
    return runCommand("env -u MOTUS_PLUGIN_PATH -u XDG_DATA_HOME HOME=" + shellQuoted((folder_ / "home").string()) +
                      " MOTUS_DATABASE=" + shellQuoted(database().string()) + " MOTUS_CLINICIAN='Dr. Lee, PT' " +
                      shellQuoted(MOTUS_CLI) + " " + arguments);
  }
  std::filesystem::path database() const { return folder_ / "clinic.sqlite"; }
  const TempFolder& folder() const { return folder_; }

 private:
  TempFolder folder_{"cli-records"};
};

void require(const CommandResult& result, int code = 0) {
  INFO(result.output);
  REQUIRE(result.exit_code == code);
}

// A 16 KiB tmpfs mounted over `at` for one test, as a full disk (mounting needs root, which CI is).
class SmallDisk {
 public:
  explicit SmallDisk(std::filesystem::path at) : at_(std::move(at)) {
    std::filesystem::create_directories(at_);
    mounted_ = ::mount("tmpfs", at_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=16k") == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(at_.c_str(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;
  bool mounted() const { return mounted_; }

 private:
  std::filesystem::path at_;
  bool mounted_ = false;
};

bool leftTemporaryFiles(const std::filesystem::path& folder) {
  for (const std::filesystem::directory_entry& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().filename().string().ends_with(".tmp")) return true;
  return false;
}

std::vector<std::string> listing(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("From a new patient to an issued program, a template and a copy, on the command line") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart A-1001 --family 'Nguyễn' --given Mai --born 1948-03-14 --phone 555-0100"));
  require(clinic.cli("conditions add A-1001 osteoporosis --note 'T-score -2.8' --since 2021-05"));
  require(clinic.cli("programs new A-1001 --title 'Upper back'"));
  require(
      clinic.cli("programs add-item 1 foam-rolling/thoracic-pivot --reps 8-10 --per-day 2 --note 'Go slowly' "
                 "--override 'Surgeon cleared rolling on 2026-11-01'"));
  const CommandResult added = clinic.cli("programs add-item 1 foam-rolling/lat-roll");
  require(added);
  CHECK_THAT(added.output, Contains("AVOID   Osteoporosis or low bone density: Avoid. The roller presses hard"));
  const CommandResult blocked = clinic.cli("programs issue 1");
  require(blocked, 1);
  CHECK_THAT(blocked.output, Contains("Not issued: these exercises are marked Avoid for this patient: #2 Side-of-back "
                                      "roll (Osteoporosis or low bone density)"));
  CHECK_THAT(clinic.cli("programs show 1").output, Contains("cannot be issued until each AVOID above is removed"));
  // A reason that says nothing is refused, on adding and on overriding, and the Avoid still blocks.
  for (const char* untold : {"ok", "OK per MD", "fine.", "as discussed"}) {
    const CommandResult refused = clinic.cli(std::string("programs override 1 2 --override '") + untold + "'");
    require(refused, 1);
    CHECK_THAT(refused.output, Contains(std::string("'") + untold +
                                        "' does not say why the exercise is safe for "
                                        "this patient. Write who or what cleared it and any limit"));
  }
  const CommandResult untoldAdd = clinic.cli("programs add-item 1 foam-rolling/lat-roll --override okay");
  require(untoldAdd, 1);
  CHECK_THAT(untoldAdd.output, Contains("'okay' does not say why"));
  CHECK_THAT(clinic.cli("programs show 1").output, Contains("cannot be issued until each AVOID above is removed"));
  require(clinic.cli("programs issue 1"), 1);
  require(clinic.cli("programs override 1 2 --override 'DEXA normal since 2024; light pressure only'"));
  require(clinic.cli("programs issue 1"));

  CommandResult shown = clinic.cli("programs show 1");
  require(shown);
  CHECK_THAT(shown.output, Contains("Upper back  (program #1, version 1, issued)"));
  CHECK_THAT(shown.output, Contains("1. Upper-back arch over a foam roller  [foam-rolling/thoracic-pivot 1.0.0]"));
  CHECK_THAT(shown.output, Contains("Do this 8 to 10 times. Do this twice a day."));
  CHECK_THAT(shown.output, Contains("Override: Surgeon cleared rolling on 2026-11-01"));
  CHECK_THAT(shown.output, Contains("2. Side-of-back roll") && Contains("Do this 10 to 15 times on each side."));

  const CommandResult changed = clinic.cli("programs add-item 1 foam-rolling/snow-angel");
  require(changed, 1);
  CHECK_THAT(changed.output, Contains("was issued and can no longer change") && Contains("new version"));

  require(clinic.cli("programs new-version 1"));
  require(clinic.cli("templates save 'Upper back starter' --from-program 1"));
  require(clinic.cli("programs copy-last A-1001"));
  require(clinic.cli("templates assign 'Upper back starter' --program 3"));
  CHECK_THAT(clinic.cli("programs show 3").output, Contains("4. Side-of-back roll"));

  const CommandResult patient = clinic.cli("patients show A-1001");
  CHECK_THAT(patient.output, Contains("Nguyễn, Mai") && Contains("Osteoporosis or low bone density (osteoporosis), "
                                                                 "since 2021-05: T-score -2.8"));
  CHECK_THAT(patient.output, Contains("#2  Upper back  v2  draft") && Contains("#1  Upper back  v1  issued"));

  const CommandResult audit = clinic.cli("audit verify");
  require(audit);
  CHECK_THAT(audit.output, Contains("The audit log is intact"));
  CHECK_THAT(clinic.cli("audit list").output,
             Contains("Dr. Lee, PT  issue program 1  issued with 2 item(s); overrides: foam-rolling/thoracic-pivot for "
                      "osteoporosis: Surgeon cleared rolling on 2026-11-01; foam-rolling/lat-roll for osteoporosis: "
                      "DEXA normal since 2024; light pressure only"));
  const CommandResult suitable = clinic.cli("exercises --patient A-1001 --plugin foam-rolling");
  CHECK_THAT(suitable.output, Contains("0 exercises of "));  // every foam-rolling exercise is Avoid with osteoporosis
  const CommandResult others = clinic.cli("exercises --patient A-1001 --plugin low-back-care");
  CHECK_THAT(others.output, Contains("low-back-care/pelvic-tilt") && Contains("[Caution]"));
}

TEST_CASE("Patients are listed, searched, archived and deleted only when confirmed") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart B-1 --family Müller --given Jürgen"));
  require(clinic.cli("patients add --chart B-2 --family Smith --given Joan"));
  CHECK_THAT(clinic.cli("patients search mull").output,
             Contains("B-1         Müller, Jürgen") && Contains("1 patient"));
  require(clinic.cli("patients archive B-2"));
  CHECK_THAT(clinic.cli("patients list").output, Contains("1 patient\n"));
  CHECK_THAT(clinic.cli("patients list --archived").output, Contains("(archived)") && Contains("2 patients"));
  const CommandResult unconfirmed = clinic.cli("patients delete B-1");
  require(unconfirmed, 2);
  CHECK_THAT(unconfirmed.output, Contains("add --yes"));
  require(clinic.cli("patients delete B-1 --yes"));
  CHECK_THAT(clinic.cli("patients show B-1").output, Contains("No patient has the chart number 'B-1'"));
}

TEST_CASE("Wrong input is refused with a message that says what to fix") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart C-1 --family Lee"));
  CommandResult result = clinic.cli("patients add --chart C-1 --family Other");
  require(result, 1);
  CHECK_THAT(result.output, Contains("Chart number 'C-1' belongs to another patient already: Lee (C-1)."));
  result = clinic.cli("patients add --chart C-2 --family Park --born 1950-02-30");
  require(result, 1);
  CHECK_THAT(result.output, Contains("the date of birth '1950-02-30' is not a real date"));
  result = clinic.cli("conditions add C-1 bad-knees");
  require(result, 1);
  CHECK_THAT(result.output, Contains("'bad-knees' is not a known condition code"));
  require(clinic.cli("programs new C-1"));
  result = clinic.cli("programs add-item 1 foam-rolling/snow-angel --reps 15-10");
  require(result, 1);
  CHECK_THAT(result.output, Contains("reps: the range 15 to 10 is inverted"));
  result = clinic.cli("programs add-item 1 foam-rolling/snow-angel --reps lots");
  require(result, 2);
  CHECK_THAT(result.output, Contains("--reps takes a whole number from 1 to 500 or a range of them such as 10-15"));
  result = clinic.cli("programs add-item 1 foam-rolling/snow-angel --override 'just because'");
  require(result, 1);
  CHECK_THAT(result.output, Contains("has no Avoid finding for this patient: there is nothing to override"));
  result = clinic.cli("programs issue one");
  require(result, 2);
  CHECK_THAT(result.output, Contains("'one' is not a program id"));
  result = clinic.cli("programs issue 1");
  require(result, 1);
  CHECK_THAT(result.output, Contains("has no exercises"));
}

TEST_CASE("The database option chooses the file, and a file that is not a Motus database is refused untouched") {
  const Clinic clinic;
  const auto other = clinic.folder() / "other.sqlite";
  const CommandResult missing =
      clinic.cli("patients add --chart D-1 --family Kim --database " + shellQuoted(other.string()));
  require(missing, 1);
  CHECK_THAT(missing.output, Contains("There is no database at '" + other.string() + "'") && Contains("--create"));
  CHECK_FALSE(std::filesystem::exists(other));
  require(clinic.cli("patients add --chart D-1 --family Kim --create --database " + shellQuoted(other.string())));
  CHECK(std::filesystem::exists(other));
  CHECK_THAT(clinic.cli("patients list").output, Contains("0 patients"));
  CHECK_THAT(clinic.cli("patients list --database " + shellQuoted(other.string())).output, Contains("D-1"));

  const auto notes = clinic.folder() / "notes.txt";
  writeBytes(notes, "shopping list\n");
  const CommandResult refused = clinic.cli("patients list --database " + shellQuoted(notes.string()));
  require(refused, 1);
  CHECK_THAT(refused.output, Contains("is not a Motus database") && Contains("It was not changed"));
  CHECK(readBytes(notes) == "shopping list\n");
}

TEST_CASE("Backup and restore from the command line") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart E-1 --family Before"));
  const auto backup = clinic.folder() / "backup.sqlite";
  require(clinic.cli("backup " + shellQuoted(backup.string())));
  require(clinic.cli("patients add --chart E-2 --family After"));
  const CommandResult restored = clinic.cli("restore " + shellQuoted(backup.string()));
  require(restored);
  CHECK_THAT(restored.output, Contains("The database it replaced was kept as"));
  CHECK_THAT(clinic.cli("patients list").output, Contains("E-1") && Contains("1 patient\n"));
  const CommandResult again = clinic.cli("backup " + shellQuoted(backup.string()));
  require(again, 1);
  CHECK_THAT(again.output, Contains("already exists"));
}

TEST_CASE("Without --database or MOTUS_DATABASE, the database lives in the user's data folder") {
  const TempFolder folder("cli-default-db");
  const auto run = [&](const std::string& environment) {
    return runCommand("env -u MOTUS_DATABASE -u XDG_DATA_HOME HOME=" + shellQuoted((folder / "home").string()) + " " +
                      environment + " " + shellQuoted(MOTUS_CLI) + " patients add --chart X-1 --family Default");
  };
  require(run("XDG_DATA_HOME=" + shellQuoted((folder / "xdg").string())));
  CHECK(std::filesystem::exists(folder / "xdg" / "motus" / "motus.sqlite"));
  require(run(""));
  CHECK(std::filesystem::exists(folder / "home" / ".local" / "share" / "motus" / "motus.sqlite"));
}

TEST_CASE("motus-cli handout writes the HTML handout of an issued program, and the export is audited") {
  const Clinic clinic;
  require(clinic.cli("clinic set --name 'Riverside PT' --address '12 Mill Road' --phone 541-555-0142"));
  require(clinic.cli("patients add --chart H-1 --family Nguyen --given Mai"));
  require(clinic.cli("programs new H-1 --title 'Upper back'"));
  require(clinic.cli("programs add-item 1 foam-rolling/snow-angel --note 'Slow arms'"));
  const auto html = clinic.folder() / "handout.html";
  CommandResult result = clinic.cli("handout 1 --html " + shellQuoted(html.string()));
  require(result, 1);
  CHECK_THAT(result.output, Contains("is a draft. Issue it first"));
  require(clinic.cli("programs issue 1"));
  result = clinic.cli("handout 1 --html " + shellQuoted(html.string()) +
                      " --large-print --paper letter --education foam-rolling/benefits");
  require(result);
  const std::string text = readBytes(html);
  CHECK_THAT(text, Contains("Riverside PT") && Contains("Mai Nguyen") && Contains("Snow angels on a long roller") &&
                       Contains("Do this 10 to 15 times.") && Contains("Slow arms") &&
                       Contains("What foam rolling can do for you") && Contains("font-size: 16pt"));
  CHECK_THAT(clinic.cli("audit list").output, Contains("export program 1  handout exported as HTML"));

  // A reprint without options is the same handout: the choices were kept with the program.
  const auto again = clinic.folder() / "again.html";
  result = clinic.cli("handout 1 --html " + shellQuoted(again.string()));
  require(result);
  CHECK_THAT(result.output, Contains("Using the handout settings kept with program #1"));
  CHECK(readBytes(again) == text);
  result = clinic.cli("handout 1 --html " + shellQuoted(html.string()) + " --education foam-rolling/nope");
  require(result, 1);
  CHECK_THAT(result.output, Contains("No education topic has the id 'foam-rolling/nope'"));

  // One option changes only what it names: the large print and the topic stay.
  const auto letter = clinic.folder() / "letter.html";
  require(clinic.cli("handout 1 --html " + shellQuoted(letter.string()) + " --log-weeks 4"));
  CHECK_THAT(readBytes(letter), Contains("font-size: 16pt") && Contains("What foam rolling can do for you"));
  require(clinic.cli("handout 1 --html " + shellQuoted(letter.string()) + " --regular-print --force"));
  CHECK_FALSE(Contains("font-size: 16pt").match(readBytes(letter)));
  require(clinic.cli("handout 1 --html x.html --large-print --regular-print"), 2);

  // A delivery that fails keeps nothing: the next reprint is the last handout that was written.
  const std::string before = clinic.cli("audit list").output;
  result = clinic.cli("handout 1 --html " + shellQuoted((clinic.folder() / "no-such" / "h.html").string()) +
                      " --no-pictures --large-print");
  require(result, 1);
  CHECK_THAT(result.output, Contains("does not exist. Choose another folder"));
  CHECK(clinic.cli("audit list").output == before);
  const auto last = clinic.folder() / "last.html";
  require(clinic.cli("handout 1 --html " + shellQuoted(last.string())));
  CHECK(readBytes(last) == readBytes(letter));
}

TEST_CASE("A handout is written whole into place: private until done, the old file's mode kept, through a link") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart L-1 --family Lam"));
  require(clinic.cli("programs new L-1 --title Neck"));
  require(clinic.cli("programs add-item 1 neck-posture/chin-tuck"));
  require(clinic.cli("programs issue 1"));
  namespace fs = std::filesystem;
  const fs::path out = clinic.folder() / "handout.html";
  require(clinic.cli("handout 1 --html " + shellQuoted(out.string())));
  CHECK((fs::status(out).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write);  // the clinic keeps it private
  require(clinic.cli("handout 1 --html " + shellQuoted(out.string()) + " --force"));
  CHECK((fs::status(out).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

  const fs::path link = clinic.folder() / "latest.html";
  fs::create_symlink(out, link);
  fs::remove(out);
  require(clinic.cli("handout 1 --pdf " + shellQuoted(link.string())));
  CHECK(fs::is_symlink(link));  // the link still points at the file, which now holds the PDF
  CHECK(readBytes(out).starts_with("%PDF-"));
  for (const fs::directory_entry& entry : fs::directory_iterator(clinic.folder().path()))
    CHECK_FALSE(entry.path().filename().string().ends_with(".tmp"));
}

TEST_CASE("A handout that does not fit on the disk is refused saying the disk is full, and the old file is kept") {
  if (::geteuid() != 0) {
    WARN(
        "Not root, so no small disk can be mounted: the full-disk write is checked with /dev/full only "
        "(\"A PDF that cannot be written says where and why\"). CI runs this as root.");
    return;
  }
  const Clinic clinic;
  require(clinic.cli("patients add --chart F-1 --family Full"));
  require(clinic.cli("programs new F-1 --title Ankle"));
  require(clinic.cli("programs add-item 1 ankle-foot/ankle-pumps"));
  require(clinic.cli("programs issue 1"));
  namespace fs = std::filesystem;
  // Both handouts are larger than the whole small disk.
  require(clinic.cli("handout 1 --pdf " + shellQuoted((clinic.folder() / "size.pdf").string()) + " --html " +
                     shellQuoted((clinic.folder() / "size.html").string())));
  REQUIRE(fs::file_size(clinic.folder() / "size.pdf") > 16 * 1024);
  REQUIRE(fs::file_size(clinic.folder() / "size.html") > 16 * 1024);

  const fs::path small = clinic.folder() / "small";
  const SmallDisk disk(small);
  REQUIRE(disk.mounted());
  const std::string goodPdf = readBytes(clinic.folder() / "size.pdf").substr(0, 2000);  // stands for a good file
  writeBytes(small / "h.pdf", goodPdf);
  writeBytes(small / "h.html", "<!DOCTYPE html><p>Last week's handout</p>");
  const std::string audit = clinic.cli("audit list").output;

  for (const char* format : {"pdf", "html"}) {
    INFO(format);
    const fs::path file = small / (std::string("h.") + format);
    const std::string before = readBytes(file);
    CommandResult result =
        clinic.cli("handout 1 --" + std::string(format) + " " + shellQuoted(file.string()) + " --force");
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Contains("Could not save the") && Contains(file.string() + ": the disk is full.") &&
                                  Contains("The file that was there is unchanged."));
    CHECK_THAT(result.output, !Contains("Wrote") && !Contains("Check the folder exists"));
    CHECK(readBytes(file) == before);
    // A new file: nothing at all is left, not even a part of it.
    const fs::path fresh = small / (std::string("new.") + format);
    result = clinic.cli("handout 1 --" + std::string(format) + " " + shellQuoted(fresh.string()));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Contains("the disk is full.") && Contains("Nothing was left there."));
    CHECK_FALSE(fs::exists(fresh));
    CHECK_FALSE(leftTemporaryFiles(small));
  }
  CHECK(clinic.cli("audit list").output == audit);  // no export that did not happen
}

TEST_CASE("motus-cli handout replaces a file only with --force, and never writes --pdf and --html to one file") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart O-1 --family Orr"));
  require(clinic.cli("programs new O-1 --title Knee"));
  require(clinic.cli("programs add-item 1 hip-knee/quad-set"));
  require(clinic.cli("programs issue 1"));
  namespace fs = std::filesystem;
  const fs::path pdf = clinic.folder() / "orr.pdf";
  const fs::path html = clinic.folder() / "orr.html";
  writeBytes(html, "the handout printed last month");
  const std::string audit = clinic.cli("audit list").output;

  // Refused before anything is written: the PDF, which had no file in its way, is not written either.
  CommandResult result =
      clinic.cli("handout 1 --pdf " + shellQuoted(pdf.string()) + " --html " + shellQuoted(html.string()));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output,
             Contains(html.string() + " already exists. Add --force to replace it, or choose another name."));
  CHECK_FALSE(fs::exists(pdf));
  CHECK(readBytes(html) == "the handout printed last month");
  CHECK(clinic.cli("audit list").output == audit);

  require(clinic.cli("handout 1 --pdf " + shellQuoted(pdf.string()) + " --html " + shellQuoted(html.string()) +
                     " --force"));
  CHECK(readBytes(pdf).starts_with("%PDF-"));
  CHECK(readBytes(html).starts_with("<!DOCTYPE html>"));
  CHECK_THAT(clinic.cli("handout --help").output, Contains("--force"));

  // One file named twice, however it is spelled, is refused before anything is written or audited.
  const std::string audited = clinic.cli("audit list").output;
  const fs::path same = clinic.folder() / "same";
  for (const std::string& second : {same.string(), (clinic.folder() / "." / "same").string(),
                                    (clinic.folder() / "home" / ".." / "same").string()}) {
    result = clinic.cli("handout 1 --pdf " + shellQuoted(same.string()) + " --html " + shellQuoted(second));
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Contains("--pdf and --html both name " + same.string() + ": give each its own file."));
  }
  CHECK_FALSE(fs::exists(same));
  writeBytes(same, "x");
  fs::create_symlink(same, clinic.folder() / "alias");
  result = clinic.cli("handout 1 --force --pdf " + shellQuoted(same.string()) + " --html " +
                      shellQuoted((clinic.folder() / "alias").string()));
  CHECK(result.exit_code == 2);
  CHECK(readBytes(same) == "x");
  CHECK(clinic.cli("audit list").output == audited);
}

TEST_CASE("A draft is reordered, edited, trimmed, renamed and deleted from the command line") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart B-7 --family Okafor"));
  require(clinic.cli("programs new B-7 --title 'Low back'"));
  for (const char* exercise : {"low-back-care/pelvic-tilt", "foam-rolling/snow-angel", "foam-rolling/lat-roll"})
    require(clinic.cli(std::string("programs add-item 1 ") + exercise));

  require(clinic.cli("programs move-item 1 3 1"));
  CommandResult shown = clinic.cli("programs show 1");
  CHECK_THAT(shown.output, Contains("1. Side-of-back roll") && Contains("2. Pelvic tilt"));
  require(clinic.cli("programs edit-item 1 2 --reps 5 --hold 10 --note 'Small movements only'"));
  shown = clinic.cli("programs show 1");
  CHECK_THAT(shown.output, Contains("Do this 5 times.") && Contains("Note: Small movements only"));
  require(clinic.cli("programs remove-item 1 1"));
  require(clinic.cli("programs rename 1 --title 'Low back, week 2'"));
  shown = clinic.cli("programs show 1");
  CHECK_THAT(shown.output, Contains("Low back, week 2  (program #1") && Contains("1. Pelvic tilt"));
  CHECK_FALSE(Contains("Side-of-back roll").match(shown.output));

  const CommandResult wrong = clinic.cli("programs move-item 1 1 7");
  require(wrong, 1);
  CHECK_THAT(wrong.output, Contains("has no exercise number 7 (it has 2)"));
  require(clinic.cli("programs edit-item 1 1 --reps 15-10"), 1);
  require(clinic.cli("programs edit-item 1 1"), 2);  // nothing to change

  require(clinic.cli("templates save 'Back basics' --from-program 1"));
  require(clinic.cli("templates rename 'Back basics' 'Back, week 1'"));
  CHECK_THAT(clinic.cli("templates list").output, Contains("Back, week 1  (2 exercises)"));
  require(clinic.cli("templates delete 'Back, week 1'"));
  CHECK(clinic.cli("templates list").output.empty());
  require(clinic.cli("templates delete 'Back, week 1'"), 1);

  require(clinic.cli("programs issue 1"));
  const CommandResult issued = clinic.cli("programs delete-draft 1");
  require(issued, 1);
  CHECK_THAT(issued.output, Contains("was issued and can no longer change"));
  require(clinic.cli("programs new-version 1"));
  require(clinic.cli("programs delete-draft 2"));
  CHECK_THAT(clinic.cli("programs list B-7").output, !Contains("#2"));
  CHECK_THAT(clinic.cli("audit list").output, Contains("exercise 3 moved to 1") && Contains("draft deleted"));
}

TEST_CASE("clinic set --logo keeps what the picture is, read from its bytes, and refuses what it cannot print") {
  const Clinic clinic;
  const auto logoFile = [&](const std::string& name, const std::string& bytes) {
    const auto path = clinic.folder() / name;
    writeBytes(path, bytes);
    return shellQuoted(path.string());
  };
  SECTION("an SVG logo (named in capitals, as some programs save it) is kept as SVG and drawn on the PDF handout") {
    require(clinic.cli("clinic set --name 'Riverside PT' --logo " +
                       logoFile("LOGO.SVG", R"(<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">)"
                                            R"(<text x="0" y="30" font-size="24">Riverlogo</text></svg>)")));
    CHECK_THAT(clinic.cli("clinic show").output, Contains("logo: image/svg+xml"));
    require(clinic.cli("patients add --chart L-1 --family Nguyen --given Mai"));
    require(clinic.cli("programs new L-1 --title 'Upper back'"));
    require(clinic.cli("programs add-item 1 foam-rolling/snow-angel"));
    require(clinic.cli("programs issue 1"));
    const auto pdf = clinic.folder() / "handout.pdf";
    require(clinic.cli("handout 1 --pdf " + shellQuoted(pdf.string())));
    CHECK_THAT(runCommand("pdftotext " + shellQuoted(pdf.string()) + " -").output,
               Contains("Riverlogo") && Contains("Riverside PT"));
  }
  SECTION("a PNG named .jpg is kept as a PNG") {
    require(clinic.cli("clinic set --logo " + logoFile("logo.jpg", tinyPng())));
    CHECK_THAT(clinic.cli("clinic show").output, Contains("logo: image/png"));
  }
  SECTION("an SVG with a script is refused and nothing is saved") {
    const CommandResult refused =
        clinic.cli("clinic set --name 'Riverside PT' --logo " +
                   logoFile("logo.svg", R"(<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>)"));
    require(refused, 1);
    CHECK_THAT(refused.output, Contains("cannot be used") && Contains("<script>") && Contains("Nothing was saved"));
    CHECK_THAT(clinic.cli("clinic show").output, Contains("no logo") && !Contains("Riverside PT"));
  }
  SECTION("an SVG that fetches a picture from elsewhere is refused") {
    const CommandResult refused =
        clinic.cli("clinic set --logo " + logoFile("logo.svg", R"(<svg xmlns="http://www.w3.org/2000/svg">)"
                                                               R"(<image href="file:///etc/motus/logo.png"/></svg>)"));
    require(refused, 1);
    CHECK_THAT(refused.output, Contains("links outside itself"));
    CHECK_THAT(clinic.cli("clinic show").output, Contains("no logo"));
  }
  SECTION("a text file named .png is refused") {
    const CommandResult refused = clinic.cli("clinic set --logo " + logoFile("logo.png", "Riverside PT, our logo\n"));
    require(refused, 1);
    CHECK_THAT(refused.output, Contains("is not a PNG, JPEG or SVG picture") && Contains("Save the picture as"));
    CHECK_THAT(clinic.cli("clinic show").output, Contains("no logo"));
  }
}

TEST_CASE("A mistyped path or an empty file never silently becomes a new, empty clinic database") {
  const Clinic clinic(false);
  const fs::path folder = clinic.folder().path();
  SECTION("MOTUS_DATABASE names a file that is not there") {
    const CommandResult result = clinic.cli("patients add --chart A-1 --family Lee");
    require(result, 1);
    CHECK_THAT(result.output, Contains("There is no database at '" + clinic.database().string() + "'") &&
                                  Contains("run the command again with --create"));
    CHECK(listing(folder) == std::vector<std::string>{"home"});
    require(clinic.cli("patients add --chart A-1 --family Lee --create"));
    CHECK_THAT(clinic.cli("patients list").output, Contains("A-1"));
  }
  SECTION("--database names a file in a folder that is not there") {
    const fs::path typo = folder / "Clinc" / "motus.sqlite";
    require(clinic.cli("patients list --database " + shellQuoted(typo.string())), 1);
    CHECK_FALSE(fs::exists(folder / "Clinc"));
  }
  SECTION("a zero-byte file is refused, even at the default path; --create starts a database in it") {
    writeBytes(clinic.database(), "");
    const CommandResult result = clinic.cli("patients add --chart A-1 --family Lee");
    require(result, 1);
    CHECK_THAT(result.output, Contains("'" + clinic.database().string() + "' is empty (0 bytes)") &&
                                  Contains("a database that was lost") && Contains("Restore it from a backup"));
    CHECK(readBytes(clinic.database()).empty());
    CHECK(listing(folder) == std::vector<std::string>({"clinic.sqlite", "home"}));

    const fs::path standard = folder / "home" / ".local" / "share" / "motus" / "motus.sqlite";
    fs::create_directories(standard.parent_path());
    writeBytes(standard, "");
    const CommandResult atDefault =
        runCommand("env -u MOTUS_DATABASE -u XDG_DATA_HOME HOME=" + shellQuoted((folder / "home").string()) + " " +
                   shellQuoted(MOTUS_CLI) + " patients list");
    require(atDefault, 1);
    CHECK_THAT(atDefault.output, Contains("is empty (0 bytes)"));
    CHECK(readBytes(standard).empty());

    require(clinic.cli("patients add --chart A-1 --family Lee --create"));
    CHECK_THAT(clinic.cli("patients list").output, Contains("A-1"));
  }
  SECTION("--create is offered in the help, with the database options") {
    CHECK_THAT(clinic.cli("patients add --help").output, Contains("--create"));
  }
}

TEST_CASE("A database with a damaged page refuses every change, and its backup, saying what to do") {
  const Clinic clinic(false);
  {
    motus::db::Store store(clinic.database(), motus::db::OpenMode::create_if_missing);
    for (int i = 0; i < 400; ++i) {
      store.addPatient({"P-" + std::to_string(i), std::string(200, 'x'), "Mai", "1948-03-14", "555-0100",
                        "mai@example.org", "Prefers morning visits."});
    }
  }
  // A page of patient rows, as the probe's page 60 was (which page that is depends on the schema).
  const int page = std::stoi(motus::test::sqlText(
      clinic.database(),
      "SELECT pageno FROM dbstat WHERE name = 'patient' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 20"));
  std::string bytes = readBytes(clinic.database());
  REQUIRE(bytes.size() > 70 * 4096);
  std::fill_n(bytes.begin() + (page - 1) * 4096, 4096, '\x42');
  writeBytes(clinic.database(), bytes);

  const CommandResult listed = clinic.cli("patients list");
  require(listed, 1);
  CHECK_THAT(listed.output, Contains("damaged"));
  const CommandResult added = clinic.cli("patients add --chart NEW-1 --family New");
  require(added, 1);
  CHECK_THAT(added.output, Contains("is damaged") && Contains("nothing was saved") &&
                               Contains("motus-cli restore FILE") && Contains("motus-cli check"));
  CHECK(readBytes(clinic.database()) == bytes);

  const fs::path backup = clinic.folder() / "backup.sqlite";
  const CommandResult backedUp = clinic.cli("backup " + shellQuoted(backup.string()));
  require(backedUp, 1);
  CHECK_THAT(backedUp.output, Contains("a backup of it would be damaged too") && Contains("Nothing was written") &&
                                  !Contains("Try again"));
  CHECK(listing(clinic.folder().path()) == std::vector<std::string>({"clinic.sqlite", "home"}));
  CHECK(readBytes(clinic.database()) == bytes);
  require(clinic.cli("check"), 1);
}

TEST_CASE("A read-only database is read, and every change is refused as read-only with what to do") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart R-1 --family Reader"));
  require(clinic.cli("programs new R-1"));
  require(clinic.cli("programs add-item 1 ankle-foot/ankle-pumps"));
  require(clinic.cli("programs issue 1"));
  const fs::path folder = clinic.folder() / "shared";
  fs::create_directories(folder);
  const fs::path file = folder / "clinic.sqlite";
  fs::copy_file(clinic.database(), file);
  const fs::path state = clinic.folder() / "state";
  fs::create_directories(state);
  fs::permissions(state, fs::perms::all);  // anyone may write the log there
  // Root may write anything, so as root (as in CI) motus-cli runs as nobody; anyone else gets a
  // file and folder without write permission.
  const bool root = ::geteuid() == 0;
  if (!root) {
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  }
  const std::string before = readBytes(file);
  const auto run = [&](const std::string& arguments) {
    return runCommand(std::string(root ? "setpriv --reuid=nobody --regid=nogroup --clear-groups " : "") +
                      "env -u MOTUS_PLUGIN_PATH -u MOTUS_DATABASE HOME=" + shellQuoted(state.string()) +
                      " XDG_STATE_HOME=" + shellQuoted(state.string()) + " " + shellQuoted(MOTUS_CLI) + " " +
                      arguments + " --database " + shellQuoted(file.string()));
  };
  const CommandResult listed = run("patients list");
  require(listed);
  CHECK_THAT(listed.output, Contains("R-1"));
  const CommandResult added = run("patients add --chart R-2 --family Writer");
  require(added, 1);
  CHECK_THAT(added.output, Contains("is read-only for you") && Contains("Ask for permission to write") &&
                               Contains("copy it") && !Contains("Restore it from a backup"));
  // A handout could not be audited, so none is written (not a file out in the world unrecorded).
  const fs::path handout = state / "handout.html";
  const CommandResult printed = run("handout 1 --html " + shellQuoted(handout.string()));
  require(printed, 1);
  CHECK_THAT(printed.output, Contains("is read-only here") && Contains("nothing was written"));
  CHECK_FALSE(fs::exists(handout));
  CHECK(readBytes(file) == before);
  CHECK(listing(folder) == std::vector<std::string>{"clinic.sqlite"});  // no -wal or -shm left behind
  if (!root) fs::permissions(folder, fs::perms::owner_all);
}

TEST_CASE("A database from a newer Motus in WAL mode is refused with nothing created beside it") {
  const Clinic clinic;
  const fs::path folder = clinic.folder() / "newer";
  fs::create_directories(folder);
  const fs::path file = folder / "newer.sqlite";
  fs::copy_file(clinic.database(), file);
  {
    motus::db::Store store(file);
    (void)store;
  }
  // Written the way a newer Motus would leave it: PRAGMA user_version 99, still in WAL mode.
  std::string bytes = readBytes(file);
  REQUIRE(bytes[18] == 2);  // WAL
  bytes[60] = bytes[61] = bytes[62] = 0;
  bytes[63] = 99;
  writeBytes(file, bytes);
  const CommandResult listed = clinic.cli("patients list --database " + shellQuoted(file.string()));
  require(listed, 1);
  CHECK_THAT(listed.output, Contains("newer Motus (schema 99") && Contains("It was not changed"));
  CHECK(listing(folder) == std::vector<std::string>{"newer.sqlite"});
  CHECK(readBytes(file) == bytes);
}

TEST_CASE("Numbers are read in full and within their range, and dates cannot be in the future") {
  const Clinic clinic;
  require(clinic.cli("patients add --chart N-1 --family Number"));
  require(clinic.cli("programs new N-1"));
  const auto refused = [&](const std::string& options, const std::string& message) {
    const CommandResult result = clinic.cli("programs add-item 1 foam-rolling/snow-angel " + options);
    INFO(options << "\n" << result.output);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Contains(message));
  };
  refused("--reps 2147483648", "--reps: '2147483648' is more than 500; give a whole number from 1 to 500");
  refused("--reps 99999999999999999999", "--reps: '99999999999999999999' is more than 500");
  refused("--reps 1e3",
          "--reps takes a whole number from 1 to 500 or a range of them such as 10-15 (digits only), "
          "not '1e3'");
  refused("--reps 12abc", "not '12abc'");
  refused("--reps -0", "not '-0'");
  refused("--reps 0", "--reps: '0' is less than 1");
  refused("--sets 2147483648", "--sets: '2147483648' is more than 20");
  refused("--hold 10-2147483648", "--hold: '10-2147483648' is more than 600");
  refused("--per-week 8", "--per-week: '8' is more than 7");
  refused("--minutes +5", "--minutes takes a whole number from 1 to 240");
  require(clinic.cli("programs add-item 1 foam-rolling/snow-angel --reps 10-15 --sets 2 --hold ' 5 '"));

  for (const char* since : {"9999-12-31", "9999-12", "9999"}) {
    const CommandResult result = clinic.cli(std::string("conditions add N-1 osteoporosis --since ") + since);
    INFO(result.output);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Contains(std::string("'since' ") + since + " is in the future"));
  }
  require(clinic.cli("conditions add N-1 osteoporosis --since 2001-02"));
  const CommandResult born = clinic.cli("patients add --chart N-2 --family Future --born 9999-12-31");
  require(born, 1);
  CHECK_THAT(born.output, Contains("the date of birth is in the future"));
  require(clinic.cli("programs issue 1x"), 2);
  CHECK_THAT(clinic.cli("programs show 99999999999999999999").output, Contains("is not a program id"));
}
