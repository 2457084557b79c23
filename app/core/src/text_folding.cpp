#include <motus/core/text_folding.hpp>

#include <glib.h>

#include <algorithm>
#include <array>
#include <memory>

namespace motus::core {
namespace {

using GlibText = std::unique_ptr<gchar, decltype(&g_free)>;

// How many bytes at the start of text are well-formed UTF-8 without a NUL (glib stops at one).
std::size_t wellFormedPrefix(std::string_view text) {
  const gchar* end = nullptr;
  g_utf8_validate_len(text.data(), text.size(), &end);
  return static_cast<std::size_t>(end - text.data());
}

// Calls run(valid) for each stretch of well-formed UTF-8 and bad(byte) for each byte between them,
// one at a time, as a reader resynchronises on the next byte.
template <typename Run, typename Bad>
void forEachStretch(std::string_view text, Run run, Bad bad) {
  while (!text.empty()) {
    const std::size_t valid = wellFormedPrefix(text);
    if (valid > 0) run(text.substr(0, valid));
    if (valid == text.size()) return;
    bad(static_cast<unsigned char>(text[valid]));
    text.remove_prefix(valid + 1);
  }
}

bool isControl(unsigned char byte) { return byte < 0x20 || byte == 0x7F; }

bool isApostrophe(gunichar c) { return c == U'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }

// A mark that only decorates the letter before it (an accent, a vowel point): search ignores it.
// A spacing mark (U+093E DEVANAGARI SIGN AA) is part of how the word is spelt and is kept.
bool isDecoratingMark(gunichar c) {
  const GUnicodeType type = g_unichar_type(c);
  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

// Latin letters that Unicode does not decompose into a base letter and a mark (the stroke of ł
// and ø is part of the letter), written as a person typing without them would. Lowercase only:
// they are looked up after case folding.
struct BaseLetters {
  gunichar letter;
  std::string_view written;
};
constexpr std::array<BaseLetters, 14> kUndecomposedLatin{{
    {U'æ', "ae"},
    {U'ð', "d"},
    {U'ø', "o"},
    {U'þ', "th"},
    {U'đ', "d"},
    {U'ħ', "h"},
    {U'ı', "i"},
    {U'ĳ', "ij"},
    {U'ĸ', "k"},
    {U'ŀ', "l"},
    {U'ł', "l"},
    {U'ŋ', "n"},
    {U'œ', "oe"},
    {U'ŧ', "t"},
}};

std::string_view baseLettersOf(gunichar c) {
  for (const BaseLetters& entry : kUndecomposedLatin) {
    if (entry.letter == c) return entry.written;
  }
  return {};
}

void appendFoldedAscii(std::string& out, char c) {
  if (c >= 'A' && c <= 'Z')
    out += static_cast<char>(c - 'A' + 'a');
  else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
    out += c;
  else if (c != '\'')
    out += ' ';
}

// Well-formed text, case-folded (which also turns ß into ss), decomposed (é into e + U+0301),
// then each character kept, dropped or turned into a space.
void appendFolded(std::string& out, std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    for (const char c : text) appendFoldedAscii(out, c);  // most text: no need for glib's copies
    return;
  }
  const GlibText folded(g_utf8_casefold(text.data(), static_cast<gssize>(text.size())), &g_free);
  const GlibText decomposed(g_utf8_normalize(folded.get(), -1, G_NORMALIZE_NFD), &g_free);
  for (const gchar* p = decomposed.get(); *p != '\0'; p = g_utf8_next_char(p)) {
    const gunichar c = g_utf8_get_char(p);
    if (c < 0x80) {
      appendFoldedAscii(out, static_cast<char>(c));
    } else if (isApostrophe(c) || isDecoratingMark(c)) {
      continue;
    } else if (const std::string_view base = baseLettersOf(c); !base.empty()) {
      out += base;
    } else if (g_unichar_isalpha(c) || g_unichar_isdigit(c) || g_unichar_type(c) == G_UNICODE_SPACING_MARK) {
      out.append(p, static_cast<std::size_t>(g_utf8_next_char(p) - p));
    } else {
      out += ' ';
    }
  }
}

}  // namespace

bool isValidUtf8(std::string_view text) {
  bool valid = true;
  forEachStretch(
      text, [](std::string_view) {}, [&](unsigned char byte) { valid = valid && byte == '\0'; });
  return valid;
}

std::size_t validUtf8Length(std::string_view text) {
  std::size_t length = 0;
  bool broken = false;
  forEachStretch(
      text, [&](std::string_view stretch) { length += broken ? 0 : stretch.size(); },
      [&](unsigned char byte) {
        broken = broken || byte != '\0';
        length += broken ? 0 : 1;
      });
  return length;
}

bool hasControlCharacters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return isControl(static_cast<unsigned char>(c)); });
}

std::string displayable(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string shown;
  shown.reserve(text.size());
  forEachStretch(
      text,
      [&](std::string_view valid) {
        // Every byte of a multi-byte character is 0x80 or above, so a control character is one byte.
        for (const char c : valid) {
          if (isControl(static_cast<unsigned char>(c)))
            shown += kReplacement;
          else
            shown += c;
        }
      },
      [&](unsigned char) { shown += kReplacement; });
  return shown;
}

std::string foldForSearch(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  forEachStretch(
      text, [&](std::string_view valid) { appendFolded(folded, valid); }, [&](unsigned char) { folded += ' '; });
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
