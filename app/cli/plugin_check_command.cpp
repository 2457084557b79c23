#include "commands.hpp"
#include "loaded_library.hpp"

#include <motus/core/plugin_host.hpp>
#include <motus/core/text_folding.hpp>

#include <ostream>

namespace motus::cli {

int checkPlugin(const Invocation& invocation, std::ostream& out, std::ostream&) {
  const std::filesystem::path file = invocation.words[2];
  core::PluginHost host;  // this plugin alone, so nothing else can hide or cause its problems
  const core::PluginRecord& record = host.loadFile(file);
  const std::string name =
      record.info.id.empty() ? file.filename().string() : core::displayable(record.info.id + " " + record.info.version);
  if (record.state == core::PluginState::loaded) {
    out << "OK: " << name << " - " << record.info.name << '\n'
        << "  " << counted(record.exercises.size(), "exercise") << ", "
        << counted(record.education.size(), "education topic") << ", plugin API " << record.api_version->major << '.'
        << record.api_version->minor << ", loaded in "
        << std::chrono::duration<double, std::milli>(record.load_time).count() << " ms\n";
    return kExitOk;
  }
  out << core::toString(record.state) << ": " << name << '\n';
  if (record.problems.empty()) {
    out << "  " << record.reason << '\n';
  } else {
    for (const core::PluginProblem& problem : record.problems) out << "  - " << core::describe(problem) << '\n';
    out << record.problems.size() << (record.problems.size() == 1 ? " problem\n" : " problems\n");
  }
  return kExitProblem;
}

}  // namespace motus::cli
