#include <motus/core/raster.hpp>

#include "svg_drawing.hpp"

#include <cairo.h>

#include <cmath>
#include <memory>

namespace motus::core {
namespace {

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using Context = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

// Cairo keeps 32-bit native-endian premultiplied ARGB; the window wants plain RGB. The surface was
// painted white first, so every pixel is opaque and there is no alpha to hand on.
RgbImage toRgb(cairo_surface_t* surface) {
  cairo_surface_flush(surface);
  RgbImage image;
  image.width = cairo_image_surface_get_width(surface);
  image.height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const auto pixels = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
  image.rgb.resize(pixels * 3);
  std::size_t out = 0;
  for (int y = 0; y < image.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < image.width; ++x, ++out) {
      const std::uint32_t argb = row[x];
      const unsigned alpha = argb >> 24U;
      const auto channel = [&](unsigned shift) {
        const unsigned value = (argb >> shift) & 0xFFU;
        return static_cast<unsigned char>(alpha == 0 ? 0 : std::min(255U, value * 255U / alpha));
      };
      image.rgb[out * 3] = channel(16);
      image.rgb[out * 3 + 1] = channel(8);
      image.rgb[out * 3 + 2] = channel(0);
    }
  }
  return image;
}

Surface whiteSurface(int width, int height, Context& cr) {
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height), &cairo_surface_destroy);
  cr = Context(cairo_create(surface.get()), &cairo_destroy);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  return surface;
}

}  // namespace

RgbImage rasterizeSvg(const std::string& svg, int width, int height) {
  if (svg.empty() || width <= 0 || height <= 0) return {};
  Context cr(nullptr, &cairo_destroy);
  Surface surface = whiteSurface(width, height, cr);
  if (!drawSvg(cr.get(), svg, 0, 0, width, height)) return {};
  return toRgb(surface.get());
}

RgbImage rasterizePage(const HandoutPages& pages, int index, double pixels_per_point) {
  const int width = static_cast<int>(std::lround(pages.pageWidth() * pixels_per_point));
  const int height = static_cast<int>(std::lround(pages.pageHeight() * pixels_per_point));
  Context cr(nullptr, &cairo_destroy);
  Surface surface = whiteSurface(width, height, cr);
  cairo_scale(cr.get(), pixels_per_point, pixels_per_point);
  pages.drawPage(cr.get(), index);
  return toRgb(surface.get());
}

}  // namespace motus::core
