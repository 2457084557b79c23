// A recursive-descent reader that only checks JSON's grammar and keeps the path it is in. It runs
// after Poco's parser refused a document, to say where and inside which value.
#include "fhir_json_syntax.hpp"

#include <vector>

namespace motus::core::fhir_json {
namespace {

struct Broken {
  std::size_t at;
  std::string problem;
};

class Checker {
 public:
  explicit Checker(std::string_view json) : json_(json) {}

  void document() {
    value(true);
    space();
    if (at_ < json_.size()) fail("text after the end of the document");
  }

  // "Patient.name[0]": named by the document's resourceType once it was read.
  std::string path() const {
    std::string text = root_.empty() ? "$" : root_;
    for (const std::string& part : path_) text += part;
    return text;
  }

 private:
  [[noreturn]] void fail(const std::string& problem) const { throw Broken{at_, problem}; }

  void space() {
    while (at_ < json_.size() && (json_[at_] == ' ' || json_[at_] == '\t' || json_[at_] == '\n' || json_[at_] == '\r'))
      ++at_;
  }

  void value(bool top = false) {
    space();
    if (at_ >= json_.size()) fail("the text ends where a value should be");
    const char c = json_[at_];
    if (c == '{') return object(top);
    if (c == '[') return array();
    if (c == '"') return static_cast<void>(string());
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    for (const std::string_view word : {"true", "false", "null"}) {
      if (json_.substr(at_, word.size()) == word) {
        at_ += word.size();
        return;
      }
    }
    fail(std::string("expected a value, not '") + c + "'");
  }

  void object(bool top) {
    ++at_;
    space();
    if (at_ < json_.size() && json_[at_] == '}') return static_cast<void>(++at_);
    while (true) {
      space();
      if (at_ >= json_.size()) fail("the text ends before the object is closed");
      if (json_[at_] != '"') fail("expected a key in double quotes");
      const std::string key = string();
      space();
      if (at_ >= json_.size() || json_[at_] != ':') fail("expected ':' after the key \"" + key + "\"");
      ++at_;
      path_.push_back("." + key);
      space();
      const bool names_type = top && key == "resourceType" && at_ < json_.size() && json_[at_] == '"';
      const std::size_t start = at_;
      value();
      if (names_type) root_ = std::string(json_.substr(start + 1, at_ - start - 2));
      path_.pop_back();
      space();
      if (at_ < json_.size() && json_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < json_.size() && json_[at_] == '}') return static_cast<void>(++at_);
      fail(at_ >= json_.size() ? "the text ends before the object is closed" : "expected ',' or '}'");
    }
  }

  void array() {
    ++at_;
    space();
    if (at_ < json_.size() && json_[at_] == ']') return static_cast<void>(++at_);
    for (std::size_t index = 0;; ++index) {
      path_.push_back("[" + std::to_string(index) + "]");
      value();
      path_.pop_back();
      space();
      if (at_ < json_.size() && json_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < json_.size() && json_[at_] == ']') return static_cast<void>(++at_);
      fail(at_ >= json_.size() ? "the text ends before the array is closed" : "expected ',' or ']'");
    }
  }

  // Returns the text between the quotes (escapes left as written: it only names keys).
  std::string string() {
    const std::size_t start = ++at_;
    while (at_ < json_.size() && json_[at_] != '"') {
      if (static_cast<unsigned char>(json_[at_]) < 0x20) fail("a line break or control character inside a string");
      if (json_[at_] == '\\') ++at_;
      ++at_;
    }
    if (at_ >= json_.size()) fail("the text ends inside a string");
    return std::string(json_.substr(start, at_++ - start));
  }

  void number() {
    if (json_[at_] == '-') ++at_;
    const std::size_t digits = at_;
    const auto skipDigits = [&] {
      while (at_ < json_.size() && json_[at_] >= '0' && json_[at_] <= '9') ++at_;
    };
    skipDigits();
    if (at_ == digits) fail("expected a digit");
    if (at_ < json_.size() && json_[at_] == '.') {
      ++at_;
      skipDigits();
    }
    if (at_ < json_.size() && (json_[at_] == 'e' || json_[at_] == 'E')) {
      ++at_;
      if (at_ < json_.size() && (json_[at_] == '+' || json_[at_] == '-')) ++at_;
      skipDigits();
    }
  }

  std::string_view json_;
  std::size_t at_ = 0;
  std::vector<std::string> path_;
  std::string root_;
};

}  // namespace

std::optional<SyntaxError> findSyntaxError(std::string_view json) {
  Checker checker(json);
  try {
    checker.document();
    return std::nullopt;
  } catch (const Broken& broken) {
    SyntaxError error;
    for (std::size_t i = 0; i < broken.at && i < json.size(); ++i) {
      if (json[i] == '\n') {
        ++error.line;
        error.column = 1;
      } else {
        ++error.column;
      }
    }
    error.path = checker.path();
    error.problem = broken.problem;
    return error;
  }
}

}  // namespace motus::core::fhir_json
