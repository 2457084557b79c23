#include <motus/core/fhir.hpp>

#include "output_file.hpp"

#include <stdexcept>
#include <system_error>

namespace motus::core {

void writeFhirFile(const std::filesystem::path& file, const std::string& text, bool replace) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::exists(fs::symlink_status(file, error))) {
    if (!replace)
      throw std::runtime_error(file.string() + " already exists. Add --force to replace it, or choose another name.");
    if (!fs::is_regular_file(fs::symlink_status(file, error))) {
      throw std::runtime_error(file.string() + " is not a regular file. Choose another file name.");
    }
  }
  // Written beside it and then renamed: the chosen name holds the old file or the whole new one.
  const fs::path partial = file.string() + ".partial";
  try {
    OutputFile out(partial);
    out.write(text);
    out.setMode(fs::perms::owner_read | fs::perms::owner_write);  // a patient's record: for this user only
    out.commit();
    fs::rename(partial, file);
  } catch (const std::exception& failure) {
    fs::remove(partial, error);
    throw std::runtime_error("Could not write the FHIR Bundle to " + file.string() + ": " + failure.what());
  }
}

}  // namespace motus::core
