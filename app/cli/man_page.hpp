#pragma once
// motus-cli(1), written from the command table, so the man page lists exactly the commands and
// options that the parser accepts and --help shows.

#include <iosfwd>
#include <string_view>

namespace motus::cli {

// What the page says that the table does not know; the build passes each one in, so the page is
// the same on every machine that builds this version (no build time, no user's paths).
struct ManPageFacts {
  std::string_view version;        // "0.1.0", for the page's header
  std::string_view release_date;   // "2026-12-02", the day the version was released
  std::string_view plugin_folder;  // the installed plugin folder below the prefix: "lib/motus/plugins"
};

// The whole page in roff (man(7)), ready for gzip.
void writeManPage(std::ostream& out, const ManPageFacts& facts);

}  // namespace motus::cli
