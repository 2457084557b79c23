#pragma once
// A picture file a person chose (the clinic's logo), read once for every program that takes one.
// What it is comes from its bytes, never from its name: a PNG called logo.jpg is a PNG, and a text
// file called logo.png is refused. An SVG must pass the same safety check as a plugin's
// illustrations, since it ends up inline in every HTML handout.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace motus::core {

struct ImageFile {
  std::string bytes;
  std::string media_type;  // "image/png", "image/jpeg" or "image/svg+xml"
};

// Far above any logo (a few centimetres on a page) and small enough to embed in every handout.
inline constexpr std::size_t kMaxImageFileBytes = std::size_t{1} << 20;

// A file that is not a picture Motus can print, or not one it may; what() names the file, says what
// is wrong and what to do instead.
class ImageFileRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The media type the bytes start like (PNG and JPEG by their signatures, SVG by an <svg element
// near the start of text), or nullopt. Only a first look: loadImageFile checks the rest.
std::optional<std::string> sniffImageType(std::string_view bytes);

// Reads and checks the file; throws ImageFileRefused.
ImageFile loadImageFile(const std::filesystem::path& path);

}  // namespace motus::core
