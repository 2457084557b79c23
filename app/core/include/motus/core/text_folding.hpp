#pragma once
// UTF-8 checks and the folding that makes search case- and accent-insensitive.

#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

// True when text is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool isValidUtf8(std::string_view text);
// How many bytes at the start of text are well-formed UTF-8 (text.size() when all are).
std::size_t validUtf8Length(std::string_view text);

// True when text contains a C0 control character or DEL (tabs and newlines included): plugin text
// is printed on handouts and terminals, where such characters are nonsense or worse (escapes).
bool hasControlCharacters(std::string_view text);

// Text that is safe to show anywhere: invalid UTF-8 and control characters each become U+FFFD.
// For text from outside whose content we only report (a plugin's exception message).
std::string displayable(std::string_view text);

// Lowercase, accents removed ("Épaule" -> "epaule", "Straße" -> "strasse"), apostrophes dropped
// ("don't" -> "dont"), and every other character that is not a letter or digit turned into one
// space. Invalid UTF-8 bytes become spaces too, so hostile input can never break a search.
std::string foldForSearch(std::string_view text);

// The words of foldForSearch(text), in order.
std::vector<std::string> searchTokens(std::string_view text);

}  // namespace motus::core
