#include "archive_json_stream.hpp"

#include <motus/core/archive.hpp>
#include <motus/core/text_folding.hpp>

#include <Poco/Exception.h>
#include <Poco/JSON/Handler.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <vector>

namespace motus::core {
namespace {

// Poco's parser calls these as it reads. Pieces are built by a ParseHandler of their own, which is
// reset after each one, so only one piece is ever held.
class PieceHandler : public Poco::JSON::Handler {
 public:
  PieceHandler(const std::function<void(JsonPiece&&)>& take, const std::function<bool(const std::string&)>& wanted)
      : take_(take), wanted_(wanted) {}

  void reset() override {
    frames_.clear();
    capture_depth_ = 0;
    piece_.reset();
  }

  void startObject() override { open(false); }
  void endObject() override { close(false); }
  void startArray() override { open(true); }
  void endArray() override { close(true); }

  void key(const std::string& k) override {
    frames_.back().key = k;
    checkText(k, "a name");
    if (capturing() && !skipping_) piece_.key(k);
  }

  void null() override {
    scalar([](Poco::JSON::ParseHandler& h) { h.null(); }, Poco::Dynamic::Var());
  }
  void value(int v) override {
    scalar([v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }
  void value(unsigned v) override {
    scalar([v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }
  void value(Poco::Int64 v) override {
    scalar([v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }
  void value(Poco::UInt64 v) override {
    scalar([v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }
  void value(double v) override {
    scalar([v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }
  void value(bool v) override {
    scalar([v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }
  void value(const std::string& v) override {
    checkText(v, "the text");
    scalar([&v](Poco::JSON::ParseHandler& h) { h.value(v); }, v);
  }

 private:
  struct Frame {
    bool array = false;
    std::size_t index = 0;  // of the element being read, in an array
    std::string key;        // of the member being read, in an object
  };

  // The path of the value being read: "$.patients[3].programs[0].title".
  std::string path() const {
    std::string text = "$";
    for (const Frame& frame : frames_) {
      text += frame.array ? "[" + std::to_string(frame.index) + "]" : (frame.key.empty() ? "" : "." + frame.key);
    }
    return text;
  }

  bool capturing() const { return capture_depth_ > 0; }

  // frames_[0] is the root object. A piece is the value of a root member, or an element of a root
  // member that is an array (then frames_[1] is that array).
  void open(bool array) {
    if (frames_.empty()) {
      if (array) throw ArchiveError("The file is a JSON array, not a Motus archive (a JSON object).");
      frames_.push_back({});
      return;
    }
    if (frames_.size() >= kJsonMaxDepth) {
      throw ArchiveError("The archive is nested deeper than " + std::to_string(kJsonMaxDepth) + " levels at " + path() +
                         ": it is not a Motus archive. Export the records again with Motus.");
    }
    if (!capturing()) {
      if (frames_.size() == 1 && array) {
        frames_.push_back({true, 0, {}});
        return;
      }
      piece_path_ = path();
      piece_.reset();
      skipping_ = wanted_ && !wanted_(frames_[0].key);
    }
    ++capture_depth_;
    if (!skipping_) array ? piece_.startArray() : piece_.startObject();
    frames_.push_back({array, 0, {}});
  }

  void close(bool array) {
    frames_.pop_back();
    if (!capturing()) return;  // the root object, or a root member's array, is done
    if (!skipping_) array ? piece_.endArray() : piece_.endObject();
    if (--capture_depth_ == 0) deliver(skipping_ ? Poco::Dynamic::Var() : piece_.asVar());
    advance();
  }

  template <class Forward, class Value>
  void scalar(Forward forward, const Value& value) {
    if (frames_.empty()) throw ArchiveError("The file is not a Motus archive: its JSON is not an object.");
    if (capturing()) {
      if (!skipping_) forward(piece_);
    } else {
      piece_path_ = path();
      deliver(Poco::Dynamic::Var(value));
    }
    advance();
  }

  void deliver(Poco::Dynamic::Var value) {
    JsonPiece piece;
    piece.key = frames_[0].key;
    if (frames_.size() >= 2 && frames_[1].array) piece.index = frames_[1].index;
    piece.path = piece_path_;
    piece.value = std::move(value);
    piece.skipped = capturing() ? false : skipping_;
    skipping_ = false;
    piece_.reset();
    take_(std::move(piece));
  }

  // After a value in an array, the next one has the next index.
  void advance() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
  }

  void checkText(const std::string& text, const char* what) const {
    if (!isValidUtf8(text)) {
      throw ArchiveError("The archive holds text that is not valid UTF-8 (" + std::string(what) + " at " + path() +
                         "). It was damaged or not written by Motus; export the records again.");
    }
    if (text.find('\0') != std::string::npos) {
      throw ArchiveError("The archive holds a NUL character in " + std::string(what) + " at " + path() +
                         ", which no Motus record can hold. Remove it and import again.");
    }
  }

  const std::function<void(JsonPiece&&)>& take_;
  const std::function<bool(const std::string&)>& wanted_;
  bool skipping_ = false;  // the piece being read is of a member not wanted: checked, not built
  std::vector<Frame> frames_;
  Poco::JSON::ParseHandler piece_;
  std::string piece_path_;
  int capture_depth_ = 0;
};

}  // namespace
}  // namespace motus::core

namespace motus::core {

void streamJson(const std::string& text, const std::function<void(JsonPiece&&)>& take,
                const std::function<bool(const std::string&)>& wanted) {
  Poco::JSON::Parser parser(new PieceHandler(take, wanted));
  parser.setDepth(kJsonMaxDepth + 1);  // PieceHandler names the path first
  try {
    parser.parse(text);
  } catch (const ArchiveError&) {
    throw;
  } catch (const Poco::Exception& error) {
    if (!isValidUtf8(text)) {
      // Poco's parser refuses it before any string reaches the handler: find the line for a person.
      const std::size_t valid = validUtf8Length(text);
      throw ArchiveError("The archive holds text that is not valid UTF-8 (line " +
                         std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(valid), '\n')) +
                         "). It was damaged or not written by Motus; export the records again.");
    }
    throw ArchiveError("The file is not valid JSON (" + error.message() +
                       "). It may be cut short or not a Motus archive: export the records again, or check that "
                       "this is the file you meant.");
  }
}

}  // namespace motus::core
