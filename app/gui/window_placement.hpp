#pragma once
// Where a remembered window opens: the screen it was on may be unplugged, or smaller today.

#include <wx/gdicmn.h>

namespace motus::gui {

// `saved` moved (and shrunk if it must) so that all of it lies in the work area of the display it
// mostly covers, or of the primary display when it covers none: a window saved on a second
// monitor that is gone opens where the therapist can see its title bar and reach its buttons.
wxRect placedOnScreen(const wxRect& saved);

}  // namespace motus::gui
