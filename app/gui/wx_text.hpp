#pragma once
// The one crossing between the core's UTF-8 std::string and wxString. wx on GTK keeps the C
// locale, where an implicit conversion silently drops non-ASCII text, so implicit conversions are
// compile errors (wxNO_IMPLICIT_WXSTRING_ENCODING) and everything goes through these.

#include <wx/string.h>

#include <string>

namespace motus::gui {

inline wxString wx(const std::string& utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }
inline wxString wx(const char* utf8) { return wxString::FromUTF8(utf8); }
std::string utf8(const wxString& text);

}  // namespace motus::gui
