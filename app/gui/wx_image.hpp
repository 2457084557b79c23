#pragma once
// Pixels from the core (pictures, handout pages) as a wxImage: the one place that copies them.

#include <motus/core/raster.hpp>

#include <wx/image.h>

#include <algorithm>

namespace motus::gui {

inline wxImage toWxImage(const core::RgbImage& pixels) {
  wxImage image(pixels.width, pixels.height);
  std::copy(pixels.rgb.begin(), pixels.rgb.end(), image.GetData());
  return image;
}

}  // namespace motus::gui
