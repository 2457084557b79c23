// The log itself, written through core::log into a folder of the test's own.
#include "../support/temp_folder.hpp"

#include <motus/core/log.hpp>
#include <motus/db/errors.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace motus;
using namespace motus::test;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> linesOf(const fs::path& file) {
  std::vector<std::string> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Sets an environment variable for one scope, then puts back what was there.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, const std::optional<std::string>& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      ::setenv(name, value->c_str(), 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedVariable() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedVariable(const ScopedVariable&) = delete;
  ScopedVariable& operator=(const ScopedVariable&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// What std::cerr received while it lived.
class CapturedStderr {
 public:
  CapturedStderr() : old_(std::cerr.rdbuf(captured_.rdbuf())) {}
  ~CapturedStderr() { std::cerr.rdbuf(old_); }
  CapturedStderr(const CapturedStderr&) = delete;
  CapturedStderr& operator=(const CapturedStderr&) = delete;
  std::string text() const { return captured_.str(); }

 private:
  std::ostringstream captured_;
  std::streambuf* old_;
};

}  // namespace

TEST_CASE("The log writes one line per event: local ISO-8601 time, level, source and message") {
  const TempFolder folder("log");
  const fs::path file = folder / "state" / "motus" / "motus.log";
  REQUIRE(core::log::open({file}));
  core::log::info(core::log::Source::plugins, "a plugin line");
  core::log::warning(core::log::Source::records, "a records line");
  core::log::error(core::log::Source::gui, "a window line");
  core::log::info(core::log::Source::cli, "two\nlines, one event");
  core::log::close();
  core::log::info(core::log::Source::cli, "after close: nowhere");

  const std::vector<std::string> lines = linesOf(file);
  REQUIRE(lines.size() == 4);
  const std::regex stamp(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d )");
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(std::regex_search(line, stamp));
  }
  CHECK_THAT(lines[0], Contains(" Information plugins: a plugin line"));
  CHECK_THAT(lines[1], Contains(" Warning records: a records line"));
  CHECK_THAT(lines[2], Contains(" Error gui: a window line"));
  CHECK_THAT(lines[3], Contains(" Information cli: two\xEF\xBF\xBDlines, one event"));  // U+FFFD
}

TEST_CASE("The log is archived past its size limit and keeps only so many archives") {
  const TempFolder folder("log-rotation");
  const fs::path file = folder / "motus.log";
  core::log::Options options{file};
  options.rotate_bytes = 8 * 1024;
  options.archives = 2;
  REQUIRE(core::log::open(options));
  const std::string filler(100, 'x');
  for (int i = 0; i < 1000; ++i) core::log::info(core::log::Source::plugins, "line " + std::to_string(i) + filler);
  core::log::close();

  // About 110 kB were written: the file and two archives of at most 8 kB and a line remain, the
  // older ones purged. (Which numbers survive depends on the archives' times, all within this
  // second here; a real log is archived once a megabyte.)
  CHECK(fs::file_size(file) < 9 * 1024);
  CHECK_THAT(linesOf(file).back(), Contains("line 999x"));
  std::size_t archives = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder.path())) {
    if (entry.path().filename() == "motus.log") continue;
    INFO(entry.path());
    CHECK_THAT(entry.path().filename().string(), Catch::Matchers::StartsWith("motus.log."));
    CHECK(entry.file_size() < 9 * 1024);
    ++archives;
  }
  CHECK(archives == 2);
}

TEST_CASE("A log that cannot be written is said once on stderr, and Motus goes on without it") {
  const TempFolder folder("log-unwritable");
  writeBytes(folder / "not-a-folder", "a file where the log's folder should be\n");
  const CapturedStderr err;
  // A full disk: the file opens, the first line fails; the log goes on without the file.
  REQUIRE(core::log::open({"/dev/full"}));
  CHECK_NOTHROW(core::log::info(core::log::Source::plugins, "onto a full disk"));
  CHECK_NOTHROW(core::log::info(core::log::Source::plugins, "and again"));
  CHECK_THAT(err.text(), Contains("motus: not writing the log /dev/full: Cannot write file"));
  // A folder that cannot be made (read-only home, or a file in its place).
  CHECK_FALSE(core::log::open({folder / "not-a-folder" / "motus" / "motus.log"}));
  CHECK_NOTHROW(core::log::error(core::log::Source::records, "into no file"));
  const std::string told = err.text();
  CHECK_THAT(told, Contains("Motus works as usual without it."));
  CHECK(told.find("not writing the log") == told.rfind("not writing the log"));  // once a process
}

TEST_CASE("The log lives in $XDG_STATE_HOME/motus, or ~/.local/state/motus when it is not absolute") {
  const ScopedVariable home("HOME", "/home/therapist");
  {
    const ScopedVariable state("XDG_STATE_HOME", "/var/state-of-mine");
    CHECK(core::log::defaultFile() == fs::path("/var/state-of-mine/motus/motus.log"));
  }
  {
    const ScopedVariable state("XDG_STATE_HOME", "relative/state");
    CHECK(core::log::defaultFile() == fs::path("/home/therapist/.local/state/motus/motus.log"));
  }
  {
    const ScopedVariable state("XDG_STATE_HOME", std::nullopt);
    CHECK(core::log::defaultFile() == fs::path("/home/therapist/.local/state/motus/motus.log"));
  }
}

TEST_CASE("An error is logged by its kind, which never quotes the error's message") {
  CHECK(core::log::kindOf(db::InvalidRecord("Chart number 'Q-1' belongs to another patient already.")) ==
        "invalid record");
  CHECK(core::log::kindOf(db::DatabaseBusy("busy")) == "database busy");
  CHECK(core::log::kindOf(db::CorruptDatabase("damaged")) == "corrupt database");
  CHECK(core::log::kindOf(std::invalid_argument("'Smith' is not a program id")) == "invalid argument");
  CHECK(core::log::kindOf(std::runtime_error("anything")) == "unexpected error");
}
