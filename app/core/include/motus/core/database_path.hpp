#pragma once
// Which patient database a program opens when it is not told: the choice belongs to the
// application, so db/ only ever opens the path it is given.

#include <filesystem>

namespace motus::core {

// $MOTUS_DATABASE, else <data home>/motus/motus.sqlite (see xdg.hpp; ~/.local/share/motus/motus.sqlite).
std::filesystem::path defaultDatabasePath();

}  // namespace motus::core
