#pragma once
// Base64 (RFC 4648, padded, no line breaks): images inline in HTML handouts and logos in archives.

#include <optional>
#include <string>

namespace motus::core {

std::string base64Encode(const std::string& bytes);
// nullopt when `text` is not base64.
std::optional<std::string> base64Decode(const std::string& text);

}  // namespace motus::core
