#pragma once
// What every records operation does with what a person typed before db/ sees it.

#include <motus/db/errors.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace motus::core::input {

// Without the spaces, tabs and line ends around it.
std::string trimmed(const std::string& text);

// Throws db::InvalidRecord "Not saved: <every problem>." when there are any, after logging that
// `check` ("patient details") refused input; the log never gets the problems, which quote what
// was typed.
void refuseIfAny(std::string_view check, const std::vector<std::string>& problems);

// "the <what> has characters that are not text" when text is not valid UTF-8.
void checkText(std::vector<std::string>& problems, const std::string& what, const std::string& text);

// A title or name a person will read: trimmed, not empty, valid UTF-8, at most `limit` characters.
// Returns it trimmed; throws db::InvalidRecord naming `what`.
std::string requiredName(const std::string& what, const std::string& text, std::size_t limit = 200);

}  // namespace motus::core::input
