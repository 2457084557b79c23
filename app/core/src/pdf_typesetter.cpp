#include "pdf_typesetter.hpp"

#include <array>
#include <map>
#include <mutex>
#include <tuple>

namespace motus::core {

LineSpan lineSpan(PangoLayout* layout, int first, int end) {
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

// Layouts by everything a new one would be made from. Besides the text and its setting, a layout
// takes from the cairo context what pango_cairo_create_layout() reads: the matrix (not its
// translation), the target surface's font options, and the thread's default font map. So a layout
// made while measuring on a PDF surface is used for drawing on another PDF surface, never on an
// image surface at another scale, and never on another thread's font map.
class LayoutCache {
 public:
  PangoLayout* find(cairo_t* cr, const std::string& text, double scale, bool bold, int width) {
    const std::lock_guard<std::mutex> lock(mutex_);
    Context& context = contextOf(cr);
    const auto found = context.layouts.find(Key{text, scale, bold, width});
    return found == context.layouts.end() ? nullptr : found->second.get();
  }

  PangoLayout* keep(cairo_t* cr, const std::string& text, double scale, bool bold, int width, LayoutPtr made) {
    const std::lock_guard<std::mutex> lock(mutex_);
    Context& context = contextOf(cr);
    return context.layouts.emplace(Key{text, scale, bold, width}, std::move(made)).first->second.get();
  }

 private:
  using Key = std::tuple<std::string, double, bool, int>;
  using OptionsPtr = std::unique_ptr<cairo_font_options_t, decltype(&cairo_font_options_destroy)>;
  struct Context {
    PangoFontMap* font_map;
    std::array<double, 4> matrix;
    OptionsPtr surface_options;
    std::map<Key, LayoutPtr> layouts;
  };

  std::mutex mutex_;
  std::vector<Context> contexts_;

  Context& contextOf(cairo_t* cr) {
    PangoFontMap* map = pango_cairo_font_map_get_default();
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    const std::array<double, 4> matrix{m.xx, m.yx, m.xy, m.yy};
    OptionsPtr options(cairo_font_options_create(), &cairo_font_options_destroy);
    cairo_surface_get_font_options(cairo_get_target(cr), options.get());
    for (Context& context : contexts_) {
      if (context.font_map == map && context.matrix == matrix &&
          cairo_font_options_equal(context.surface_options.get(), options.get()) != 0) {
        return context;
      }
    }
    return contexts_.emplace_back(Context{map, matrix, std::move(options), {}});
  }
};

Typesetter::Typesetter(double body_points, double line_spacing)
    : body_(body_points), spacing_(line_spacing), cache_(std::make_shared<LayoutCache>()) {}

LayoutPtr Typesetter::layout(cairo_t* cr, const std::string& text, double scale, bool bold, double width) const {
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

PangoLayout* Typesetter::shared(cairo_t* cr, const std::string& text, double scale, bool bold, double width) const {
  // The layout sees its width only in whole Pango units.
  const int units = static_cast<int>(width * PANGO_SCALE);
  if (PangoLayout* found = cache_->find(cr, text, scale, bold, units)) return found;
  return cache_->keep(cr, text, scale, bold, units, layout(cr, text, scale, bold, width));
}

Item Typesetter::text(const std::string& content, double scale, bool bold, const std::string& bullet,
                      double space_after) const {
  return lines(content, scale, bold, bullet, body_ * space_after, 0, -1);
}

Item Typesetter::lines(const std::string& content, double scale, bool bold, const std::string& bullet, double after,
                       int first, int end) const {
  const double indent = bullet.empty() ? 0 : body_ * 1.6;
  const bool whole = first == 0 && end < 0;
  Item item;
  item.measure = [=, this](cairo_t* cr, double width) {
    PangoLayout* made = shared(cr, content, scale, bold, width - indent);
    if (whole) {
      int w = 0;
      int h = 0;
      pango_layout_get_size(made, &w, &h);
      return h / static_cast<double>(PANGO_SCALE) + after;
    }
    const LineSpan span = lineSpan(made, first, end);
    return (span.bottom - span.top) / static_cast<double>(PANGO_SCALE) + (end < 0 ? after : 0);
  };
  item.draw = [=, this](cairo_t* cr, double x, double y, double width) {
    if (!bullet.empty() && first == 0) {
      cairo_move_to(cr, x, y);
      pango_cairo_show_layout(cr, shared(cr, bullet, scale, bold, indent));
    }
    PangoLayout* made = shared(cr, content, scale, bold, width - indent);
    if (whole) {
      cairo_move_to(cr, x + indent, y);
      pango_cairo_show_layout(cr, made);
      return;
    }
    const int top = lineSpan(made, first, end).top;
    PangoLayoutIter* iter = pango_layout_get_iter(made);
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
    PangoLayout* made = shared(cr, content, scale, bold, width - indent);
    const int count = pango_layout_get_line_count(made);
    const int last = end < 0 ? count : end;
    const int top = lineSpan(made, first, last).top;
    int fits = first;  // lines [first, fits) fit in height
    while (fits < last && (lineSpan(made, first, fits + 1).bottom - top) / static_cast<double>(PANGO_SCALE) <= height) {
      ++fits;
    }
    if (fits == first || fits == last) return {};
    return {lines(content, scale, bold, bullet, after, first, fits),
            lines(content, scale, bold, bullet, after, fits, end)};
  };
  return item;
}

}  // namespace motus::core
