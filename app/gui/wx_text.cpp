#include "wx_text.hpp"

namespace motus::gui {

std::string utf8(const wxString& text) {
  const wxScopedCharBuffer buffer = text.utf8_str();
  return {buffer.data(), buffer.length()};
}

}  // namespace motus::gui
