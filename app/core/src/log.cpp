#include <motus/core/handout_job.hpp>
#include <motus/core/log.hpp>
#include <motus/core/xdg.hpp>

#include <motus/core/text_folding.hpp>
#include <motus/db/errors.hpp>

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/Exception.h>
#include <Poco/FileChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <Poco/PatternFormatter.h>
#include <Poco/SplitterChannel.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <string>

namespace motus::core::log {
namespace {

namespace fs = std::filesystem;
using Poco::AutoPtr;

// Local time, ISO 8601 with the offset, so a line can be matched with what the therapist remembers
// ("yesterday at three") and with another machine's clock.
constexpr const char* kPattern = "%Y-%m-%dT%H:%M:%S.%i%z %p %s: %t";

// Writes are synchronous (no AsyncChannel): a handful of lines a run, each on disk before Motus
// goes on, so a crash right after leaves its cause in the log, and a write that fails (disk full)
// fails here, where it is caught, not on a thread of Poco's. Every use of this state holds mutex.
struct Log {
  std::mutex mutex;
  AutoPtr<Poco::SplitterChannel> outputs = new Poco::SplitterChannel;
  AutoPtr<Poco::FileChannel> file;
  fs::path file_path;
  AutoPtr<Poco::ConsoleChannel> console;  // std::clog: stderr
  bool trouble_told = false;
  Poco::Logger& logger = Poco::Logger::get("motus");

  Log() {
    AutoPtr<Poco::PatternFormatter> formatter = new Poco::PatternFormatter(kPattern);
    formatter->setProperty("times", "local");
    logger.setChannel(new Poco::FormattingChannel(formatter, outputs));
    logger.setLevel(Poco::Message::PRIO_INFORMATION);
  }

  // Says once per process that there is no log file and why; Motus carries on either way.
  void tellTrouble(const fs::path& path, const std::string& why) {
    if (trouble_told) return;
    trouble_told = true;
    std::cerr << "motus: not writing the log " << (path.empty() ? "(no home folder)" : path.string()) << ": " << why
              << ". Motus works as usual without it.\n";
  }

  void dropFile() {
    if (!file) return;
    outputs->removeChannel(file);
    try {
      file->close();
    } catch (const std::exception&) {  // nothing more to lose
    }
    file = nullptr;
  }
};

Log& theLog() {
  static Log log;
  return log;
}

// Started with stderr closed (motus-cli 2>&-), a program would get its log file as descriptor 2,
// and everything meant for stderr, error messages that quote what was typed included, would land
// in the log. /dev/null takes each closed standard descriptor first.
void fillClosedStandardDescriptors() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int null = ::open("/dev/null", O_RDWR);  // the lowest free descriptor: fd itself
    if (null > fd) ::close(null);
  }
}

// Poco's what() is only the exception's class ("File not found"); its displayText names the file too.
std::string reasonOf(const std::exception& failure) {
  if (const auto* poco = dynamic_cast<const Poco::Exception*>(&failure)) return poco->displayText();
  return failure.what();
}

void write(Source source, Poco::Message::Priority priority, std::string_view message) {
  Log& log = theLog();
  const std::lock_guard lock(log.mutex);
  if (!log.file && !log.console) return;
  // One event, one line: control characters (a newline in a plugin's reason) and invalid UTF-8
  // become U+FFFD.
  const Poco::Message line(std::string(toString(source)), displayable(message), priority);
  try {
    log.logger.log(line);
  } catch (const std::exception& failure) {  // Poco::Exception is one too
    log.dropFile();
    log.tellTrouble(log.file_path, reasonOf(failure));
    if (log.console) {
      try {
        log.logger.log(line);
      } catch (const std::exception&) {  // stderr itself is gone: nothing left to tell
      }
    }
  }
}

}  // namespace

std::string_view toString(Source source) {
  switch (source) {
    case Source::motus:
      return "motus";
    case Source::plugins:
      return "plugins";
    case Source::records:
      return "records";
    case Source::gui:
      return "gui";
    case Source::cli:
      return "cli";
  }
  return "motus";
}

fs::path defaultFile() {
  const fs::path folder = xdg::stateHome();
  return folder.empty() ? fs::path() : folder / "motus" / "motus.log";
}

bool open(const Options& options) {
  Log& log = theLog();
  const std::lock_guard lock(log.mutex);
  log.dropFile();
  if (options.file.empty()) {
    log.tellTrouble(options.file, "neither XDG_STATE_HOME nor HOME says where");
    return false;
  }
  fillClosedStandardDescriptors();
  try {
    fs::create_directories(options.file.parent_path());
    AutoPtr<Poco::FileChannel> file = new Poco::FileChannel(options.file.string());
    file->setProperty(Poco::FileChannel::PROP_ROTATION, std::to_string(options.rotate_bytes));
    file->setProperty(Poco::FileChannel::PROP_ARCHIVE, "number");  // motus.log.0 is the newest archive
    file->setProperty(Poco::FileChannel::PROP_PURGECOUNT, std::to_string(options.archives));
    // Plain text, not gzip: Poco compresses on a thread of its own, which a process that exits
    // right after a rotation would cut short; 5 MB of text costs nothing and greps as it is.
    file->setProperty(Poco::FileChannel::PROP_COMPRESS, "false");
    file->setProperty(Poco::FileChannel::PROP_FLUSH, "true");
    file->open();  // fails here, not at the first line, when the file cannot be written
    log.outputs->addChannel(file);
    log.file = file;
    log.file_path = options.file;
    return true;
  } catch (const std::exception& failure) {
    log.tellTrouble(options.file, reasonOf(failure));
    return false;
  }
}

void close() {
  Log& log = theLog();
  const std::lock_guard lock(log.mutex);
  log.dropFile();
}

void echoToStderr(bool on) {
  Log& log = theLog();
  const std::lock_guard lock(log.mutex);
  if (on && !log.console) {
    log.console = new Poco::ConsoleChannel;
    log.outputs->addChannel(log.console);
  } else if (!on && log.console) {
    log.outputs->removeChannel(log.console);
    log.console = nullptr;
  }
}

void info(Source source, std::string_view message) { write(source, Poco::Message::PRIO_INFORMATION, message); }
void warning(Source source, std::string_view message) { write(source, Poco::Message::PRIO_WARNING, message); }
void error(Source source, std::string_view message) { write(source, Poco::Message::PRIO_ERROR, message); }

std::string_view kindOf(const std::exception& error) {
  // Most specific first: every db error is a DatabaseError.
  if (dynamic_cast<const db::InvalidRecord*>(&error)) return "invalid record";
  if (dynamic_cast<const db::RecordNotFound*>(&error)) return "record not found";
  if (dynamic_cast<const db::ImmutableRecord*>(&error)) return "issued record";
  if (dynamic_cast<const db::DatabaseBusy*>(&error)) return "database busy";
  if (dynamic_cast<const db::NotAMotusDatabase*>(&error)) return "not a Motus database";
  if (dynamic_cast<const db::NewerDatabase*>(&error)) return "newer database";
  if (dynamic_cast<const db::CorruptDatabase*>(&error)) return "corrupt database";
  if (dynamic_cast<const db::DatabaseNotFound*>(&error)) return "no database";
  if (dynamic_cast<const db::ReadOnlyDatabase*>(&error)) return "read-only database";
  if (dynamic_cast<const db::DatabaseError*>(&error)) return "database error";
  if (dynamic_cast<const HandoutError*>(&error)) return "handout not delivered";
  if (dynamic_cast<const std::invalid_argument*>(&error)) return "invalid argument";
  if (dynamic_cast<const std::bad_alloc*>(&error)) return "out of memory";
  if (dynamic_cast<const fs::filesystem_error*>(&error)) return "file error";
  return "unexpected error";
}

}  // namespace motus::core::log
