#pragma once
// A file written so that "written" is true: every write, the flush to the disk and the close are
// checked, and a failure says what really happened ("the disk is full"), not a guess.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace motus::core {

// What a failed file operation's errno means to a person, with what to do next: ENOSPC is "the
// disk is full. Free some space on it, or save to another disk", EACCES "permission denied. ...".
std::string fileFailureReason(int error_number);

// A write, flush or close that failed: what() is fileFailureReason() of error_number().
class FileWriteError : public std::runtime_error {
 public:
  explicit FileWriteError(int error_number)
      : std::runtime_error(fileFailureReason(error_number)), error_number_(error_number) {}
  int error_number() const { return error_number_; }

 private:
  int error_number_;
};

class OutputFile {
 public:
  // Opens `path` for writing, creating it (rw for everyone the umask allows) or emptying it.
  // Throws FileWriteError.
  explicit OutputFile(const std::filesystem::path& path);
  ~OutputFile();  // closes a file that was not committed, keeping no promise about its bytes
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // All of `bytes`, or FileWriteError (now or, as they are gathered into larger writes, from a
  // later write() or commit()).
  void write(std::string_view bytes);
  // Sets the file's permissions (before commit(), so the flush to the disk carries them too).
  void setMode(std::filesystem::perms mode);
  // Flushes the bytes to the disk and closes the file; FileWriteError if either fails, for that
  // is when a network or full disk may first say so.
  void commit();

 private:
  int fd_ = -1;
  std::string pending_;  // bytes not yet written: cairo hands a PDF over in pieces of a few bytes

  void writeAll(std::string_view bytes);
};

}  // namespace motus::core
