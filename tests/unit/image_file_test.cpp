#include "../support/temp_folder.hpp"
#include "../support/tiny_png.hpp"

#include <motus/core/image_file.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

std::filesystem::path writeFile(const test::TempFolder& folder, const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = folder / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string refusal(const std::filesystem::path& path) {
  try {
    core::loadImageFile(path);
  } catch (const core::ImageFileRefused& refused) {
    return refused.what();
  }
  FAIL("the picture " << path << " was accepted");
  return {};
}

constexpr const char* kPlainSvg = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- the clinic's mark -->
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>
)";

}  // namespace

TEST_CASE("A picture's type comes from its bytes, whatever its name") {
  const test::TempFolder folder("image-file");
  SECTION("a PNG called .jpg") {
    const core::ImageFile image = core::loadImageFile(writeFile(folder, "logo.jpg", test::tinyPng()));
    CHECK(image.media_type == "image/png");
    CHECK(image.bytes == test::tinyPng());
  }
  SECTION("a JPEG called .png") {
    CHECK(core::loadImageFile(writeFile(folder, "logo.png", "\xFF\xD8\xFF\xE0 rest of a JPEG")).media_type ==
          "image/jpeg");
  }
  SECTION("an SVG with an XML declaration and a comment, in capitals") {
    CHECK(core::loadImageFile(writeFile(folder, "LOGO.SVG", kPlainSvg)).media_type == "image/svg+xml");
  }
  SECTION("an SVG after a byte-order mark, with no extension") {
    CHECK(core::loadImageFile(writeFile(folder, "logo", std::string("\xEF\xBB\xBF") + kPlainSvg)).media_type ==
          "image/svg+xml");
  }
}

TEST_CASE("A file that is no picture Motus can print is refused with what to do") {
  const test::TempFolder folder("image-file");
  SECTION("text called .png") {
    const std::string message = refusal(writeFile(folder, "logo.png", "This is not a picture.\n"));
    CHECK_THAT(message, Contains("'" + (folder / "logo.png").string() + "' is not a PNG, JPEG or SVG picture") &&
                            Contains("Save the picture as PNG, JPEG or SVG"));
  }
  SECTION("a GIF") {
    CHECK_THAT(refusal(writeFile(folder, "logo.gif", "GIF89a\x01\x00\x01\x00")), Contains("is not a PNG, JPEG or SVG"));
  }
  SECTION("an empty file") { CHECK_THAT(refusal(writeFile(folder, "logo.svg", "")), Contains("is not a PNG")); }
  SECTION("a file that is not there") {
    CHECK_THAT(refusal(folder / "missing.png"), Contains("Cannot read the picture") && Contains("exists"));
  }
  SECTION("a picture too big to print on every handout") {
    const std::string big = test::tinyPng() + std::string(core::kMaxImageFileBytes, '\0');
    CHECK_THAT(refusal(writeFile(folder, "huge.png", big)), Contains("may be at most 1024 KB") && Contains("smaller"));
  }
}

TEST_CASE("An SVG picture must be inert, as plugin illustrations must") {
  const test::TempFolder folder("image-file");
  SECTION("a script") {
    const std::string message = refusal(
        writeFile(folder, "logo.svg", R"(<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>)"));
    CHECK_THAT(message, Contains("cannot be used") && Contains("<script>") && Contains("Save it as plain SVG"));
  }
  SECTION("a picture fetched from elsewhere") {
    CHECK_THAT(
        refusal(writeFile(folder, "logo.svg",
                          R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">)"
                          R"(<image xlink:href="https://example.com/a.png"/></svg>)")),
        Contains("links outside itself"));
  }
  SECTION("broken XML") {
    CHECK_THAT(refusal(writeFile(folder, "logo.svg", "<svg><rect></svg>")), Contains("not well-formed"));
  }
}

TEST_CASE("Sniffing looks only at how the bytes start") {
  CHECK(core::sniffImageType(test::tinyPng()) == "image/png");
  CHECK(core::sniffImageType("\xFF\xD8\xFF") == "image/jpeg");
  CHECK(core::sniffImageType("  \n<svg/>") == "image/svg+xml");
  CHECK_FALSE(core::sniffImageType("\x89PN").has_value());  // a PNG signature cut short
  CHECK_FALSE(core::sniffImageType("svg").has_value());
  CHECK_FALSE(core::sniffImageType("<html><body>no picture</body></html>").has_value());
}
