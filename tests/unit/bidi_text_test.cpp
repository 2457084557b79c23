// Typed text isolated from ours: only bidi controls without a partner are dropped.
#include <motus/core/bidi_text.hpp>

#include <catch2/catch.hpp>

using motus::core::bidiIsolated;
using motus::core::withoutUnpairedBidiControls;

TEST_CASE("A bidi control without its partner is dropped, a paired one is kept") {
  CHECK(withoutUnpairedBidiControls("Mai Nguyen") == "Mai Nguyen");
  CHECK(withoutUnpairedBidiControls("مريم 李 Ωμέγα") == "مريم 李 Ωμέγα");
  CHECK(withoutUnpairedBidiControls("\u202Eoverride") == "override");  // RLO, never closed
  for (const char* opener : {"\u202A", "\u202B", "\u202D", "\u202E"})  // LRE RLE LRO RLO, closed by PDF
    CHECK(withoutUnpairedBidiControls(std::string("a") + opener + "b\u202Cc") ==
          std::string("a") + opener + "b\u202Cc");
  for (const char* opener : {"\u2066", "\u2067", "\u2068"})  // LRI RLI FSI, closed by PDI
    CHECK(withoutUnpairedBidiControls(std::string("a") + opener + "b\u2069c") ==
          std::string("a") + opener + "b\u2069c");
  CHECK(withoutUnpairedBidiControls("a\u202Cb\u2069c") == "abc");                    // closers with nothing open
  CHECK(withoutUnpairedBidiControls("\u2067a\u202Eb\u2069c") == "\u2067ab\u2069c");  // the PDI closes the RLO unpaired
  CHECK(withoutUnpairedBidiControls("\u202Ba\u2069b\u202C") == "\u202Bab\u202C");    // a PDI with no isolate open
  CHECK(withoutUnpairedBidiControls("\u2068a\u202Cb\u2069") == "\u2068ab\u2069");    // a PDF cannot leave an isolate
  CHECK(withoutUnpairedBidiControls("\u202Ea\nb\u202C") == "a\nb");  // a line break ends the paragraph's controls
  CHECK(withoutUnpairedBidiControls("\u202E\u202E\u202Cx") == "\u202E\u202Cx");  // the inner one is the pair
  CHECK(withoutUnpairedBidiControls("\xE2\x80") == "\xE2\x80");  // a cut sequence is not taken for a control
}

TEST_CASE("Typed text is set between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE") {
  CHECK(bidiIsolated("Mai") == "\u2068Mai\u2069");
  CHECK(bidiIsolated("\u202Eoverride") == "\u2068override\u2069");
  CHECK(bidiIsolated("") == "\u2068\u2069");
}
