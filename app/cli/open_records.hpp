#pragma once
// The records a command works on: the database of --database (or the default), created only with
// --create (or on first use at the standard path, see core::unaskedOpenMode), with the acting
// clinician of --clinician (or $MOTUS_CLINICIAN, or the login name) written to the audit log.

#include "command_line.hpp"

#include <motus/core/records.hpp>

namespace motus::cli {

core::Records openRecords(const Invocation& invocation);

// The word at `index` of the command, or an empty string.
std::string word(const Invocation& invocation, std::size_t index);

// A whole number (an id) from text; throws std::invalid_argument naming what it is for.
long long parseId(const std::string& text, const std::string& what);

}  // namespace motus::cli
