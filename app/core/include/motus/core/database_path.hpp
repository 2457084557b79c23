#pragma once
// Which patient database a program opens when it is not told: the choice belongs to the
// application, so db/ only ever opens the path it is given.

#include <motus/db/store.hpp>

#include <filesystem>

namespace motus::core {

// $MOTUS_DATABASE, else standardDatabasePath().
std::filesystem::path defaultDatabasePath();

// <data home>/motus/motus.sqlite (see xdg.hpp; ~/.local/share/motus/motus.sqlite): the one place
// Motus creates a database on its own, on first run. A path someone chose ($MOTUS_DATABASE,
// --database) may be mistyped, so a database is made there only when asked.
std::filesystem::path standardDatabasePath();

// How a program opens `path` when nobody asked for a new database: created when it is the
// standard path and missing (first run), never otherwise.
db::OpenMode unaskedOpenMode(const std::filesystem::path& path);

}  // namespace motus::core
