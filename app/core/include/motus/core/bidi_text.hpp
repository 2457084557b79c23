#pragma once
// Text a person typed, made safe to set beside our own words: a right-to-left override in a
// patient's name must never reorder "home exercises" after it.

#include <string>
#include <string_view>

namespace motus::core {

// `text` without the bidi embedding, override and isolate controls (U+202A to U+202E, U+2066 to
// U+2069) that have no partner in it, so none can reach past the end of the text; the paired ones
// are kept, as typed. A line break ends every embedding and isolate, as it does in Unicode's bidi
// algorithm, so a control opened on one line and closed on the next counts as unpaired.
std::string withoutUnpairedBidiControls(std::string_view text);

// `text` (as withoutUnpairedBidiControls) between FIRST STRONG ISOLATE (U+2068) and POP
// DIRECTIONAL ISOLATE (U+2069): it takes its own direction from its first letter, and the text
// around it keeps its order whatever the isolated text holds. For plain text (the PDF); HTML says
// the same with <bdi>.
std::string bidiIsolated(std::string_view text);

}  // namespace motus::core
