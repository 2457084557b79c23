#pragma once
// SVG pictures drawn with librsvg onto any cairo context: the PDF's pages and the window's
// images share this, so a picture looks the same on paper and on screen.

#include <string>

using cairo_t = struct _cairo;  // NOLINT(bugprone-reserved-identifier): cairo.h names it so

namespace motus::core {

// Draws the SVG into the box, keeping its proportions; false (and nothing drawn) when it cannot be
// read. Pictures are validated when a plugin loads, so this is a last line of defence.
bool drawSvg(cairo_t* cr, const std::string& svg, double x, double y, double width, double height);

// Width over height of an SVG, from its viewBox or size; 1 when it says neither or cannot be read.
double svgAspect(const std::string& svg);

}  // namespace motus::core
