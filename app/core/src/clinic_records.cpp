// The clinic's own details, which head every handout, and the restore of a backup.
#include <motus/core/records.hpp>

#include "records_input.hpp"

namespace motus::core {

void Records::saveClinic(const db::ClinicProfile& clinic) {
  std::vector<std::string> problems;
  input::checkText(problems, "clinic's name", clinic.name);
  input::checkText(problems, "address", clinic.address);
  input::checkText(problems, "phone", clinic.phone);
  input::checkText(problems, "email", clinic.email);
  input::refuseIfAny(problems);
  db::ClinicProfile checked = clinic;
  for (std::string* field : {&checked.name, &checked.phone, &checked.email}) *field = input::trimmed(*field);
  store_.saveClinic(checked);
}

std::filesystem::path Records::restore(const std::filesystem::path& backup, const std::filesystem::path& target) {
  return db::Store::restore(backup, target);
}

}  // namespace motus::core
