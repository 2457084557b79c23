#pragma once
// What the handout says once instead of under every exercise: lines that several exercises share
// (a plugin's "stop on sharp pain", its session length) and the time the whole program takes.

#include <motus/core/handout.hpp>
#include <motus/db/records.hpp>

#include <string>
#include <vector>

namespace motus::core {

// Moves the tips, cautions and session lengths that several of the document's exercises share
// (all of them, or all of one plugin's) into document.shared, leaving each exercise its own.
// `items` are the program's, in the order of document.exercises.
void sayOnce(HandoutDocument& document, const std::vector<db::ProgramItem>& items);

// "It takes about 20 minutes in all. Do it twice a day." from the items' dosages: a plugin's
// session length stands for its exercises together; empty when the items say nothing of time.
std::string programTime(const std::vector<db::ProgramItem>& items);

}  // namespace motus::core
