#pragma once
// The program the handout is measured on (the "12 shoulder exercises"): the 11 exercises
// of the built-in shoulder-care plugin and foam rolling's upper-back roll, with their default
// dosages and pictures, loaded from the real plugin files. The handout bench prints its pages and
// times; a test holds the page counts.

#include <motus/db/records.hpp>

#include <filesystem>
#include <vector>

namespace motus::test {

// Throws when the two plugins are not found where given (a folder of plugins or their files).
std::vector<db::ProgramItem> shoulderProgram(const std::vector<std::filesystem::path>& plugin_locations);

}  // namespace motus::test
