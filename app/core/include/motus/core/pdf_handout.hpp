#pragma once
// The handout as a PDF, drawn with cairo, pango and librsvg from the same document as the HTML:
// A4 or US Letter, fonts embedded and subset, the patient's name and the page number on every page,
// an exercise block never split across pages, pictures kept as vectors.

#include <motus/core/handout.hpp>

#include <filesystem>

namespace motus::core {

// Writes the PDF; throws std::runtime_error with a message that says what failed.
void renderPdf(const HandoutDocument& document, const std::filesystem::path& file);

}  // namespace motus::core
