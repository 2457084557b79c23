#include <motus/core/bidi_text.hpp>
#include <motus/core/pdf_handout.hpp>

#include "output_file.hpp"
#include "pdf_typesetter.hpp"
#include "svg_drawing.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace motus::core {
namespace {

constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kMargin = 15 * kMillimetre;
// Edition 3: 12 mm above and below (the running bands sit in it), still clear of what any office
// printer leaves unprinted (about 5 mm); the sides keep 15 mm, which sets the line length.
constexpr double kThirdEditionEdge = 12 * kMillimetre;
constexpr double kBandHeight = 14;  // running header and footer lines
constexpr double kGap = 10;         // between blocks

struct Page {
  double width;
  double height;
};

Page pageSize(PaperSize paper) { return paper == PaperSize::letter ? Page{612, 792} : Page{595.28, 841.89}; }

struct Block {
  std::vector<Item> items;
  double border = 0;  // line width of a frame around the block; 0 for none
  double padding = 0;
  bool repeat_title = true;  // a block continued on the next page starts there with its first item again
  // Edition 2. A column at the left (the pictures), beside the items from the title on: the words
  // run beside it, then under it at the full width.
  std::optional<Item> side{};
  double side_width = 0;
  // Per item (empty: none): a heading that must not end a page without what follows it.
  std::vector<bool> keep_with_next{};
  bool new_page = false;  // starts on a page of its own (the one-per-page layout)
};

constexpr double kSideGap = 10;  // between the pictures and the words beside them

// A thin line across the page, under the clinic's header.
Item rule(double body) {
  return {[=](cairo_t*, double) { return body * 0.8; },
          [=](cairo_t* cr, double x, double y, double width) {
            cairo_set_line_width(cr, 1.5);
            cairo_move_to(cr, x, y + body * 0.2);
            cairo_line_to(cr, x + width, y + body * 0.2);
            cairo_stroke(cr);
          },
          {}};
}

Item pictures(const HandoutExercise& exercise, double body) {
  const double height = body * 8;  // at 12 pt about 3.4 cm tall: readable in print
  return {
      [=](cairo_t*, double) { return height + body * 1.8; },
      [=](cairo_t* cr, double x, double y, double width) {
        const double each = std::min(width / 2 - body, height * 1.4);
        double left = x;
        for (const auto& [svg, caption] : {std::pair{exercise.start_svg, "Start"}, {exercise.finish_svg, "Finish"}}) {
          if (svg.empty()) continue;
          cairo_set_line_width(cr, 0.75);
          cairo_rectangle(cr, left, y, each, height);
          cairo_stroke(cr);
          drawSvg(cr, svg, left + 4, y + 4, each - 8, height - 8);
          cairo_move_to(cr, left, y + height + 2);
          Typesetter small(body * 0.85);
          pango_cairo_show_layout(cr, small.layout(cr, caption, 1.0, false, each).get());
          left += each + body;
        }
      },
      {}};
}

Item shadedList(const Typesetter& type, const std::vector<std::string>& lines) {
  std::vector<Item> inner;
  inner.reserve(lines.size());
  for (const std::string& line : lines) inner.push_back(type.text(line, 1.0, true, {}, 0.1));
  const double pad = type.body() * 0.4;
  return {[=](cairo_t* cr, double width) {
            double h = 2 * pad;
            for (const Item& item : inner) h += item.measure(cr, width - 2 * pad);
            return h + type.body() * 0.4;
          },
          [=](cairo_t* cr, double x, double y, double width) {
            double h = 2 * pad;
            for (const Item& item : inner) h += item.measure(cr, width - 2 * pad);
            cairo_set_source_rgb(cr, 0.93, 0.93, 0.93);
            cairo_rectangle(cr, x, y, width, h);
            cairo_fill(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
            double top = y + pad;
            for (const Item& item : inner) {
              item.draw(cr, x + pad, top, width - 2 * pad);
              top += item.measure(cr, width - 2 * pad);
            }
          },
          {}};
}

void addList(std::vector<Item>& items, const Typesetter& type, const std::string& label,
             const std::vector<std::string>& lines, bool numbered) {
  if (lines.empty()) return;
  if (!label.empty()) items.push_back(type.text(label, 1.0, true, {}, 0.15));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    items.push_back(type.text(lines[i], 1.0, false, numbered ? std::to_string(i + 1) + "." : "\u2022", 0.2));
  }
}

// Edition 2: start above finish, each a box as wide as the column (a tall figure is drawn to the
// box's height, kept in proportion), its caption in the box's corner so it costs no line.
Item sidePictures(const HandoutExercise& exercise, double body, double width) {
  std::vector<std::pair<std::string, const char*>> shown;
  if (!exercise.start_svg.empty()) shown.emplace_back(exercise.start_svg, "Start");
  if (!exercise.finish_svg.empty()) shown.emplace_back(exercise.finish_svg, "Finish");
  const auto boxHeight = [width](const std::string& svg) {
    return std::clamp(width / svgAspect(svg), width * 0.45, width * 0.62);
  };
  const double gap = body * 0.5;
  return {[=](cairo_t*, double) {
            double height = 0;
            for (const auto& picture : shown) height += boxHeight(picture.first) + gap;
            return height;
          },
          [=](cairo_t* cr, double x, double y, double) {
            double top = y;
            const Typesetter small(body * 0.8);
            for (const auto& [svg, label] : shown) {
              const double height = boxHeight(svg);
              cairo_set_line_width(cr, 0.75);
              cairo_rectangle(cr, x, top, width, height);
              cairo_stroke(cr);
              const double captionHeight = body * 1.1;
              drawSvg(cr, svg, x + 4, top + captionHeight, width - 8, height - captionHeight - 4);
              cairo_move_to(cr, x + 4, top + 2);
              pango_cairo_show_layout(cr, small.layout(cr, label, 1.0, true, width - 8).get());
              top += height + gap;
            }
          },
          {}};
}

// Items added with a flag each: true for a heading that must stay with what follows it.
void addKept(Block& block, Item item, bool keep_with_next) {
  block.items.push_back(std::move(item));
  block.keep_with_next.resize(block.items.size(), false);
  block.keep_with_next.back() = keep_with_next;
}

void addKeptList(Block& block, const Typesetter& type, const std::string& label, const std::vector<std::string>& lines,
                 bool numbered, bool bold = false) {
  if (lines.empty()) return;
  addKept(block, type.text(label, 1.0, true, {}, 0.1), true);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    addKept(block, type.text(lines[i], 1.0, bold, numbered ? std::to_string(i + 1) + "." : "\u2022", 0.12), false);
  }
}

// The items of one list (its heading first), one under the other.
double columnHeight(cairo_t* cr, const std::vector<Item>& items, double width) {
  double height = 0;
  for (const Item& item : items) height += item.measure(cr, width);
  return height;
}

void drawColumn(cairo_t* cr, const std::vector<Item>& items, double x, double y, double width) {
  for (const Item& item : items) {
    item.draw(cr, x, y, width);
    y += item.measure(cr, width);
  }
}

// Two short lists (tips and cautions) side by side where the block is wide enough (under the
// pictures), one above the other where it is not (beside them). Never broken across pages.
Item pairedLists(std::vector<Item> left, std::vector<Item> right, double gap) {
  constexpr double kWideEnough = 400;  // points: two columns of about 35 characters at 12 pt
  return {[=](cairo_t* cr, double width) {
            if (width < kWideEnough) return columnHeight(cr, left, width) + columnHeight(cr, right, width);
            const double half = (width - gap) / 2;
            return std::max(columnHeight(cr, left, half), columnHeight(cr, right, half));
          },
          [=](cairo_t* cr, double x, double y, double width) {
            if (width < kWideEnough) {
              drawColumn(cr, left, x, y, width);
              drawColumn(cr, right, x, y + columnHeight(cr, left, width), width);
              return;
            }
            const double half = (width - gap) / 2;
            drawColumn(cr, left, x, y, half);
            drawColumn(cr, right, x + half + gap, y, half);
          },
          {}};
}

// Edition 3: tips and cautions as one text in two columns of about the same height, read down the
// left and then the right, so a long "Take care" beside two tips leaves no hole under them. Each
// list stays whole, its heading on top of the right column, unless cutting inside a list saves
// more than a line; the right column then starts with that list's heading again, so a point there
// is never read as part of what is above it. A heading never ends the left column, and no point is
// cut in two. Where the block is too narrow for two columns (beside the pictures), one list under
// the other.
Item balancedLists(std::vector<Item> items, std::vector<bool> heading, std::size_t natural_cut, double gap,
                   double line) {
  constexpr double kWideEnough = 400;  // as pairedLists
  // The heading the right column starts with when cut before item `cut`: its own, or its list's.
  const auto headingOf = [=](std::size_t cut) {
    std::size_t h = cut;
    while (!heading[h]) --h;
    return h;
  };
  const auto cutFor = [=](cairo_t* cr, double half) {
    std::vector<double> below(items.size() + 1, 0);  // height of items [0, i)
    for (std::size_t i = 0; i < items.size(); ++i) below[i + 1] = below[i] + items[i].measure(cr, half);
    const auto tallest = [&](std::size_t cut) {
      const double repeated = heading[cut] ? 0 : items[headingOf(cut)].measure(cr, half);
      return std::max(below[cut], repeated + below.back() - below[cut]);
    };
    std::size_t best = natural_cut;
    for (std::size_t cut = 1; cut < items.size(); ++cut) {
      if (!heading[cut - 1] && tallest(cut) < tallest(best)) best = cut;
    }
    const std::size_t cut = tallest(natural_cut) < tallest(best) + line ? natural_cut : best;
    return std::pair{cut, tallest(cut)};
  };
  return {[=](cairo_t* cr, double width) {
            if (width < kWideEnough) return columnHeight(cr, items, width);
            return cutFor(cr, (width - gap) / 2).second;
          },
          [=](cairo_t* cr, double x, double y, double width) {
            if (width < kWideEnough) {
              drawColumn(cr, items, x, y, width);
              return;
            }
            const double half = (width - gap) / 2;
            const std::size_t cut = cutFor(cr, half).first;
            const auto middle = items.begin() + static_cast<std::ptrdiff_t>(cut);
            drawColumn(cr, {items.begin(), middle}, x, y, half);
            std::vector<Item> right;
            if (!heading[cut]) right.push_back(items[headingOf(cut)]);
            right.insert(right.end(), middle, items.end());
            drawColumn(cr, right, x + half + gap, y, half);
          },
          {}};
}

std::vector<Item> listItems(const Typesetter& type, const std::string& label, const std::vector<std::string>& bold,
                            const std::vector<std::string>& lines) {
  std::vector<Item> items;
  if (bold.empty() && lines.empty()) return items;
  items.push_back(type.text(label, 1.0, true, {}, 0.1));
  for (const std::string& line : bold) items.push_back(type.text(line, 1.0, true, "\u2022", 0.12));
  for (const std::string& line : lines) items.push_back(type.text(line, 1.0, false, "\u2022", 0.12));
  return items;
}

// Edition 2: the title across the block, the pictures at the left with the dosage (first, bold),
// the steps, tips and cautions beside them and then under them; the advice for this patient
// opens "Take care".
Block exerciseBlock(const HandoutExercise& exercise, const Typesetter& type, const std::string& title,
                    const HandoutOptions& options) {
  Block block;
  block.border = 1.2;
  block.padding = type.body() * 0.5;
  addKept(block, type.text(title, 1.2, true, {}, 0.3), true);
  if (!exercise.start_svg.empty() || !exercise.finish_svg.empty()) {
    // 6 cm in standard print and 8 cm in large print: big enough to follow at arm's length.
    block.side_width = (options.large_print ? 80 : 60) * kMillimetre;
    block.side = sidePictures(exercise, type.body(), block.side_width);
  }
  // One bold paragraph: a line per sentence would make the panel as tall as the steps.
  if (!exercise.dosage.empty()) {
    std::string dosage;
    for (const std::string& sentence : exercise.dosage) dosage += (dosage.empty() ? "" : " ") + sentence;
    addKept(block, shadedList(type, {dosage}), false);
  }
  addKeptList(block, type, "How to do it", exercise.steps, true);
  std::vector<Item> tips = listItems(type, "Tips", {}, exercise.cues);
  std::vector<Item> care = listItems(type, "Take care", exercise.advice, exercise.precautions);
  if (!tips.empty() && !care.empty() && options.edition >= 3) {
    const std::size_t cut = tips.size();
    std::vector<bool> heading(tips.size() + care.size(), false);
    heading[0] = heading[cut] = true;
    tips.insert(tips.end(), std::make_move_iterator(care.begin()), std::make_move_iterator(care.end()));
    addKept(block, balancedLists(std::move(tips), std::move(heading), cut, type.body(), type.body() * 1.3), false);
  } else if (!tips.empty() && !care.empty()) {
    addKept(block, pairedLists(std::move(tips), std::move(care), type.body()), false);
  } else {
    // One list alone breaks between its lines like the steps, its heading kept with the first.
    std::vector<Item>& alone = tips.empty() ? care : tips;
    for (std::size_t i = 0; i < alone.size(); ++i) addKept(block, std::move(alone[i]), i == 0);
  }
  if (!exercise.note.empty())
    addKept(block, type.text("Note from your therapist: " + bidiIsolated(exercise.note), 1.0, true), false);
  return block;
}

// Days first to last of the log, for exercises [from, to); a table longer than a page (a long
// program) breaks between its rows, the heading row repeated.
Item logTable(const HandoutDocument& document, const Typesetter& type, int first, int last, std::size_t from,
              std::size_t to) {
  // Edition 2's rows are a little lower, so two weeks fit on one page with the stop box.
  const double row = type.body() * (document.options.edition >= 2 ? 1.55 : 1.9);
  const std::size_t rows = to - from + 1;
  Item item;
  item.measure = [=](cairo_t*, double) { return row * static_cast<double>(rows) + type.body(); };
  item.split = [=, &document](cairo_t*, double, double height) -> std::vector<Item> {
    const double fit = std::floor((height - type.body()) / row) - 1;  // exercise rows under the heading row
    if (fit < 1 || from + static_cast<std::size_t>(fit) >= to) return {};
    const std::size_t middle = from + static_cast<std::size_t>(fit);
    return {logTable(document, type, first, last, from, middle), logTable(document, type, first, last, middle, to)};
  };
  item.draw = [=, &document](cairo_t* cr, double x, double y, double width) {
    const int days = last - first + 1;
    const bool second = document.options.edition >= 2;
    const double nameWidth = width * (second ? 0.34 : 0.42);
    const double cell = (width - nameWidth) / days;
    cairo_set_line_width(cr, 0.75);
    for (std::size_t r = 0; r < rows; ++r) {
      const double top = y + row * static_cast<double>(r);
      cairo_rectangle(cr, x, top, width, row);
      cairo_stroke(cr);
      // Not isolated: the name is alone after its number (set left to right, whatever its
      // script), and an isolate's closing mark would show in copied text where Pango shortens it.
      const std::string name = r == 0 ? (second ? "Exercise / day" : "Exercise")
                                      : std::to_string(document.exercises[from + r - 1].number) + ". " +
                                            document.exercises[from + r - 1].name;
      Typesetter small(type.body() * 0.8);
      cairo_move_to(cr, x + 3, top + 3);
      auto layout = small.layout(cr, name, 1.0, r == 0, nameWidth - 6);
      pango_layout_set_height(layout.get(), static_cast<int>((row - 4) * PANGO_SCALE));
      pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
      pango_layout_set_auto_dir(layout.get(), FALSE);
      pango_cairo_show_layout(cr, layout.get());
      for (int d = 0; d < days; ++d) {
        const double left = x + nameWidth + cell * d;
        cairo_move_to(cr, left, top);
        cairo_line_to(cr, left, top + row);
        cairo_stroke(cr);
        if (r == 0) {
          cairo_move_to(cr, left + 2, top + 3);
          // Edition 2 has two weeks a table, the days as numbers under "Day" in the first cell.
          const std::string day = second ? std::to_string(first + d) : "Day " + std::to_string(first + d);
          auto label = small.layout(cr, day, 1.0, true, cell - 4);
          if (second) pango_layout_set_alignment(label.get(), PANGO_ALIGN_CENTER);
          pango_cairo_show_layout(cr, label.get());
        } else {
          const double box = std::min(cell, row) * 0.5;
          cairo_rectangle(cr, left + (cell - box) / 2, top + (row - box) / 2, box, box);
          cairo_stroke(cr);
        }
      }
    }
  };
  return item;
}

cairo_status_t readBytes(void* closure, unsigned char* data, unsigned int length) {
  auto* source = static_cast<std::pair<const std::string*, std::size_t>*>(closure);
  if (source->second + length > source->first->size()) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(source->first->data() + source->second, length, data);
  source->second += length;
  return CAIRO_STATUS_SUCCESS;
}

// The clinic's logo, at most 3 lines of text high: SVG as vectors, PNG as an image.
Item logo(const db::ClinicProfile& clinic, double body) {
  const double height = body * 3.2;
  return {[=](cairo_t*, double) { return height + body * 0.4; },
          [=](cairo_t* cr, double x, double y, double width) {
            if (clinic.logo_type == "image/svg+xml") {
              drawSvg(cr, clinic.logo, x, y, std::min(width, height * svgAspect(clinic.logo)), height);
            } else if (clinic.logo_type == "image/png") {
              std::pair<const std::string*, std::size_t> source{&clinic.logo, 0};
              cairo_surface_t* image = cairo_image_surface_create_from_png_stream(readBytes, &source);
              if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
                const double scale = height / cairo_image_surface_get_height(image);
                cairo_save(cr);
                cairo_translate(cr, x, y);
                cairo_scale(cr, scale, scale);
                cairo_set_source_surface(cr, image, 0, 0);
                cairo_paint(cr);
                cairo_restore(cr);
              }
              cairo_surface_destroy(image);
            }
          },
          {}};
}

// The clinic's address (its lines joined by commas, each isolated: typed text) and then how to
// reach it, as one line of text.
std::string addressLine(const std::string& address, const std::string& contact) {
  std::string line;
  std::size_t start = 0;
  while (start <= address.size()) {
    std::size_t end = address.find('\n', start);
    if (end == std::string::npos) end = address.size();
    std::string part = address.substr(start, end - start);
    while (!part.empty() && (part.back() == ' ' || part.back() == ',' || part.back() == '\r')) part.pop_back();
    if (!part.empty()) line += (line.empty() ? "" : ", ") + bidiIsolated(part);
    start = end + 1;
  }
  if (!contact.empty()) line += (line.empty() ? "" : "   ") + contact;
  return line;
}

std::vector<Block> layoutBlocks(const HandoutDocument& document, const Typesetter& type) {
  std::vector<Block> blocks;
  const db::ClinicProfile& clinic = document.clinic;
  // Typed text (and a plugin's) beside our words is isolated, so it can never reorder them.
  const auto typed = [](const std::string& text) { return bidiIsolated(text); };
  Block header;
  header.repeat_title = false;
  if (!clinic.logo.empty() && (clinic.logo_type == "image/svg+xml" || clinic.logo_type == "image/png")) {
    header.items.push_back(logo(clinic, type.body()));
  }
  const bool compactHeader = document.options.edition >= 2;  // room for the first exercise under it
  header.items.push_back(type.text(clinic.name, compactHeader ? 1.3 : 1.5, true));
  std::string contact = clinic.phone.empty() ? "" : typed(clinic.phone);
  if (!clinic.email.empty()) contact += (contact.empty() ? "" : "   ") + typed(clinic.email);
  // Edition 3: the address and the contact on one line under the name (wrapping only when long).
  const std::string reach = addressLine(clinic.address, contact);
  if (document.options.edition >= 3) {
    if (!reach.empty()) header.items.push_back(type.text(reach, 1.0, false, {}, 0.1));
  } else {
    if (!clinic.address.empty()) header.items.push_back(type.text(clinic.address, 1.0, false, {}, 0.1));
    if (!contact.empty()) header.items.push_back(type.text(contact, 1.0, false, {}, 0.1));
  }
  header.items.push_back(rule(type.body()));
  header.items.push_back(
      type.text("Your home exercises" + (document.program_title.empty() ? "" : ": " + typed(document.program_title)),
                compactHeader ? 1.2 : 1.3, true));
  if (document.options.edition >= 2) {
    // One line for whom, when and from whom; one paragraph for how and how long.
    header.items.push_back(type.text("For: " + typed(document.patient_name) + "    Date: " + document.date +
                                         (document.clinician.empty() ? "" : "    From: " + typed(document.clinician)),
                                     1.0, false, {}, 0.1));
    header.items.push_back(
        type.text(document.how_to_use + (document.program_time.empty() ? "" : " " + document.program_time), 1.0, true));
  } else {
    header.items.push_back(type.text("For: " + typed(document.patient_name), 1.0, false, {}, 0.1));
    header.items.push_back(type.text("Date: " + document.date, 1.0, false, {}, 0.1));
    if (!document.clinician.empty())
      header.items.push_back(type.text("From: " + typed(document.clinician), 1.0, false, {}, 0.1));
    header.items.push_back(type.text(document.how_to_use, 1.0, true));
  }
  blocks.push_back(std::move(header));

  const bool second = document.options.edition >= 2;
  for (const SharedPanel& panel : document.shared) {
    Block block;
    block.border = 1.2;
    block.padding = type.body() * 0.7;
    addKept(block, type.text(panel.heading, 1.15, true, {}, 0.2), true);
    for (const std::string& line : panel.lines) addKept(block, type.text(line, 1.0, false, "\u2022", 0.2), false);
    blocks.push_back(std::move(block));
  }
  for (const HandoutExercise& exercise : document.exercises) {
    const std::string title = std::to_string(exercise.number) + ".  " + typed(exercise.name);
    if (second) {
      blocks.push_back(exerciseBlock(exercise, type, title, document.options));
      blocks.back().new_page = document.options.one_per_page;
      continue;
    }
    Block block;
    block.border = 1.2;
    block.padding = type.body() * 0.7;
    block.items.push_back(type.text(title, 1.25, true));
    if (!exercise.start_svg.empty() || !exercise.finish_svg.empty())
      block.items.push_back(pictures(exercise, type.body()));
    if (!exercise.dosage.empty()) block.items.push_back(shadedList(type, exercise.dosage));
    addList(block.items, type, "How to do it", exercise.steps, true);
    addList(block.items, type, "Tips", exercise.cues, false);
    addList(block.items, type, "Take care", exercise.precautions, false);
    if (!exercise.note.empty())
      block.items.push_back(type.text("Note from your therapist: " + typed(exercise.note), 1.0, true));
    blocks.push_back(std::move(block));
  }

  Block stop;
  stop.border = 2.5;
  stop.padding = type.body() * 0.7;
  stop.items.push_back(type.text("Stop and call us if", 1.3, true));
  addList(stop.items, type, "", document.stop_and_call, false);
  if (!second) {
    stop.items.push_back(type.text("Call " +
                                   (clinic.name.empty() ? std::string("your therapist") : typed(clinic.name)) +
                                   (clinic.phone.empty() ? "" : " at " + typed(clinic.phone)) + "."));
  } else if (clinic.phone.empty()) {
    // No number to give: say whom to call in a way the patient can act on.
    stop.items.push_back(type.text("Call the clinic that gave you this sheet."));
  } else {
    stop.items.push_back(type.text("Call " + (clinic.name.empty() ? std::string("us") : typed(clinic.name)) + " at " +
                                   typed(clinic.phone) + "."));
  }
  blocks.push_back(std::move(stop));

  for (const sdk::EducationTopic& topic : document.education) {
    Block block;
    block.items.push_back(type.text(topic.title, 1.3, true));
    addList(block.items, type, "", topic.points, false);
    blocks.push_back(std::move(block));
  }
  const int perTable = document.options.edition >= 2 ? 14 : 7;
  for (int first = 1; first <= document.log_days && !document.exercises.empty(); first += perTable) {
    Block block;
    if (first == 1) {
      block.items.push_back(type.text("Exercise log", 1.3, true));
      block.items.push_back(type.text("Tick a box on each day you do the exercise."));
    }
    block.items.push_back(logTable(document, type, first, std::min(first + perTable - 1, document.log_days), 0,
                                   document.exercises.size()));
    blocks.push_back(std::move(block));
  }
  Block footer;
  footer.repeat_title = false;
  footer.items.push_back(type.text(clinic.name, 1.0, true, {}, 0.1));
  if (document.options.edition >= 3) {
    if (!reach.empty()) footer.items.push_back(type.text(reach));
  } else {
    if (!clinic.address.empty()) footer.items.push_back(type.text(clinic.address, 1.0, false, {}, 0.1));
    if (!contact.empty()) footer.items.push_back(type.text(contact));
  }
  blocks.push_back(std::move(footer));
  return blocks;
}

double blockHeight(cairo_t* cr, const Block& block, double width) {
  double height = 2 * block.padding;
  for (const Item& item : block.items) height += item.measure(cr, width - 2 * block.padding);
  return height;
}

// Splits a block taller than a page into parts: the first fits in `first_height` (what is left of
// the page it starts on), each later one in `page_height`. Items go whole where they fit; a
// paragraph longer than what is left (a long note) is broken by its lines to fill the page, as is
// any paragraph too tall for a page of its own, so no text ever runs into the footer or is lost.
// The first item (the title) is repeated at the top of each later part so the patient knows what
// continues, unless it is itself long.
std::vector<Block> splitBlock(const Block& block, cairo_t* cr, double width, double first_height, double page_height) {
  std::vector<Block> fitted;
  const double inner = width - 2 * block.padding;
  const Item title = block.items.front();
  const double titleHeight = title.measure(cr, inner);
  const bool repeat = block.repeat_title && block.items.size() > 1 && titleHeight <= page_height / 4;
  Block part{{}, block.border, block.padding, block.repeat_title};
  double limit = first_height;
  double height = 2 * block.padding;
  std::size_t heading = 0;  // items at the top of the part that are only the repeated title
  const auto nextPart = [&] {
    // A first part that would hold nothing, or only the title (repeated on the next page anyway),
    // is left out: the block then starts on the next page.
    const bool onlyTitle = fitted.empty() && repeat && part.items.size() == 1;
    if (!part.items.empty() && !onlyTitle) fitted.push_back(part);
    part.items.clear();
    limit = page_height;
    height = 2 * block.padding;
    heading = 0;
    if (repeat) {
      part.items.push_back(title);
      height += titleHeight;
      heading = 1;
    }
  };
  for (const Item& item : block.items) {
    Item current = item;
    while (true) {
      const double itemHeight = current.measure(cr, inner);
      const bool fresh = part.items.size() == heading;
      if (height + itemHeight <= limit) {
        part.items.push_back(current);
        height += itemHeight;
        break;
      }
      if (current.split && (fresh || itemHeight > page_height / 4)) {
        std::vector<Item> pieces = current.split(cr, inner, limit - height);
        if (pieces.size() == 2) {
          part.items.push_back(pieces[0]);
          nextPart();
          current = pieces[1];
          continue;
        }
      }
      if (!fresh || limit < page_height) {
        nextPart();
        continue;
      }
      part.items.push_back(current);  // cannot fit even a page of its own, nor break: as large as it is
      height += itemHeight;
      break;
    }
  }
  fitted.push_back(std::move(part));
  return fitted;
}

void drawBlock(cairo_t* cr, const Block& block, double x, double y, double width, double height) {
  if (block.border > 0) {
    cairo_set_line_width(cr, block.border);
    cairo_rectangle(cr, x, y, width, height);
    cairo_stroke(cr);
  }
  double top = y + block.padding;
  const double inner = width - 2 * block.padding;
  for (const Item& item : block.items) {
    item.draw(cr, x + block.padding, top, inner);
    top += item.measure(cr, inner);
  }
}

// Edition 2: where each item of a block goes, in its inner box: beside the side column while it
// lasts, then at the full width.
struct Arrangement {
  std::vector<double> top;
  std::vector<double> left;
  std::vector<double> width;
  double height = 0;  // the whole block, padding included
};

// Where an item starting at `y` goes: beside the pictures while they last, unless running on past
// them at the narrow width would take more height than starting under them at the full width
// (two lists side by side, say).
struct Slot {
  double top = 0;
  double left = 0;
  double width = 0;
  double height = 0;
};

Slot slotFor(cairo_t* cr, const Block& block, const Item& item, double y, double side_bottom, double inner) {
  if (!block.side || y >= side_bottom) return {y, 0, inner, item.measure(cr, inner)};
  const double beside = inner - block.side_width - kSideGap;
  const double narrow = item.measure(cr, beside);
  if (y + narrow > side_bottom) {
    const double full = item.measure(cr, inner);
    if (side_bottom + full < y + narrow) return {side_bottom, 0, inner, full};
  }
  return {y, block.side_width + kSideGap, beside, narrow};
}

Arrangement arrange(cairo_t* cr, const Block& block, double width) {
  Arrangement arranged;
  const double inner = width - 2 * block.padding;
  double y = 0;
  const double sideBottom = block.side ? block.side->measure(cr, block.side_width) : 0;
  for (const Item& item : block.items) {
    const Slot slot = slotFor(cr, block, item, y, sideBottom, inner);
    arranged.top.push_back(slot.top);
    arranged.left.push_back(slot.left);
    arranged.width.push_back(slot.width);
    y = slot.top + slot.height;
  }
  arranged.height = 2 * block.padding + std::max(y, sideBottom);
  return arranged;
}

void drawArranged(cairo_t* cr, const Block& block, double x, double y, double width, double height) {
  const Arrangement arranged = arrange(cr, block, width);
  if (block.border > 0) {
    cairo_set_line_width(cr, block.border);
    cairo_rectangle(cr, x, y, width, height);
    cairo_stroke(cr);
  }
  if (block.side) block.side->draw(cr, x + block.padding, y + block.padding, block.side_width);
  for (std::size_t i = 0; i < block.items.size(); ++i) {
    block.items[i].draw(cr, x + block.padding + arranged.left[i], y + block.padding + arranged.top[i],
                        arranged.width[i]);
  }
}

// Edition 2: a block taller than a page cut into parts, the first (with the pictures) filling
// `first_height`, the others a page each, the title repeated. A paragraph breaks by its lines only
// at the full width (beside the pictures its lines would be others on the next page); a heading
// never ends a part without at least the first line of what follows it.
std::vector<Block> splitArranged(const Block& block, cairo_t* cr, double width, double first_height,
                                 double page_height) {
  const double inner = width - 2 * block.padding;
  const double beside = inner - block.side_width - kSideGap;
  const Item& title = block.items.front();
  const double titleHeight = title.measure(cr, inner);
  const bool repeat = block.repeat_title && block.items.size() > 1 && titleHeight <= page_height / 4;
  const double sideHeight = block.side ? block.side->measure(cr, block.side_width) : 0;
  std::vector<Block> parts;
  Block part;
  double limit = first_height;
  double y = 0;
  double sideBottom = 0;
  std::size_t heading = 0;  // items at the top of the part that are only the title
  const auto startPart = [&](bool first) {
    part = Block{{}, block.border, block.padding, block.repeat_title, std::nullopt, 0, {}, false};
    y = 0;
    sideBottom = 0;
    heading = 0;
    if (first && block.side) {
      part.side = block.side;
      part.side_width = block.side_width;
      sideBottom = sideHeight;
    }
    if (first || repeat) {
      part.items.push_back(title);
      part.keep_with_next.push_back(true);
      y = part.side ? title.measure(cr, beside) : titleHeight;
      heading = 1;
    }
  };
  const auto nextPart = [&] {
    if (parts.empty() && part.items.size() <= heading) {
      startPart(true);  // nothing but the title and pictures fitted: the block starts on the next page
    } else {
      parts.push_back(part);
      startPart(false);
    }
    limit = page_height;
  };
  const auto fits = [&](double height) { return 2 * block.padding + std::max(y + height, sideBottom) <= limit; };
  startPart(true);
  for (std::size_t i = 1; i < block.items.size(); ++i) {
    Item current = block.items[i];
    const bool keep = i < block.keep_with_next.size() && block.keep_with_next[i] && i + 1 < block.items.size();
    while (true) {
      const Slot slot = slotFor(cr, part, current, y, sideBottom, inner);
      const double itemWidth = slot.width;
      const double height = slot.top + slot.height - y;  // with any space left under the pictures
      // A heading needs the first line of what follows (about a title's height) beside it.
      const double next = keep ? std::min(block.items[i + 1].measure(cr, itemWidth), titleHeight) : 0;
      const bool fresh = part.items.size() == heading;
      if (fits(height + next)) {
        part.items.push_back(current);
        part.keep_with_next.push_back(keep);
        y += height;
        break;
      }
      if (current.split && !keep && itemWidth == inner && (fresh || height > page_height / 4)) {
        std::vector<Item> pieces = current.split(cr, inner, limit - 2 * block.padding - slot.top);
        if (pieces.size() == 2) {
          part.items.push_back(pieces[0]);
          part.keep_with_next.push_back(false);
          nextPart();
          current = pieces[1];
          continue;
        }
      }
      if (!fresh || limit < page_height) {
        nextPart();
        continue;
      }
      part.items.push_back(current);  // cannot fit even a page of its own, nor break: as large as it is
      part.keep_with_next.push_back(keep);
      y += height;
      break;
    }
  }
  parts.push_back(std::move(part));
  return parts;
}

}  // namespace

struct HandoutPages::Layout {
  HandoutDocument document;
  Page page{};
  double width = 0;
  std::vector<Block> blocks;
  struct Placement {
    int page;
    double y;
    double height;  // measured once, when laying out
  };
  std::vector<Placement> placement;  // one per block
  int pages = 1;
  bool arranged = false;  // edition 2's blocks (pictures beside the words)
  double edge = kMargin;  // above the running header and below the footer
  Typesetter band{9};
  Typesetter type{12};  // the blocks' items refer to it, so it lives as long as they do
};

HandoutPages::HandoutPages(const HandoutDocument& document) : layout_(std::make_unique<Layout>()) {
  Layout& layout = *layout_;
  layout.document = document;
  layout.page = pageSize(document.options.paper);
  layout.width = layout.page.width - 2 * kMargin;
  layout.edge = document.options.edition >= 3 ? kThirdEditionEdge : kMargin;
  const double top = layout.edge + kBandHeight;
  const double bottom = layout.page.height - layout.edge - kBandHeight;

  // Measuring happens on a PDF surface that writes nowhere; text has no hinting anywhere, so the
  // measures hold on every other surface too.
  cairo_surface_t* measuring =
      cairo_pdf_surface_create_for_stream(nullptr, nullptr, layout.page.width, layout.page.height);
  cairo_t* cr = cairo_create(measuring);
  // Edition 2 sets its lines a little closer (about 1.3 rather than 1.45), still open for older eyes.
  layout.type = Typesetter(document.options.large_print ? 16 : 12, document.options.edition >= 2 ? 0.15 : 0.3);

  // Which page each block goes on. A block that does not fit on what is left of a page starts
  // the next page. A block taller than a whole page (a long note, very long steps in large print)
  // is cut into parts, the first filling what is left of the page when that is a third of a page
  // or more, the others a page each, so nothing ever runs off a page.
  int pageIndex = 0;
  double y = top;
  const double pageHeight = bottom - top;
  const auto place = [&](Block block, double height) {
    if (y + height > bottom && y > top) {
      ++pageIndex;
      y = top;
    }
    layout.placement.push_back({pageIndex, y, height});
    layout.blocks.push_back(std::move(block));
    y += height + kGap;
  };
  layout.arranged = document.options.edition >= 2;
  const auto heightOf = [&](const Block& block) {
    return layout.arranged ? arrange(cr, block, layout.width).height : blockHeight(cr, block, layout.width);
  };
  for (Block& block : layoutBlocks(layout.document, layout.type)) {
    if (layout.arranged && block.new_page && y > top) {
      ++pageIndex;
      y = top;
    }
    const double height = heightOf(block);
    if (height <= pageHeight || block.items.empty()) {
      place(std::move(block), height);
      continue;
    }
    const double left = bottom - y;
    if (!layout.arranged) {
      const bool startHere = y == top || left >= pageHeight / 3;
      for (Block& part : splitBlock(block, cr, layout.width, startHere ? left : pageHeight, pageHeight)) {
        const double partHeight = blockHeight(cr, part, layout.width);
        place(std::move(part), partHeight);
      }
      continue;
    }
    // The first part holds the title and the pictures whole; on what is left of this page when
    // that is a third of a page or more.
    const double least = 2 * block.padding + block.items.front().measure(cr, layout.width - 2 * block.padding) +
                         (block.side ? block.side->measure(cr, block.side_width) : 0);
    const bool startHere = y == top || (left >= pageHeight / 3 && left >= least);
    for (Block& part : splitArranged(block, cr, layout.width, startHere ? left : pageHeight, pageHeight)) {
      const double partHeight = heightOf(part);
      place(std::move(part), partHeight);
    }
  }
  layout.pages = pageIndex + 1;
  cairo_destroy(cr);
  cairo_surface_destroy(measuring);
}

HandoutPages::~HandoutPages() = default;

int HandoutPages::count() const { return layout_->pages; }
double HandoutPages::pageWidth() const { return layout_->page.width; }
double HandoutPages::pageHeight() const { return layout_->page.height; }

void HandoutPages::drawPage(cairo_t* cr, int index) const {
  const Layout& layout = *layout_;
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  // The patient's name and the page number on every page, each band one line: a name too long
  // for the header is shortened there (it is whole under "For:"), never wrapped into the page.
  // The name is a layout of its own, so it cannot reorder our words after it whatever it holds.
  const LayoutPtr words = layout.band.layout(cr, "  \u2014  home exercises", 1.0, false, layout.width);
  int wordsWidth = 0;
  pango_layout_get_size(words.get(), &wordsWidth, nullptr);
  const LayoutPtr name = layout.band.layout(cr, layout.document.patient_name, 1.0, false,
                                            layout.width - wordsWidth / static_cast<double>(PANGO_SCALE));
  pango_layout_set_ellipsize(name.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_auto_dir(name.get(), FALSE);
  PangoRectangle nameExtent;
  pango_layout_get_extents(name.get(), nullptr, &nameExtent);
  cairo_move_to(cr, kMargin, layout.edge - 4);
  pango_cairo_show_layout(cr, name.get());
  cairo_move_to(cr, kMargin + (nameExtent.x + nameExtent.width) / static_cast<double>(PANGO_SCALE), layout.edge - 4);
  pango_cairo_show_layout(cr, words.get());
  const LayoutPtr footer = layout.band.layout(
      cr, "Page " + std::to_string(index + 1) + " of " + std::to_string(layout.pages), 1.0, false, layout.width);
  pango_layout_set_alignment(footer.get(), PANGO_ALIGN_RIGHT);
  cairo_move_to(cr, kMargin, layout.page.height - layout.edge);
  pango_cairo_show_layout(cr, footer.get());
  // The record's fingerprint, so the paper can be matched to the record; left, clear of the number.
  if (!layout.document.record_fingerprint.empty()) {
    const LayoutPtr record =
        layout.band.layout(cr, "Record " + layout.document.record_fingerprint, 1.0, false, layout.width * 0.6);
    pango_layout_set_ellipsize(record.get(), PANGO_ELLIPSIZE_END);
    cairo_move_to(cr, kMargin, layout.page.height - layout.edge);
    pango_cairo_show_layout(cr, record.get());
  }
  for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
    const Layout::Placement& where = layout.placement[b];
    if (where.page != index) continue;
    if (layout.arranged) {
      drawArranged(cr, layout.blocks[b], kMargin, where.y, layout.width, where.height);
    } else {
      drawBlock(cr, layout.blocks[b], kMargin, where.y, layout.width, where.height);
    }
  }
  cairo_restore(cr);
}

namespace {

// Cairo's stream to renderPdf's `write`: an exception is kept (never thrown through cairo's C
// code), stops the PDF and is thrown again once cairo has stopped.
struct PdfSink {
  const std::function<void(std::string_view)>& write;
  std::exception_ptr failure;
};

cairo_status_t writePdfBytes(void* closure, const unsigned char* data, unsigned int length) {
  auto* sink = static_cast<PdfSink*>(closure);
  if (sink->failure) return CAIRO_STATUS_WRITE_ERROR;
  try {
    sink->write(std::string_view(reinterpret_cast<const char*>(data), length));
  } catch (...) {
    sink->failure = std::current_exception();
    return CAIRO_STATUS_WRITE_ERROR;
  }
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

void renderPdf(const HandoutDocument& document, const std::function<void(std::string_view)>& write) {
  const HandoutPages pages(document);
  PdfSink sink{write, nullptr};
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(writePdfBytes, &sink, pages.pageWidth(), pages.pageHeight());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                 ("Home exercises for " + bidiIsolated(document.patient_name)).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Motus");
  // The day the program was issued, not the time of printing: a reprint is then byte for byte the
  // file handed out before. Cairo takes "YYYY-MM-DDThh:mm:ss" with a zone.
  if (document.issued_at.size() >= 19) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                   (document.issued_at.substr(0, 19) + "Z").c_str());
  }
  cairo_t* cr = cairo_create(surface);
  for (int p = 0; p < pages.count() && !sink.failure; ++p) {
    pages.drawPage(cr, p);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  // Finishing writes the rest (fonts, the page tree, the cross-reference table): only after it
  // is it known whether every byte went out.
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (sink.failure) std::rethrow_exception(sink.failure);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("the PDF could not be made (") + cairo_status_to_string(status) + ")");
  }
}

void renderPdf(const HandoutDocument& document, const std::filesystem::path& file) {
  try {
    OutputFile out(file);
    renderPdf(document, [&out](std::string_view bytes) { out.write(bytes); });
    out.commit();
  } catch (const std::exception& failure) {
    throw std::runtime_error("Cannot write " + file.string() + ": " + failure.what() + ".");
  }
}

}  // namespace motus::core
