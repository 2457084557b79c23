#pragma once
// What the user asked motus-cli to do, parsed by Poco::Util's option processor.

#include <motus/core/catalog.hpp>

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace motus::cli {

struct Invocation {
  std::vector<std::string> words;  // the command and its arguments: {"exercise", "show", "id"}
  bool help = false;
  bool version = false;
  core::CatalogQuery query;                         // --search and the facet options
  std::vector<std::filesystem::path> plugin_paths;  // --plugin-path, looked in before the defaults
};

// Throws std::invalid_argument with a message that says what to type instead.
Invocation parseCommandLine(const std::vector<std::string>& arguments);

void printHelp(std::ostream& out);

}  // namespace motus::cli
