#include "roff_text.hpp"

namespace motus::cli {

std::string roffEscaped(std::string_view text) {
  std::string roff;
  roff.reserve(text.size() + text.size() / 4);
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) roff += "\\&";
    switch (c) {
      case '\\':
        roff += "\\e";
        break;
      case '-':
        roff += "\\-";
        break;
      case '"':
        roff += "\\(dq";
        break;
      default:
        roff += c;
    }
    line_start = c == '\n';
  }
  return roff;
}

}  // namespace motus::cli
