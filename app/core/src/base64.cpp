#include "base64.hpp"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>

#include <array>
#include <sstream>

namespace motus::core {

std::string base64Encode(const std::string& bytes) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder << bytes;
  encoder.close();
  return out.str();
}

std::optional<std::string> base64Decode(const std::string& text) {
  std::istringstream in(text);
  Poco::Base64Decoder decoder(in);
  std::string bytes;
  std::array<char, 4096> buffer{};
  try {
    while (decoder.read(buffer.data(), buffer.size()) || decoder.gcount() > 0) {
      bytes.append(buffer.data(), static_cast<std::size_t>(decoder.gcount()));
      if (!decoder) break;
    }
  } catch (const Poco::Exception&) {
    return std::nullopt;
  }
  if (decoder.bad()) return std::nullopt;
  return bytes;
}

}  // namespace motus::core
