#pragma once
// A contact sheet for reviewing a library's pictures: every exercise's start and finish picture
// with its name and id, on one self-contained HTML page (same CSP and escaping as the handout).
// An exercise without a picture says so, so the gaps are as easy to see as the pictures.

#include <motus/core/catalog.hpp>

#include <string>
#include <vector>

namespace motus::core {

std::string contactSheetHtml(const std::vector<const CatalogEntry*>& exercises);

}  // namespace motus::core
