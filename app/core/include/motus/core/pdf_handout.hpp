#pragma once
// The handout as a PDF, drawn with cairo, pango and librsvg from the same document as the HTML:
// A4 or US Letter, fonts embedded and subset, the patient's name and the page number on every page,
// an exercise block never split across pages, pictures kept as vectors.

#include <motus/core/handout.hpp>

#include <filesystem>
#include <memory>

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

// Writes the PDF; throws std::runtime_error with a message that says what failed.
void renderPdf(const HandoutDocument& document, const std::filesystem::path& file);

}  // namespace motus::core
