// Runs the GUI tests inside a real wx application (under Xvfb when run by CTest).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/init.h>

#include <cstdio>
#include <string_view>

int main(int argc, char* argv[]) {
  // Listing the test cases needs no display (tests/gui/registered_tests_check.cmake does it).
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]).rfind("--list", 0) == 0) return Catch::Session().run(argc, argv);
  }
  wxApp::SetInstance(new wxApp());
  int wx_argc = 1;
  char* wx_argv[] = {argv[0], nullptr};
  if (!wxEntryStart(wx_argc, wx_argv)) {
    std::fprintf(stderr, "The GUI tests need a display: run them through ctest, which starts Xvfb.\n");
    return 2;
  }
  wxTheApp->CallOnInit();
  const int result = Catch::Session().run(argc, argv);
  wxTheApp->OnExit();
  wxEntryCleanup();
  return result;
}
