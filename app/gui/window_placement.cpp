#include "window_placement.hpp"

#include <wx/display.h>

#include <algorithm>

namespace motus::gui {
namespace {

// The display whose work area shares most of its surface with `rect`; the primary when none does.
wxRect workAreaUnder(const wxRect& rect) {
  wxRect best = wxDisplay(0U).GetClientArea();
  long best_overlap = 0;
  for (unsigned index = 0; index < wxDisplay::GetCount(); ++index) {
    const wxRect area = wxDisplay(index).GetClientArea();
    const wxRect shared = area.Intersect(rect);
    const long overlap = shared.IsEmpty() ? 0 : static_cast<long>(shared.width) * shared.height;
    if (overlap > best_overlap) {
      best = area;
      best_overlap = overlap;
    }
  }
  return best;
}

}  // namespace

wxRect placedOnScreen(const wxRect& saved) {
  const wxRect area = workAreaUnder(saved);
  wxRect placed = saved;
  placed.width = std::min(placed.width, area.width);
  placed.height = std::min(placed.height, area.height);
  placed.x = std::clamp(placed.x, area.x, area.GetRight() + 1 - placed.width);
  placed.y = std::clamp(placed.y, area.y, area.GetBottom() + 1 - placed.height);
  return placed;
}

}  // namespace motus::gui
