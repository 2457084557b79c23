#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace motus::core {

std::string fileFailureReason(int error_number) {
  switch (error_number) {
    case ENOSPC:
      return "the disk is full. Free some space on it, or save to another disk";
    case EDQUOT:
      return "your share of the disk (quota) is used up. Free some space, or save to another disk";
    case EACCES:
    case EPERM:
      return "permission denied. Choose a folder you may write to";
    case EROFS:
      return "the disk is read-only. Save to another disk";
    case EIO:
      return "the disk reported an error while writing (input/output error). Check the disk, or save to another";
    case EFBIG:
      return "the file is larger than that disk allows. Save to another disk";
    case ENOENT:
    case ENOTDIR:
      return "the folder does not exist. Choose another folder";
    case ENAMETOOLONG:
      return "the name is too long. Choose a shorter name";
    default:
      return std::string("the system said: ") + std::strerror(error_number);
  }
}

OutputFile::OutputFile(const std::filesystem::path& path)
    : fd_(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) {
  if (fd_ < 0) throw FileWriteError(errno);
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
}

void OutputFile::write(std::string_view bytes) {
  pending_.append(bytes);
  if (pending_.size() < 64 * 1024) return;
  writeAll(pending_);
  pending_.clear();
}

void OutputFile::writeAll(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      throw FileWriteError(errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

void OutputFile::setMode(std::filesystem::perms mode) {
  if (::fchmod(fd_, static_cast<mode_t>(mode)) != 0) throw FileWriteError(errno);
}

void OutputFile::commit() {
  writeAll(pending_);
  pending_.clear();
  // A pipe or a terminal cannot be flushed to a disk (EINVAL, EROFS for special files): nothing
  // is lost there. Any other failure is the write failing late.
  if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) {
    const int failure = errno;
    ::close(fd_);
    fd_ = -1;
    throw FileWriteError(failure);
  }
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0 && errno != EINTR) throw FileWriteError(errno);
}

}  // namespace motus::core
