#include "plugin_index.hpp"

#include <motus/sdk/json_writer.hpp>

#include <Poco/DigestEngine.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/SHA2Engine.h>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#ifndef MOTUS_VERSION
#error "MOTUS_VERSION must be defined by the build"
#endif

namespace motus::core::detail {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;

constexpr const char* kIndexFormat = "motus-plugin-index";
constexpr int kIndexVersion = 1;

void writeStamp(sdk::JsonWriter& json, const FileStamp& stamp) {
  json.key("size").number(static_cast<long long>(stamp.size));
  json.key("inode").number(static_cast<long long>(stamp.inode));
  json.key("modified_ns").number(stamp.modified_ns);
  json.key("changed_ns").number(stamp.changed_ns);
  json.key("sha256").string(stamp.sha256);
}

FileStamp readStamp(const Object::Ptr& object) {
  FileStamp stamp;
  stamp.size = static_cast<std::uint64_t>(object->getValue<long long>("size"));
  stamp.inode = static_cast<std::uint64_t>(object->getValue<long long>("inode"));
  stamp.modified_ns = object->getValue<long long>("modified_ns");
  stamp.changed_ns = object->getValue<long long>("changed_ns");
  stamp.sha256 = object->getValue<std::string>("sha256");
  return stamp;
}

bool isUtf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = sdk::detail::utf8SequenceLength(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

std::int64_t nanoseconds(const timespec& time) {
  return static_cast<std::int64_t>(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

}  // namespace

IndexIdentity currentIdentity(const PluginHostOptions& options) {
  IndexIdentity identity;
  identity.motus_version = MOTUS_VERSION;
  identity.api_version = std::to_string(MOTUS_SDK_API_MAJOR) + "." + std::to_string(MOTUS_SDK_API_MINOR);
  if (auto stamp = stampOf(options.scanner)) identity.scanner = *stamp;
  identity.limits = std::to_string(options.limits.timeout.count()) + " ms, " +
                    std::to_string(options.limits.memory_bytes) + " bytes, " +
                    std::to_string(options.limits.document_bytes) + " bytes";
  return identity;
}

std::optional<FileStamp> stampOf(const fs::path& file) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  FileStamp stamp;
  stamp.size = static_cast<std::uint64_t>(info.st_size);
  stamp.inode = static_cast<std::uint64_t>(info.st_ino);
  stamp.modified_ns = nanoseconds(info.st_mtim);
  stamp.changed_ns = nanoseconds(info.st_ctim);
  return stamp;
}

std::string sha256Of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    engine.update(chunk, static_cast<unsigned>(in.gcount()));
  }
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::vector<IndexEntry> readIndex(const fs::path& file, const IndexIdentity& identity) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  try {
    Poco::JSON::Parser parser;
    const Object::Ptr root = parser.parse(text.str()).extract<Object::Ptr>();
    if (root->getValue<std::string>("format") != kIndexFormat || root->getValue<int>("version") != kIndexVersion ||
        root->getValue<std::string>("motus") != identity.motus_version ||
        root->getValue<std::string>("api") != identity.api_version ||
        root->getValue<std::string>("limits") != identity.limits ||
        !readStamp(root->getObject("scanner")).sameFile(identity.scanner)) {
      return {};
    }
    std::vector<IndexEntry> entries;
    const Poco::JSON::Array::Ptr list = root->getArray("entries");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Object::Ptr item = list->getObject(static_cast<unsigned>(i));
      IndexEntry entry;
      entry.path = item->getValue<std::string>("path");
      entry.stamp = readStamp(item);
      if (item->has("api_major")) {
        entry.answer.api_version =
            MotusApiVersion{item->getValue<unsigned>("api_major"), item->getValue<unsigned>("api_minor")};
      }
      if (item->has("document")) entry.answer.document = item->getValue<std::string>("document");
      entry.answer.failure = item->getValue<std::string>("failure");
      entries.push_back(std::move(entry));
    }
    return entries;
  } catch (const std::exception&) {  // Poco's exceptions and a wrong shape alike: not our index
    return {};
  }
}

bool writeIndex(const fs::path& file, const IndexIdentity& identity, const std::vector<IndexEntry>& entries) {
  sdk::JsonWriter json;
  try {
    json.beginObject().key("format").string(kIndexFormat).key("version").number(kIndexVersion);
    json.key("motus").string(identity.motus_version).key("api").string(identity.api_version);
    json.key("limits").string(identity.limits);
    json.key("scanner").beginObject();
    writeStamp(json, identity.scanner);
    json.endObject();
    json.key("entries").beginArray();
    for (const IndexEntry& entry : entries) {
      if (!isUtf8(entry.path.string())) continue;
      json.beginObject().key("path").string(entry.path.string());
      writeStamp(json, entry.stamp);
      if (entry.answer.api_version) {
        json.key("api_major").number(entry.answer.api_version->major);
        json.key("api_minor").number(entry.answer.api_version->minor);
      }
      if (entry.answer.document) json.key("document").string(*entry.answer.document);
      json.key("failure").string(entry.answer.failure);
      json.endObject();
    }
    json.endArray().endObject();
  } catch (const sdk::InvalidText&) {  // a text that is not UTF-8 slipped through: do without
    return false;
  }

  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  const fs::path temporary = file.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << json.text();
    out.flush();
    if (!out) {
      fs::remove(temporary, ec);
      return false;
    }
  }
  fs::rename(temporary, file, ec);
  if (ec) fs::remove(temporary, ec);
  return !ec;
}

}  // namespace motus::core::detail
