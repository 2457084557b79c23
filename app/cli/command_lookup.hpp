#pragma once
// Finding a command in the table by the words the user typed, and the nearest ones when none fits.

#include "command_table.hpp"

#include <span>
#include <string>
#include <vector>

namespace motus::cli {

// The words of a command one by one: "programs add-item" -> {"programs", "add-item"}.
std::vector<std::string> wordsOf(const Command& command);

// The command whose words are the longest run at the start of `typed`; nullptr when none is.
const Command* findCommand(std::span<const std::string> typed);

// Commands that look like what was typed, best first (a misspelling, or the family of a first
// word that is no command by itself, such as "programs"); empty when nothing is close.
std::vector<const Command*> nearestCommands(std::span<const std::string> typed);

}  // namespace motus::cli
