#include <motus/core/text_folding.hpp>

#include <Poco/UTF8Encoding.h>
#include <Poco/Unicode.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace motus::core {
namespace {

// Decodes one code point at text[pos]; advances pos. Returns nullopt (and skips one byte) for an
// ill-formed sequence.
std::optional<char32_t> decodeAt(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2, value = lead & 0x1FU, minimum = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3, value = lead & 0x0FU, minimum = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4, value = lead & 0x07U, minimum = 0x10000;
  } else {
    ++pos;
    return std::nullopt;
  }
  if (pos + length > text.size()) {
    ++pos;
    return std::nullopt;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte(pos + i);
    if ((continuation & 0xC0U) != 0x80U) {
      ++pos;
      return std::nullopt;
    }
    value = (value << 6U) | (continuation & 0x3FU);
  }
  const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
  if (value < minimum || value > 0x10FFFF || surrogate) {
    ++pos;
    return std::nullopt;
  }
  pos += length;
  return value;
}

void appendUtf8(std::string& out, char32_t cp) {
  std::array<unsigned char, 4> buffer{};
  Poco::UTF8Encoding encoding;
  const int written = encoding.convert(static_cast<int>(cp), buffer.data(), 4);
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(written > 0 ? written : 0));
}

// Base letters for U+00C0..U+00FF and U+0100..U+017F. '*' marks a letter that folds to two
// ("ae", "th", "ss", "ij", "oe"); '?' marks a non-letter (multiplication and division signs).
constexpr std::string_view kLatin1Bases = "aaaaaa*ceeeeiiiidnooooo?ouuuuy**aaaaaa*ceeeeiiiidnooooo?ouuuuy*y";
constexpr std::string_view kLatinExtendedABases =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

std::string_view twoLetterFold(char32_t cp) {
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0xDF:
      return "ss";
    case 0x132:
    case 0x133:
      return "ij";
    case 0x152:
    case 0x153:
      return "oe";
    default:
      return {};
  }
}

bool isApostrophe(char32_t cp) { return cp == U'\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC; }
bool isCombiningMark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

void appendFolded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    const auto c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else
      out += ' ';
    return;
  }
  if (isCombiningMark(cp)) return;  // decomposed accents ("e" + U+0301) fold like precomposed ones
  if (cp >= 0xC0 && cp <= 0x17F) {
    const char base = cp < 0x100 ? kLatin1Bases[cp - 0xC0] : kLatinExtendedABases[cp - 0x100];
    if (base == '*')
      out += twoLetterFold(cp);
    else if (base == '?')
      out += ' ';
    else
      out += base;
    return;
  }
  const int code = static_cast<int>(cp);
  if (Poco::Unicode::isAlpha(code) || Poco::Unicode::isDigit(code)) {
    appendUtf8(out, static_cast<char32_t>(Poco::Unicode::toLower(code)));
  } else {
    out += ' ';
  }
}

static_assert(kLatin1Bases.size() == 0x100 - 0xC0);
static_assert(kLatinExtendedABases.size() == 0x180 - 0x100);

}  // namespace

bool isValidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!decodeAt(text, pos)) return false;
  }
  return true;
}

bool hasControlCharacters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  });
}

std::string displayable(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string shown;
  shown.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const std::optional<char32_t> cp = decodeAt(text, pos);
    if (!cp || *cp < 0x20 || *cp == 0x7F) {
      shown += kReplacement;
    } else {
      shown.append(text.substr(start, pos - start));
    }
  }
  return shown;
}

std::string foldForSearch(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::optional<char32_t> cp = decodeAt(text, pos);
    if (!cp) {
      folded += ' ';
    } else if (!isApostrophe(*cp)) {
      appendFolded(folded, *cp);
    }
  }
  return folded;
}

std::vector<std::string> searchTokens(std::string_view text) {
  const std::string folded = foldForSearch(text);
  std::vector<std::string> tokens;
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t end = std::min(folded.find(' ', start), folded.size());
    if (end > start) tokens.emplace_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

}  // namespace motus::core
