#include "svg_drawing.hpp"

#include <librsvg/rsvg.h>

#include <list>
#include <memory>
#include <utility>

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

// Pictures already read, by their text: a handout draws the same pictures again on every reprint
// and every preview, and reading (parsing) an SVG costs librsvg more than drawing it. Reading
// keeps nothing from one drawing to the next, so a picture read once draws the same as one read
// anew. One cache a thread (a handle is not to be used by two threads at once), of the pictures
// used last; one that cannot be read is kept too (as none), so it is not read again either.
class SvgCache {
 public:
  RsvgHandle* get(const std::string& svg) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->first == svg) {
        entries_.splice(entries_.begin(), entries_, it);
        return entries_.front().second.get();
      }
    }
    entries_.emplace_front(svg, openSvg(svg));
    if (entries_.size() > kKept) entries_.pop_back();
    return entries_.front().second.get();
  }

 private:
  static constexpr std::size_t kKept = 64;  // a long program's pictures and a clinic logo
  std::list<std::pair<std::string, SvgHandle>> entries_;
};

RsvgHandle* readSvg(const std::string& svg) {
  thread_local SvgCache cache;
  return cache.get(svg);
}

}  // namespace

bool drawSvg(cairo_t* cr, const std::string& svg, double x, double y, double width, double height) {
  RsvgHandle* handle = readSvg(svg);
  if (handle == nullptr) return false;
  const RsvgRectangle viewport{x, y, width, height};
  return rsvg_handle_render_document(handle, cr, &viewport, nullptr) != 0;
}

double svgAspect(const std::string& svg) {
  RsvgHandle* handle = readSvg(svg);
  if (handle == nullptr) return 1.0;
  gboolean hasWidth = FALSE;
  gboolean hasHeight = FALSE;
  gboolean hasViewBox = FALSE;
  RsvgLength width{};
  RsvgLength height{};
  RsvgRectangle viewBox{};
  rsvg_handle_get_intrinsic_dimensions(handle, &hasWidth, &width, &hasHeight, &height, &hasViewBox, &viewBox);
  if (hasViewBox && viewBox.height > 0) return viewBox.width / viewBox.height;
  if (hasWidth && hasHeight && height.length > 0) return width.length / height.length;
  return 1.0;
}

}  // namespace motus::core
