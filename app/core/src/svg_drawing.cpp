#include "svg_drawing.hpp"

#include <librsvg/rsvg.h>

#include <memory>

namespace motus::core {
namespace {

struct Unref {
  void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};
using SvgHandle = std::unique_ptr<RsvgHandle, Unref>;

SvgHandle openSvg(const std::string& svg) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (error != nullptr) g_error_free(error);
  return SvgHandle(handle);
}

}  // namespace

bool drawSvg(cairo_t* cr, const std::string& svg, double x, double y, double width, double height) {
  const SvgHandle handle = openSvg(svg);
  if (!handle) return false;
  const RsvgRectangle viewport{x, y, width, height};
  return rsvg_handle_render_document(handle.get(), cr, &viewport, nullptr) != 0;
}

double svgAspect(const std::string& svg) {
  const SvgHandle handle = openSvg(svg);
  if (!handle) return 1.0;
  gboolean hasWidth = FALSE;
  gboolean hasHeight = FALSE;
  gboolean hasViewBox = FALSE;
  RsvgLength width{};
  RsvgLength height{};
  RsvgRectangle viewBox{};
  rsvg_handle_get_intrinsic_dimensions(handle.get(), &hasWidth, &width, &hasHeight, &height, &hasViewBox, &viewBox);
  if (hasViewBox && viewBox.height > 0) return viewBox.width / viewBox.height;
  if (hasWidth && hasHeight && height.length > 0) return width.length / height.length;
  return 1.0;
}

}  // namespace motus::core
