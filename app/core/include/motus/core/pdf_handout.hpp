#pragma once
// The handout as a PDF, drawn with cairo, pango and librsvg from the same document as the HTML:
// A4 or US Letter, fonts embedded and subset, the patient's name and the page number on every page,
// an exercise block never split across pages unless it is taller than a page (then every line of it
// is printed, across as many pages as it takes), pictures kept as vectors.

#include <motus/core/handout.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>

using cairo_t = struct _cairo;  // NOLINT(bugprone-reserved-identifier): cairo.h names it so

namespace motus::core {

// The handout laid out in pages, drawable on any cairo context: the PDF surface of renderPdf(),
// an image surface for a preview in the window, or a printer's context. Text is measured without
// hinting, so all of them break lines and pages the same way.
class HandoutPages {
 public:
  explicit HandoutPages(const HandoutDocument& document);
  ~HandoutPages();
  HandoutPages(const HandoutPages&) = delete;
  HandoutPages& operator=(const HandoutPages&) = delete;

  int count() const;
  double pageWidth() const;   // points
  double pageHeight() const;  // points
  // Draws page `index` (from 0) with the context's user space in points.
  void drawPage(cairo_t* cr, int index) const;

 private:
  struct Layout;
  std::unique_ptr<Layout> layout_;
};

// Writes the PDF to `file` and flushes it to the disk; throws std::runtime_error saying what
// failed ("Cannot write h.pdf: the disk is full. ..."), leaving whatever part was written.
void renderPdf(const HandoutDocument& document, const std::filesystem::path& file);

// Hands the PDF's bytes, in order, to `write`. An exception from `write` stops the PDF and comes
// out of renderPdf unchanged; std::runtime_error when cairo itself fails.
void renderPdf(const HandoutDocument& document, const std::function<void(std::string_view)>& write);

}  // namespace motus::core
