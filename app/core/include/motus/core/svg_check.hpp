#pragma once
// Illustrations come from plugins and end up inline in HTML handouts, so they must be well-formed
// SVG and inert: no scripts, no event handlers, nothing fetched from outside the document.

#include <string>
#include <string_view>

namespace motus::core {

// An empty string when svg is acceptable; otherwise one sentence saying what is wrong.
std::string checkSvg(std::string_view svg);

}  // namespace motus::core
