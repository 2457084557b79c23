#pragma once
// Where a user's files go, by the XDG Base Directory specification: each folder is its variable
// ($XDG_DATA_HOME, ...) when that holds an absolute path, else its default under $HOME. A relative
// or empty value is ignored, as the specification requires (a relative one would put files
// wherever the program happened to be started).
//
// Each returns an absolute path, or an empty one when neither the variable nor $HOME gives one;
// the caller decides what to do then. Read afresh at every call (tests change the environment).

#include <filesystem>

namespace motus::core::xdg {

std::filesystem::path dataHome();    // $XDG_DATA_HOME, else ~/.local/share: the patient database, plugins
std::filesystem::path configHome();  // $XDG_CONFIG_HOME, else ~/.config: preferences
std::filesystem::path cacheHome();   // $XDG_CACHE_HOME, else ~/.cache: what can be rebuilt (the plugin index)
std::filesystem::path stateHome();   // $XDG_STATE_HOME, else ~/.local/state: logs, history

}  // namespace motus::core::xdg
