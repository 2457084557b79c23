#pragma once
// Pictures and handout pages as pixels, for a window to show: the same drawing code as the PDF,
// onto an image instead of a page, so the preview is exactly what prints.

#include <motus/core/pdf_handout.hpp>

#include <string>
#include <vector>

namespace motus::core {

// 8-bit RGB, row by row (the layout wxImage takes). Opaque: everything is drawn on white.
struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgb;
};

// The SVG fitted into width x height (keeping its proportions) on a white background; an empty
// image when the SVG cannot be read.
RgbImage rasterizeSvg(const std::string& svg, int width, int height);

// Page `index` of the handout at `pixels_per_point` (1 = 72 dpi), on white.
RgbImage rasterizePage(const HandoutPages& pages, int index, double pixels_per_point);

}  // namespace motus::core
