#include "handout_sharing.hpp"

#include <motus/core/dosage_text.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace motus::core {
namespace {

bool contains(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

void erase(std::vector<std::string>& lines, const std::string& line) {
  lines.erase(std::remove(lines.begin(), lines.end(), line), lines.end());
}

// The one sentence dosageSentences() gives a session length, so it can be found and moved.
std::string sessionSentence(const sdk::Dosage& dosage) {
  if (!dosage.session_minutes) return {};
  sdk::Dosage session;
  session.session_minutes = dosage.session_minutes;
  const std::vector<std::string> sentences = dosageSentences(session);
  return sentences.empty() ? std::string() : sentences.front();
}

// "2, 3 and 5", or "2 to 5" when they follow one another.
std::string numbers(const std::vector<std::size_t>& members, const HandoutDocument& document) {
  std::vector<int> shown;
  shown.reserve(members.size());
  for (const std::size_t i : members) shown.push_back(document.exercises[i].number);
  const bool run = shown.back() - shown.front() == static_cast<int>(shown.size()) - 1;
  if (run && shown.size() > 2) return std::to_string(shown.front()) + " to " + std::to_string(shown.back());
  std::string text;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == shown.size() ? " and " : ", ") + std::to_string(shown[i]);
  }
  return text;
}

// The tips and cautions every member has, in the first member's order, taken out of each member.
std::vector<std::string> takeCommonLines(HandoutDocument& document, const std::vector<std::size_t>& members) {
  std::vector<std::string> common;
  const HandoutExercise& first = document.exercises[members.front()];
  for (const auto* list : {&first.cues, &first.precautions}) {
    for (const std::string& line : *list) {
      const bool everywhere = std::all_of(members.begin(), members.end(), [&](std::size_t i) {
        const HandoutExercise& exercise = document.exercises[i];
        return contains(exercise.cues, line) || contains(exercise.precautions, line);
      });
      if (everywhere && !contains(common, line)) common.push_back(line);
    }
  }
  for (const std::size_t i : members) {
    for (const std::string& line : common) {
      erase(document.exercises[i].cues, line);
      erase(document.exercises[i].precautions, line);
    }
  }
  return common;
}

// The session length when every member has the same one.
std::optional<sdk::Range> commonSession(const std::vector<db::ProgramItem>& items,
                                        const std::vector<std::size_t>& members) {
  const std::optional<sdk::Range>& first = items[members.front()].dosage.session_minutes;
  if (!first) return std::nullopt;
  for (const std::size_t i : members) {
    if (items[i].dosage.session_minutes != first) return std::nullopt;
  }
  return first;
}

// The items of each plugin that has two or more in the program, by first appearance.
std::vector<std::vector<std::size_t>> pluginGroups(const std::vector<db::ProgramItem>& items) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& plugin = items[i].exercise.plugin_id;
    if (!members.contains(plugin)) order.push_back(plugin);
    members[plugin].push_back(i);
  }
  std::vector<std::vector<std::size_t>> groups;
  for (const std::string& plugin : order) {
    if (members[plugin].size() >= 2) groups.push_back(members[plugin]);
  }
  return groups;
}

struct Seconds {
  double low = 0;
  double high = 0;
};

// A rough time for one exercise as dosed: each repetition about 3 seconds plus its hold, a timed
// set as long as it says, rests between sets, both sides, and a little to get into position.
Seconds exerciseTime(const sdk::Dosage& dosage) {
  const auto at = [](const std::optional<sdk::Range>& range, bool high, double none) {
    return range ? static_cast<double>(high ? range->high : range->low) : none;
  };
  Seconds time;
  for (const bool high : {false, true}) {
    const double reps = at(dosage.reps, high, 0);
    const double work = std::max(reps * (3 + at(dosage.hold_seconds, high, 0)), at(dosage.duration_seconds, high, 0));
    const double sets = at(dosage.sets, high, 1);
    const double sides = dosage.side == sdk::Side::each_side ? 2 : 1;
    const double seconds = sides * (sets * (work > 0 ? work : 30) + (sets - 1) * at(dosage.rest_seconds, high, 0)) + 20;
    (high ? time.high : time.low) = seconds;
  }
  return time;
}

int roundedMinutes(double seconds) { return std::max(5, static_cast<int>(std::lround(seconds / 60 / 5)) * 5); }

std::string timesADay(const sdk::Range& range) {
  if (range.isSingle() && range.low == 1) return "once a day";
  if (range.isSingle() && range.low == 2) return "twice a day";
  return spokenRange(range) + " times a day";
}

// The same value in every item, or nothing.
std::optional<sdk::Range> sameEverywhere(const std::vector<db::ProgramItem>& items,
                                         std::optional<sdk::Range> sdk::Dosage::*field) {
  const std::optional<sdk::Range>& first = items.front().dosage.*field;
  for (const db::ProgramItem& item : items) {
    if (item.dosage.*field != first) return std::nullopt;
  }
  return first;
}

}  // namespace

void sayOnce(HandoutDocument& document, const std::vector<db::ProgramItem>& items) {
  if (items.empty() || items.size() != document.exercises.size()) return;
  std::vector<std::size_t> everyone(items.size());
  for (std::size_t i = 0; i < everyone.size(); ++i) everyone[i] = i;

  const auto dropSession = [&](const std::vector<std::size_t>& members) {
    for (const std::size_t i : members) erase(document.exercises[i].dosage, sessionSentence(items[i].dosage));
  };
  // The whole program's session length is in program_time.
  if (commonSession(items, everyone)) dropSession(everyone);
  if (items.size() < 2) return;  // nothing else can be shared
  if (std::vector<std::string> lines = takeCommonLines(document, everyone); !lines.empty()) {
    document.shared.push_back({"For all these exercises", std::move(lines)});
  }
  for (const std::vector<std::size_t>& group : pluginGroups(items)) {
    if (group.size() == items.size()) continue;  // said above, for all of them
    std::vector<std::string> lines = takeCommonLines(document, group);
    if (const std::optional<sdk::Range> session = commonSession(items, group)) {
      dropSession(group);
      std::string sentence = "Doing these together takes about " + spokenRange(*session);
      sentence += session->isSingle() && session->low == 1 ? " minute." : " minutes.";
      std::vector<std::string> said{std::move(sentence)};
      said.insert(said.end(), lines.begin(), lines.end());
      lines = std::move(said);
    }
    if (!lines.empty()) document.shared.push_back({"For exercises " + numbers(group, document), std::move(lines)});
  }
}

std::string programTime(const std::vector<db::ProgramItem>& items) {
  if (items.empty()) return {};
  Seconds total;
  std::vector<bool> counted(items.size(), false);
  for (const std::vector<std::size_t>& group : pluginGroups(items)) {
    if (const std::optional<sdk::Range> session = commonSession(items, group)) {
      total.low += session->low * 60.0;
      total.high += session->high * 60.0;
      for (const std::size_t i : group) counted[i] = true;
    }
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (counted[i]) continue;
    const Seconds time = items[i].dosage.session_minutes ? Seconds{items[i].dosage.session_minutes->low * 60.0,
                                                                   items[i].dosage.session_minutes->high * 60.0}
                                                         : exerciseTime(items[i].dosage);
    total.low += time.low;
    total.high += time.high;
  }
  const int low = roundedMinutes(total.low);
  const int high = roundedMinutes(total.high);
  std::string text = "It takes about " +
                     (low == high ? std::to_string(low) : std::to_string(low) + " to " + std::to_string(high)) +
                     " minutes in all.";
  const std::optional<sdk::Range> perDay = sameEverywhere(items, &sdk::Dosage::times_per_day);
  const std::optional<sdk::Range> perWeek = sameEverywhere(items, &sdk::Dosage::days_per_week);
  if (perDay) {
    text += " Do it " + timesADay(*perDay);
    if (perWeek && perWeek->isSingle() && perWeek->low == 7) {
      text += ", every day";
    } else if (perWeek) {
      text += ", " + spokenRange(*perWeek) + " days a week";
    }
    text += ".";
  }
  return text;
}

}  // namespace motus::core
