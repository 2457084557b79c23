#pragma once
// The audit chain's newest row, kept outside the database: in the user's state folder
// ($XDG_STATE_HOME/motus/audit-anchors/), one small file per database path, moved forward after
// every write Motus makes. The chain alone shows a row edited in the middle; it cannot show rows
// removed from its end, or a log rewritten with recomputed hashes. The anchor can: the row it
// names must still be in the database with the same hash.
//
// What it cannot do: someone who can change both the database and this folder can change both.
// The clinic server's grants are the stronger protection (see the README).

#include <motus/db/records.hpp>
#include <motus/db/store.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace motus::core {

class AuditAnchor {
 public:
  // The anchor of the database at this path (made absolute; the file itself need not exist).
  explicit AuditAnchor(const std::filesystem::path& database);

  const std::filesystem::path& file() const { return file_; }

  // nullopt when none was kept, or the file cannot be read as one.
  std::optional<db::AuditHead> read() const;
  // Moves the anchor to `head` unless it already names a later row (two processes writing the
  // same database may finish in either order). Throws std::runtime_error when it cannot be kept.
  void advance(const db::AuditHead& head) const;
  // Sets the anchor to `head`, even backwards: after a restore, or a new database at this path.
  void reset(const db::AuditHead& head) const;

 private:
  void write(const db::AuditHead& head, bool forward_only) const;

  std::filesystem::path database_;
  std::filesystem::path file_;
};

enum class AnchorState {
  none,     // no anchor kept for this database yet
  matches,  // the row the anchor names is there, with its hash (later rows may follow)
  behind,   // the database's log ends before the row the anchor names: rows were removed
  differs,  // that row is there with another hash: the log was rewritten
};

struct AnchorCheck {
  AnchorState state = AnchorState::none;
  std::string message;  // in words a clinic can act on
};

AnchorCheck checkAnchor(const db::Store& store, const AuditAnchor& anchor);

}  // namespace motus::core
