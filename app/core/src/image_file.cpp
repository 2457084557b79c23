#include <motus/core/image_file.hpp>

#include <motus/core/svg_check.hpp>
#include <motus/core/text_folding.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <system_error>

namespace motus::core {
namespace {

constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1A\n";
constexpr std::string_view kJpegSignature = "\xFF\xD8\xFF";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// An SVG's root element comes after at most an XML declaration and a comment or two.
constexpr std::size_t kSvgSniffBytes = 4096;

constexpr std::string_view kWhatToDo = "Save the picture as PNG, JPEG or SVG and choose that file.";

std::string quoted(const std::filesystem::path& path) { return "'" + displayable(path.string()) + "'"; }

bool looksLikeSvg(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  const std::size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || bytes[start] != '<') return false;
  return bytes.substr(0, kSvgSniffBytes).find("<svg") != std::string_view::npos;
}

std::string readWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImageFileRefused("Cannot read the picture " + quoted(path) + ". Check that the file exists.");
  std::ostringstream read;
  read << in.rdbuf();  // (istreambuf_iterator trips a GCC 12 null-dereference false positive)
  return read.str();
}

}  // namespace

std::optional<std::string> sniffImageType(std::string_view bytes) {
  if (bytes.starts_with(kPngSignature)) return "image/png";
  if (bytes.starts_with(kJpegSignature)) return "image/jpeg";
  if (looksLikeSvg(bytes)) return "image/svg+xml";
  return std::nullopt;
}

ImageFile loadImageFile(const std::filesystem::path& path) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) {
    throw ImageFileRefused("Cannot read the picture " + quoted(path) + " (" + error.message() +
                           "). Check that the file exists.");
  }
  if (size > kMaxImageFileBytes) {
    throw ImageFileRefused("The picture " + quoted(path) + " is " + std::to_string(size / 1024) +
                           " KB; a logo may be at most " + std::to_string(kMaxImageFileBytes / 1024) +
                           " KB. Save it smaller (it prints a few centimetres wide) and choose it again.");
  }
  ImageFile image{readWhole(path), {}};
  const std::optional<std::string> type = sniffImageType(image.bytes);
  if (!type) {
    throw ImageFileRefused("The file " + quoted(path) + " is not a PNG, JPEG or SVG picture, whatever its name. " +
                           std::string(kWhatToDo));
  }
  if (*type == "image/svg+xml") {
    if (const std::string problem = checkSvg(image.bytes); !problem.empty()) {
      throw ImageFileRefused("The SVG picture " + quoted(path) + " cannot be used: " + problem +
                             ". Save it as plain SVG (no scripts, nothing fetched from other files) or as PNG, "
                             "and choose it again.");
    }
  }
  image.media_type = *type;
  return image;
}

}  // namespace motus::core
