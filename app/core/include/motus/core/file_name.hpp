#pragma once
// A file name suggested from text a person typed (a patient's name, a chart number, the
// clinic's name): one that every file system and file manager shows as it reads.

#include <string>
#include <string_view>

namespace motus::core {

// `text` as a file-name stem: letters and digits of any script (with their accents and vowel
// signs), '-', '_' and '.'; every other run of characters (spaces, slashes, emoji, symbols)
// becomes one '-'. Invisible characters that reorder or hide text (bidi controls, zero-width
// ones, variation selectors) are dropped, so a name cannot pretend to end in something it does
// not. No leading '.' or '-' (a hidden file, an option), at most 80 bytes cut between characters;
// `fallback` when nothing is left.
std::string safeFileStem(std::string_view text, std::string_view fallback);

}  // namespace motus::core
