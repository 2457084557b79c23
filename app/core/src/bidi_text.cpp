#include <motus/core/bidi_text.hpp>

#include <vector>

namespace motus::core {
namespace {

// The explicit bidi controls, all three bytes long in UTF-8: E2 80 AA..AE and E2 81 A6..A9.
enum class Control { none, embedding, pop_embedding, isolate, pop_isolate };

Control controlAt(std::string_view text, std::size_t at) {
  if (at + 2 >= text.size() || static_cast<unsigned char>(text[at]) != 0xE2) return Control::none;
  const auto second = static_cast<unsigned char>(text[at + 1]);
  const auto third = static_cast<unsigned char>(text[at + 2]);
  if (second == 0x80) {
    if (third == 0xAA || third == 0xAB || third == 0xAD || third == 0xAE) return Control::embedding;  // LRE RLE LRO RLO
    if (third == 0xAC) return Control::pop_embedding;                                                 // PDF
  } else if (second == 0x81) {
    if (third >= 0xA6 && third <= 0xA8) return Control::isolate;  // LRI RLI FSI
    if (third == 0xA9) return Control::pop_isolate;               // PDI
  }
  return Control::none;
}

}  // namespace

std::string withoutUnpairedBidiControls(std::string_view text) {
  // Pass one: which controls have a partner, matched the way the bidi algorithm matches them
  // (a PDF closes the innermost embedding inside the current isolate; a PDI closes the innermost
  // isolate and every embedding opened within it, which are then unpaired).
  struct Open {
    std::size_t at;
    Control kind;
  };
  std::vector<Open> open;
  std::vector<bool> paired(text.size(), false);  // by the control's first byte: keep it
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\n' || text[at] == '\r') {
      open.clear();
      continue;
    }
    switch (controlAt(text, at)) {
      case Control::embedding:
      case Control::isolate:
        open.push_back({at, controlAt(text, at)});
        break;
      case Control::pop_embedding:
        if (!open.empty() && open.back().kind == Control::embedding) {
          paired[open.back().at] = paired[at] = true;
          open.pop_back();
        }
        break;
      case Control::pop_isolate:
        for (std::size_t i = open.size(); i-- > 0;) {
          if (open[i].kind != Control::isolate) continue;
          paired[open[i].at] = paired[at] = true;
          open.resize(i);
          break;
        }
        break;
      case Control::none:
        break;
    }
  }
  // Pass two: copy everything but the controls without a partner.
  std::string kept;
  kept.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (controlAt(text, at) != Control::none && !paired[at]) {
      at += 2;
      continue;
    }
    kept += text[at];
  }
  return kept;
}

std::string bidiIsolated(std::string_view text) { return "\u2068" + withoutUnpairedBidiControls(text) + "\u2069"; }

}  // namespace motus::core
