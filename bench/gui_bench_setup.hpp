#pragma once
// What the in-process window benchmarks share: wx started without a window of its own, and a
// scratch folder that stands in for the user's settings, plugin index and log, so a benchmark
// never reads or writes the developer's own.

#include <wx/app.h>
#include <wx/init.h>

#include <cstdlib>
#include <filesystem>

namespace motus::bench {

// Starts wx for a benchmark; false when there is no display.
inline bool startWx(char* program) {
  wxApp::SetInstance(new wxApp());
  int wx_argc = 1;
  static char* wx_argv[2];
  wx_argv[0] = program;
  wx_argv[1] = nullptr;
  if (!wxEntryStart(wx_argc, wx_argv)) return false;
  wxTheApp->CallOnInit();
  return true;
}

// An empty folder under the system's temporary one, with the XDG folders pointed into it.
inline std::filesystem::path freshScratch(const char* name) {
  const std::filesystem::path scratch = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(scratch);
  std::filesystem::create_directories(scratch);
  setenv("XDG_CONFIG_HOME", (scratch / "config").c_str(), 1);
  setenv("XDG_CACHE_HOME", (scratch / "cache").c_str(), 1);
  setenv("XDG_STATE_HOME", (scratch / "state").c_str(), 1);
  return scratch;
}

// Ends what startWx began, and removes the scratch folder.
inline void stopWx(const std::filesystem::path& scratch) {
  std::filesystem::remove_all(scratch);
  wxTheApp->OnExit();
  wxEntryCleanup();
}

}  // namespace motus::bench
