// The clinic's own details, which head every handout.
#include <motus/core/image_file.hpp>
#include <motus/core/records.hpp>
#include <motus/core/svg_check.hpp>

#include "records_input.hpp"

namespace motus::core {

std::vector<std::string> clinicProblems(const db::ClinicProfile& clinic) {
  std::vector<std::string> problems;
  input::checkText(problems, "clinic's name", clinic.name);
  input::checkText(problems, "address", clinic.address);
  input::checkText(problems, "phone", clinic.phone);
  input::checkText(problems, "email", clinic.email);
  // The logo is checked again here, whoever read it: its type must be what its bytes are, and an
  // SVG must be inert, since it goes inline into every HTML handout.
  if (!clinic.logo.empty()) {
    const std::optional<std::string> type = sniffImageType(clinic.logo);
    if (!type || *type != clinic.logo_type) {
      problems.push_back("the logo is not the " + (clinic.logo_type.empty() ? "picture" : clinic.logo_type) +
                         " it says it is; choose the file again");
    } else if (*type == "image/svg+xml") {
      if (const std::string problem = checkSvg(clinic.logo); !problem.empty())
        problems.push_back("the SVG logo cannot be used: " + problem);
    }
  }
  return problems;
}

void Records::saveClinic(const db::ClinicProfile& clinic) {
  input::refuseIfAny("clinic details", clinicProblems(clinic));
  db::ClinicProfile checked = clinic;
  for (std::string* field : {&checked.name, &checked.phone, &checked.email}) *field = input::trimmed(*field);
  store_.saveClinic(checked);
}

}  // namespace motus::core
