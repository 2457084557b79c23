#pragma once
// A small JSON writer, header-only so that a plugin links nothing new. It writes compact JSON in
// the order it is called, escapes every string, and refuses text that is not UTF-8 (JSON cannot
// carry it), naming where the text was.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace motus::sdk {

// Thrown when a text to be written is not valid UTF-8; what() names the field.
class InvalidText : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

namespace detail {

// The length of the UTF-8 sequence at text[at], or 0 when it is not a valid one (overlong forms,
// surrogates and values above U+10FFFF are invalid, as in RFC 3629).
inline std::size_t utf8SequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  std::uint32_t value = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    value = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    value = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    value = lead & 0x07u;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (byte(at + i) & 0x3Fu);
  }
  constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kSmallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  return length;
}

}  // namespace detail

class JsonWriter {
 public:
  JsonWriter& beginObject() { return open('{'); }
  JsonWriter& endObject() { return close('}'); }
  JsonWriter& beginArray() { return open('['); }
  JsonWriter& endArray() { return close(']'); }

  JsonWriter& key(std::string_view name) {
    separate();
    quoted(name, name);
    out_ += ':';
    after_key_ = true;
    return *this;
  }

  // `where` names the text in the error when it is not UTF-8 ("exercise 2 ('bridge'): the name").
  JsonWriter& string(std::string_view value, std::string_view where = "a text") {
    separate();
    quoted(value, where);
    return *this;
  }

  JsonWriter& number(long long value) {
    separate();
    out_ += std::to_string(value);
    return *this;
  }

  const std::string& text() const { return out_; }
  std::string release() { return std::move(out_); }

 private:
  JsonWriter& open(char bracket) {
    separate();
    out_ += bracket;
    first_ = true;
    return *this;
  }
  JsonWriter& close(char bracket) {
    out_ += bracket;
    first_ = false;
    return *this;
  }
  // A comma before every value but the first in its container, and none right after a key.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) out_ += ',';
    first_ = false;
  }

  void quoted(std::string_view value, std::string_view where) {
    out_ += '"';
    for (std::size_t at = 0; at < value.size();) {
      const std::size_t length = detail::utf8SequenceLength(value, at);
      if (length == 0) throw InvalidText(std::string(where) + " is not valid UTF-8 text");
      const char c = value[at];
      if (length > 1) {
        out_.append(value, at, length);
      } else if (c == '"' || c == '\\') {
        out_ += '\\';
        out_ += c;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[(c >> 4) & 0xF];
        out_ += kHex[c & 0xF];
      } else {
        out_ += c;
      }
      at += length;
    }
    out_ += '"';
  }

  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace motus::sdk
