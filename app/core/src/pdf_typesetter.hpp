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

inline LineSpan lineSpan(PangoLayout* layout, int first, int end) {
  LineSpan span;
  span.lines = pango_layout_get_line_count(layout);
  if (end < 0 || end > span.lines) end = span.lines;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  int index = 0;
  do {
    int y0 = 0;
    int y1 = 0;
    pango_layout_iter_get_line_yrange(iter, &y0, &y1);
    if (index == first) span.top = y0;
    if (index == end - 1) span.bottom = y1;
    ++index;
  } while (index < end && pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return span;
}

class Typesetter {
 public:
  // `line_spacing`: the space between lines, as a share of the body size.
  explicit Typesetter(double body_points, double line_spacing = 0.3) : body_(body_points), spacing_(line_spacing) {}

  LayoutPtr layout(cairo_t* cr, const std::string& text, double scale, bool bold, double width) const {
    LayoutPtr made(pango_cairo_create_layout(cr), &g_object_unref);
    // No hinting: the same line breaks on a PDF, a screen preview and a printer.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(made.get()), options);
    cairo_font_options_destroy(options);
    pango_layout_context_changed(made.get());
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, body_ * scale * PANGO_SCALE);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(made.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(made.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(made.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_spacing(made.get(), static_cast<int>(body_ * spacing_ * PANGO_SCALE));
    // A control that would reorder the rest of the line (typed text is isolated by its caller,
    // this catches any other) never reaches Pango.
    const std::string safe = withoutUnpairedBidiControls(text);
    // A line that starts with typed text (the running header) reads left to right like the rest
    // of the handout, whatever script the typed text is in; Pango would take its direction from it.
    if (safe.starts_with("\u2068")) pango_layout_set_auto_dir(made.get(), FALSE);
    pango_layout_set_text(made.get(), safe.c_str(), static_cast<int>(safe.size()));  // plain text, never markup
    return made;
  }

  // A paragraph, optionally with a bullet or number hanging to its left. It breaks across pages
  // by its lines, however long it is, so everything a therapist types is printed.
  Item text(const std::string& content, double scale = 1.0, bool bold = false, const std::string& bullet = {},
            double space_after = 0.35) const {
    return lines(content, scale, bold, bullet, body_ * space_after, 0, -1);
  }

  double body() const { return body_; }

 private:
  double body_;
  double spacing_;

  // Lines [first, end) of the paragraph (end -1: to its last line); the space after it comes with
  // its last line, the bullet with its first.
  Item lines(const std::string& content, double scale, bool bold, const std::string& bullet, double after, int first,
             int end) const {
    const double indent = bullet.empty() ? 0 : body_ * 1.6;
    const bool whole = first == 0 && end < 0;
    Item item;
    item.measure = [=, this](cairo_t* cr, double width) {
      const LayoutPtr made = layout(cr, content, scale, bold, width - indent);
      if (whole) {
        int w = 0;
        int h = 0;
        pango_layout_get_size(made.get(), &w, &h);
        return h / static_cast<double>(PANGO_SCALE) + after;
      }
      const LineSpan span = lineSpan(made.get(), first, end);
      return (span.bottom - span.top) / static_cast<double>(PANGO_SCALE) + (end < 0 ? after : 0);
    };
    item.draw = [=, this](cairo_t* cr, double x, double y, double width) {
      if (!bullet.empty() && first == 0) {
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, layout(cr, bullet, scale, bold, indent).get());
      }
      const LayoutPtr made = layout(cr, content, scale, bold, width - indent);
      if (whole) {
        cairo_move_to(cr, x + indent, y);
        pango_cairo_show_layout(cr, made.get());
        return;
      }
      const int top = lineSpan(made.get(), first, end).top;
      PangoLayoutIter* iter = pango_layout_get_iter(made.get());
      for (int index = 0; end < 0 || index < end; ++index) {
        if (index >= first) {
          PangoRectangle logical;
          pango_layout_iter_get_line_extents(iter, nullptr, &logical);
          cairo_move_to(cr, x + indent + logical.x / static_cast<double>(PANGO_SCALE),
                        y + (pango_layout_iter_get_baseline(iter) - top) / static_cast<double>(PANGO_SCALE));
          pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter));
        }
        if (!pango_layout_iter_next_line(iter)) break;
      }
      pango_layout_iter_free(iter);
    };
    item.split = [=, this](cairo_t* cr, double width, double height) -> std::vector<Item> {
      const LayoutPtr made = layout(cr, content, scale, bold, width - indent);
      const int count = pango_layout_get_line_count(made.get());
      const int last = end < 0 ? count : end;
      const int top = lineSpan(made.get(), first, last).top;
      int fits = first;  // lines [first, fits) fit in height
      while (fits < last &&
             (lineSpan(made.get(), first, fits + 1).bottom - top) / static_cast<double>(PANGO_SCALE) <= height) {
        ++fits;
      }
      if (fits == first || fits == last) return {};
      return {lines(content, scale, bold, bullet, after, first, fits),
              lines(content, scale, bold, bullet, after, fits, end)};
    };
    return item;
  }
};

}  // namespace motus::core
