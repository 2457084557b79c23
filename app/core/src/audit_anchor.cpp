#include <motus/core/audit_anchor.hpp>

#include <motus/core/xdg.hpp>

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace motus::core {
namespace {

namespace fs = std::filesystem;

constexpr const char* kMagic = "motus-audit-anchor 1";

// The path as given, made absolute, not followed through links: a link put where the database
// was (pointing at an edited copy) still meets the anchor of that path.
fs::path absoluteOf(const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal();
}

std::string keyOf(const fs::path& database) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(database.string());
  return Poco::DigestEngine::digestToHex(engine.digest()).substr(0, 32);
}

// Holds an exclusive lock on the anchor's lock file while it lives, so two processes moving the
// same anchor take turns.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& lock_file) : fd_(::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)) {
    if (fd_ < 0)
      throw std::runtime_error(std::string("cannot open ") + lock_file.string() + ": " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
    }
  }
  ~FolderLock() { ::close(fd_); }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

}  // namespace

AuditAnchor::AuditAnchor(const fs::path& database) : database_(absoluteOf(database)) {
  const fs::path state = xdg::stateHome();
  if (!state.empty()) file_ = state / "motus" / "audit-anchors" / (keyOf(database_) + ".anchor");
}

std::optional<db::AuditHead> AuditAnchor::read() const {
  if (file_.empty()) return std::nullopt;
  std::ifstream in(file_);
  std::string magic;
  std::string key;
  std::string database;
  db::AuditHead head;
  if (!std::getline(in, magic) || magic != kMagic) return std::nullopt;
  if (!(in >> key) || key != "database" || !std::getline(in >> std::ws, database)) return std::nullopt;
  if (!(in >> key >> head.last_id) || key != "last_id" || head.last_id < 0) return std::nullopt;
  if (head.last_id > 0 && (!(in >> key >> head.hash) || key != "hash" || head.hash.size() != 64)) return std::nullopt;
  return head;
}

void AuditAnchor::advance(const db::AuditHead& head) const { write(head, true); }

void AuditAnchor::reset(const db::AuditHead& head) const { write(head, false); }

void AuditAnchor::write(const db::AuditHead& head, bool forward_only) const {
  if (file_.empty()) throw std::runtime_error("no state folder ($XDG_STATE_HOME or $HOME) to keep it in");
  std::error_code ec;
  fs::create_directories(file_.parent_path(), ec);
  if (ec) throw std::runtime_error("cannot make " + file_.parent_path().string() + ": " + ec.message());
  const FolderLock lock(fs::path(file_) += ".lock");
  if (forward_only) {
    const std::optional<db::AuditHead> kept = read();
    if (kept && kept->last_id >= head.last_id) return;
  }
  std::ostringstream text;
  text << kMagic << "\ndatabase " << database_.string() << "\nlast_id " << head.last_id << '\n';
  if (head.last_id > 0) text << "hash " << head.hash << '\n';
  // A whole new file renamed over the old one: a crash leaves the old anchor or the new, never half.
  const fs::path temporary = fs::path(file_) += ".new";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << text.str();
    out.close();
    if (!out) throw std::runtime_error("cannot write " + temporary.string());
  }
  fs::rename(temporary, file_, ec);
  if (ec) throw std::runtime_error("cannot replace " + file_.string() + ": " + ec.message());
}

AnchorCheck checkAnchor(const db::Store& store, const AuditAnchor& anchor) {
  const std::optional<db::AuditHead> kept = anchor.read();
  if (!kept) {
    return {AnchorState::none, "No record of this database's audit log is kept outside it on this account yet (" +
                                   anchor.file().string() + "); one is kept from the next change on."};
  }
  const std::string row = "row " + std::to_string(kept->last_id);
  if (kept->last_id == 0) {
    return {AnchorState::matches, "The audit log matches the record kept outside the database (" +
                                      anchor.file().string() + "), which was made when it was empty."};
  }
  const std::optional<std::string> hash = store.auditHashAt(kept->last_id);
  if (!hash) {
    const db::Id last = store.auditHead().last_id;
    if (last > kept->last_id) {
      return {AnchorState::behind, "The audit log's " + row + ", recorded outside the database (" +
                                       anchor.file().string() +
                                       "), was removed. Restore the database from a backup, and find out who "
                                       "changed it."};
    }
    const std::string removed = last + 1 == kept->last_id ? "row " + std::to_string(last + 1) + " was"
                                                          : "rows " + std::to_string(last + 1) + " to " +
                                                                std::to_string(kept->last_id) + " were";
    return {AnchorState::behind, "The audit log ends at row " + std::to_string(last) + ", but " + row +
                                     " was written and recorded outside the database (" + anchor.file().string() +
                                     "): " + removed +
                                     " removed. Restore the database from a backup, and find out who changed it."};
  }
  if (*hash != kept->hash) {
    return {AnchorState::differs,
            "The audit log's " + row + " is not the row recorded outside the database (" + anchor.file().string() +
                "): the log was rewritten. Restore the database from a backup, and find out who changed it. If you "
                "replaced the database file yourself with another copy, 'motus-cli audit verify --trust-current' "
                "keeps this log's record from now on."};
  }
  return {AnchorState::matches,
          "The audit log holds " + row + " exactly as recorded outside the database (" + anchor.file().string() + ")."};
}

}  // namespace motus::core
