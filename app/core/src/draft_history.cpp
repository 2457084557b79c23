#include <motus/core/draft_history.hpp>

#include <utility>

namespace motus::core {

void DraftHistory::recorded(db::Id draft, DraftStep step) {
  Steps& steps = drafts_[draft];
  steps.undone.clear();
  steps.done.push_back(std::move(step));
  if (steps.done.size() > kMostSteps) steps.done.erase(steps.done.begin());
}

const DraftStep* DraftHistory::nextUndo(db::Id draft) const {
  const auto found = drafts_.find(draft);
  return found == drafts_.end() || found->second.done.empty() ? nullptr : &found->second.done.back();
}

const DraftStep* DraftHistory::nextRedo(db::Id draft) const {
  const auto found = drafts_.find(draft);
  return found == drafts_.end() || found->second.undone.empty() ? nullptr : &found->second.undone.back();
}

void DraftHistory::undone(db::Id draft) {
  Steps& steps = drafts_[draft];
  if (steps.done.empty()) return;
  steps.undone.push_back(std::move(steps.done.back()));
  steps.done.pop_back();
}

void DraftHistory::redone(db::Id draft) {
  Steps& steps = drafts_[draft];
  if (steps.undone.empty()) return;
  steps.done.push_back(std::move(steps.undone.back()));
  steps.undone.pop_back();
}

void DraftHistory::forget(db::Id draft) { drafts_.erase(draft); }

}  // namespace motus::core
