// Test programs live outside the staging tree, so the plugin scanner cannot be found beside them
// as Motus finds it; the build tells them where it is. Linked into every test program that
// describes plugins or starts motus-cli.
#include "temp_folder.hpp"

#include <cstdlib>

#ifndef MOTUS_SCANNER
#error "MOTUS_SCANNER must name the built motus-plugin-scan"
#endif

namespace {

const bool kScannerKnown = [] { return ::setenv("MOTUS_PLUGIN_SCANNER", MOTUS_SCANNER, 0) == 0; }();

// Every motus-cli a test starts writes its log into a state folder of this test program's own
// (removed when it ends), never into the developer's ~/.local/state/motus/motus.log. Overwritten,
// not defaulted: a developer's own XDG_STATE_HOME is exactly what must stay untouched.
const motus::test::TempFolder kStateFolder{"state"};
const bool kStateFolderSet = [] { return ::setenv("XDG_STATE_HOME", kStateFolder.path().c_str(), 1) == 0; }();

}  // namespace
