#pragma once
// The plugins and catalog a command works on, loaded from the default locations plus any
// --plugin-path the user gave.

#include "command_line.hpp"

#include <motus/core/catalog.hpp>
#include <motus/core/plugin_host.hpp>

#include <memory>

namespace motus::cli {

struct LoadedLibrary {
  std::unique_ptr<core::PluginHost> host = std::make_unique<core::PluginHost>(core::PluginHostOptions::standard());
  core::Catalog catalog;
};

LoadedLibrary loadLibrary(const Invocation& invocation);

// "1 exercise", "6 exercises": a count with its noun (regular plurals only).
std::string counted(std::size_t count, std::string_view noun);

// Display width of UTF-8 text, counted in code points (good enough for a terminal table).
std::size_t displayWidth(std::string_view text);
std::string padded(std::string_view text, std::size_t width);

}  // namespace motus::cli
