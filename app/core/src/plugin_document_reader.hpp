#pragma once
// Reads a plugin's JSON document (sdk/include/motus/sdk/plugin_document.hpp describes its shape)
// back into the SDK's types. The document comes from another process and is trusted no more than
// a file from the internet: every member is checked for its type, and a missing one takes its
// default, so an older plugin's document (without a newer minor version's fields) reads as well.

#include <motus/core/plugin_host.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core::detail {

struct PluginDescription {
  sdk::PluginInfo info;
  std::vector<sdk::ExerciseSpec> exercises;
  std::vector<sdk::EducationTopic> education;
};

struct DocumentReading {
  std::optional<PluginDescription> description;  // set when the document held one
  PluginState state = PluginState::failed;       // otherwise why not: failed or invalid
  std::string reason;
};

DocumentReading readPluginDocument(std::string_view document);

}  // namespace motus::core::detail
