#pragma once
// A look at a file's ELF headers before the dynamic loader touches it. dlopen() maps a library's
// segments straight from the file; a segment that reaches past the end of a truncated file turns
// into SIGBUS on first access and would take the whole application down.

#include <filesystem>
#include <string>

namespace motus::scan {

// An empty string when the file looks like a complete shared library for this machine; otherwise
// one sentence saying what is wrong with it.
std::string checkElfLibrary(const std::filesystem::path& file);

}  // namespace motus::scan
