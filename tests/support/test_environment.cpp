// Test programs live outside the staging tree, so the plugin scanner cannot be found beside them
// as Motus finds it; the build tells them where it is. Linked into every test program that
// describes plugins.
#include <cstdlib>

#ifndef MOTUS_SCANNER
#error "MOTUS_SCANNER must name the built motus-plugin-scan"
#endif

namespace {

const bool kScannerKnown = [] { return ::setenv("MOTUS_PLUGIN_SCANNER", MOTUS_SCANNER, 0) == 0; }();

}  // namespace
