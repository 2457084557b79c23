#pragma once
// The handout as one self-contained HTML file: inline CSS, pictures as data: URIs, a
// Content-Security-Policy that allows no script and no request of any kind, and every piece of
// text (patient, clinic, therapist, plugin) escaped by htmlEscape().

#include <motus/core/handout.hpp>

#include <string>
#include <string_view>

namespace motus::core {

// Escapes & < > " ' so text is safe in element content and in quoted attributes alike.
std::string htmlEscape(std::string_view text);

// "data:<type>;base64,..." for a picture a browser shows (PNG, JPEG, GIF, SVG, WebP); empty for
// any other type or for no bytes, so nothing unknown is ever passed through.
std::string imageDataUri(const std::string& bytes, const std::string& type);

// Everything up to and including <body>: the one Content-Security-Policy every page Motus writes
// carries (no script, no request, pictures only as data: URIs), the escaped title and the CSS.
std::string htmlPageStart(const std::string& title, const std::string& css);

std::string renderHtml(const HandoutDocument& document);

}  // namespace motus::core
