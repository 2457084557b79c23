#pragma once
// UTF-8 checks and the folding that makes search case- and accent-insensitive.

#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

// True when text is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool isValidUtf8(std::string_view text);

// Lowercase, accents removed ("Épaule" -> "epaule", "Straße" -> "strasse"), apostrophes dropped
// ("don't" -> "dont"), and every other character that is not a letter or digit turned into one
// space. Invalid UTF-8 bytes become spaces too, so hostile input can never break a search.
std::string foldForSearch(std::string_view text);

// The words of foldForSearch(text), in order.
std::vector<std::string> searchTokens(std::string_view text);

}  // namespace motus::core
