#pragma once
// Text from the command table made safe to put in a man page: nothing in a summary or an
// option's help can turn into a roff request, an escape or a typographic dash.

#include <string>
#include <string_view>

namespace motus::cli {

// Backslashes become \e, every '-' becomes \- (so options print and paste as ASCII hyphens),
// '"' becomes \(dq (so the text is safe inside a quoted macro argument too), and a '.' or '\''
// at the start of a line is preceded by \& so that it is read as text, not as a request.
// A newline is kept: each line it starts is guarded the same way.
std::string roffEscaped(std::string_view text);

}  // namespace motus::cli
