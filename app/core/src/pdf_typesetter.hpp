#pragma once
// Text set for the PDF handout with Pango: a paragraph measured, drawn and broken across pages by
// its lines, the same on the PDF, a screen preview and a printer (no hinting anywhere). The page
// layout (pdf_handout.cpp) builds its blocks from these Items.

#include <motus/core/bidi_text.hpp>

#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace motus::core {

// One piece of a block: it knows its height for a width, and draws itself at the current point.
struct Item {
  std::function<double(cairo_t*, double width)> measure;
  std::function<void(cairo_t*, double x, double y, double width)> draw;
  // For a piece that may break across pages (a paragraph, by its lines): the part that fits in
  // `height` and the rest, or nothing when not even its first line fits. Empty when it never breaks.
  std::function<std::vector<Item>(cairo_t*, double width, double height)> split;
};

using LayoutPtr = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

// Where lines [first, end) of a layout lie, in Pango units from the layout's top: each line's
// share of the height (its own and half the spacing on either side), so the slices of a paragraph
// add up to the whole paragraph.
struct LineSpan {
  int lines = 0;  // in the whole layout
  int top = 0;
  int bottom = 0;
};

LineSpan lineSpan(PangoLayout* layout, int first, int end);

class LayoutCache;

class Typesetter {
 public:
  // `line_spacing`: the space between lines, as a share of the body size.
  explicit Typesetter(double body_points, double line_spacing = 0.3);

  // A new layout of its own, which the caller may change (shorten, align) before showing it.
  LayoutPtr layout(cairo_t* cr, const std::string& text, double scale, bool bold, double width) const;

  // A paragraph, optionally with a bullet or number hanging to its left. It breaks across pages
  // by its lines, however long it is, so everything a therapist types is printed.
  Item text(const std::string& content, double scale = 1.0, bool bold = false, const std::string& bullet = {},
            double space_after = 0.35) const;

  double body() const { return body_; }

 private:
  double body_;
  double spacing_;
  // The paragraphs' layouts, each set once and then measured, split and drawn as often as the
  // page layout asks (the same layout layout() would make again, so the same bytes come out).
  std::shared_ptr<LayoutCache> cache_;

  // The cached layout for these; owned by the cache and never changed.
  PangoLayout* shared(cairo_t* cr, const std::string& text, double scale, bool bold, double width) const;

  // Lines [first, end) of the paragraph (end -1: to its last line); the space after it comes with
  // its last line, the bullet with its first.
  Item lines(const std::string& content, double scale, bool bold, const std::string& bullet, double after, int first,
             int end) const;
};

}  // namespace motus::core
