#pragma once
// What Undo and Redo take back and put again: each change made to a draft this session, as the
// draft was before and after it. Core::Records keeps one and applies its steps; this is only the
// bookkeeping (which step is next, per draft), with no store of its own.

#include <motus/db/records.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace motus::core {

// A draft's title and exercises (with their dosage, notes, override reasons and advice choices):
// everything a change to a draft can change.
struct DraftContent {
  std::string title;
  std::vector<db::ProgramItem> items;

  friend bool operator==(const DraftContent&, const DraftContent&) = default;
};

struct DraftStep {
  std::string label;  // the change in a therapist's words: "removing Heel slide"
  std::string audit;  // as the audit log wrote it: "exercise 3 removed"
  // Which draft it was: a draft deleted elsewhere can leave its id to the next one made (SQLite
  // reuses the highest), and a step must never land in another patient's program.
  db::Id patient = 0;
  std::string created_at;
  DraftContent before;
  DraftContent after;
};

class DraftHistory {
 public:
  // Enough for a long visit; the oldest steps go first.
  static constexpr std::size_t kMostSteps = 100;

  // A new change: it becomes the next to undo, and nothing is left to redo.
  void recorded(db::Id draft, DraftStep step);
  // The step Undo (Redo) would apply next to this draft; null when there is none.
  const DraftStep* nextUndo(db::Id draft) const;
  const DraftStep* nextRedo(db::Id draft) const;
  // The next step was undone (redone): it moves to the other side.
  void undone(db::Id draft);
  void redone(db::Id draft);
  // The draft's steps no longer describe it (issued, deleted, changed elsewhere).
  void forget(db::Id draft);

 private:
  struct Steps {
    std::vector<DraftStep> done;    // the newest last
    std::vector<DraftStep> undone;  // the most recently undone last
  };
  std::map<db::Id, Steps> drafts_;
};

}  // namespace motus::core
