#include <motus/core/file_name.hpp>
#include <motus/core/text_folding.hpp>

#include <locale.h>  // newlocale, iswalnum_l
#include <cwctype>

namespace motus::core {
namespace {

constexpr std::size_t kMaxStemBytes = 80;

// One UTF-8 character: its code point and its length in bytes (a broken byte reads as U+FFFD).
struct Decoded {
  char32_t code;
  std::size_t length;
};

Decoded decodeAt(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
  // A cut sequence, an overlong form ("C1 81" for 'A'), a surrogate or beyond Unicode is not text
  // (core::isValidUtf8 says which): its bytes must never reach a file name.
  if (length == 0 || at + length > text.size() || !isValidUtf8(text.substr(at, length))) return {U'\uFFFD', 1};
  char32_t code = length == 1 ? lead : static_cast<char32_t>(lead & (0x7Fu >> length));
  for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  return {code, length};
}

// Characters with no width that change how the text around them shows.
bool invisible(char32_t code) {
  return (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2060 && code <= 0x206F) || code == 0xFEFF || (code >= 0xFE00 && code <= 0xFE0F) ||
         (code >= 0xE0000 && code <= 0xE01EF) || code == 0x00AD;
}

// Unicode's letters and digits, whatever the user's own locale: glibc's C.UTF-8 classifies every
// script (and counts combining marks such as Devanagari vowel signs as part of the word).
bool letterOrDigit(char32_t code) {
  static const locale_t kUnicode = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  if (code < 0x80 || kUnicode == static_cast<locale_t>(nullptr))
    return (code >= '0' && code <= '9') || (code >= 'A' && code <= 'Z') || (code >= 'a' && code <= 'z');
  return iswalnum_l(static_cast<wint_t>(code), kUnicode) != 0;
}

// Accents typed as a letter and a combining mark ("e" + U+0301, as macOS and some keyboards
// write them): they belong to the letter before them.
bool combiningMark(char32_t code) {
  return (code >= 0x0300 && code <= 0x036F) || (code >= 0x1AB0 && code <= 0x1AFF) ||
         (code >= 0x1DC0 && code <= 0x1DFF) || (code >= 0x20D0 && code <= 0x20FF) || (code >= 0xFE20 && code <= 0xFE2F);
}

}  // namespace

std::string safeFileStem(std::string_view text, std::string_view fallback) {
  std::string stem;
  for (std::size_t at = 0; at < text.size();) {
    const Decoded character = decodeAt(text, at);
    const std::string_view bytes = text.substr(at, character.length);
    at += character.length;
    if (invisible(character.code)) continue;
    const bool accent = combiningMark(character.code) && !stem.empty() && stem.back() != '-';
    if (accent || letterOrDigit(character.code) || character.code == '_' || character.code == '.') {
      stem += bytes;
    } else if (!stem.empty() && stem.back() != '-') {  // '-' itself, or what stands for one
      stem += '-';
    }
  }
  while (!stem.empty() && (stem.front() == '-' || stem.front() == '.')) stem.erase(0, 1);
  if (stem.size() > kMaxStemBytes) {
    std::size_t cut = kMaxStemBytes;
    while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
    stem.resize(cut);
  }
  while (!stem.empty() && (stem.back() == '-' || stem.back() == '.')) stem.pop_back();
  return stem.empty() ? std::string(fallback) : stem;
}

}  // namespace motus::core
