#include <motus/core/text_folding.hpp>

#include <catch2/catch.hpp>

using motus::core::displayable;
using motus::core::foldForSearch;
using motus::core::hasControlCharacters;
using motus::core::isValidUtf8;
using motus::core::searchTokens;
using Tokens = std::vector<std::string>;

TEST_CASE("Search folding ignores case and accents, as a therapist typing fast expects") {
  CHECK(foldForSearch("Snow ANGELS") == "snow angels");
  CHECK(foldForSearch("Épaule") == "epaule");
  CHECK(foldForSearch("Müller Straße") == "muller strasse");
  CHECK(foldForSearch("Łódź Ørsted Æsir") == "lodz orsted aesir");
  CHECK(foldForSearch("Dvořák") == "dvorak");
  // An accent typed as a separate combining mark folds like the precomposed letter.
  CHECK(foldForSearch("Cafe\xCC\x81") == foldForSearch("Café"));
}

TEST_CASE("Apostrophes join a word and other punctuation splits words") {
  CHECK(searchTokens("don't  roll — the low-back!") == Tokens{"dont", "roll", "the", "low", "back"});
  CHECK(searchTokens("O’Brien") == Tokens{"obrien"});
  CHECK(searchTokens("").empty());
  CHECK(searchTokens("  ,,, ").empty());
}

TEST_CASE("Letters of other scripts are kept and lowercased") {
  CHECK(searchTokens("ΚΑΛΗ Привет") == Tokens{"καλη", "привет"});
  CHECK(searchTokens("שלום 123") == Tokens{"שלום", "123"});
}

TEST_CASE("Well-formed UTF-8 is accepted") {
  CHECK(isValidUtf8(""));
  CHECK(isValidUtf8("plain ascii"));
  CHECK(isValidUtf8("Zoë 👋 مرحبا"));
  CHECK(isValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST_CASE("Ill-formed UTF-8 is rejected") {
  CHECK_FALSE(isValidUtf8("\xC3\x28"));          // bad continuation byte
  CHECK_FALSE(isValidUtf8("\xC0\x80"));          // overlong NUL
  CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));      // overlong '/'
  CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));      // a UTF-16 surrogate
  CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(isValidUtf8("abc\xE2\x82"));       // cut off at the end
  CHECK_FALSE(isValidUtf8("\xFF"));
}

TEST_CASE("Invalid bytes in a query become separators instead of breaking the search") {
  CHECK(searchTokens("snow\xFF"
                     "angel") == Tokens{"snow", "angel"});
  CHECK(searchTokens("\xC3").empty());
}

TEST_CASE("Control characters are found, and made harmless when text is only shown") {
  CHECK_FALSE(hasControlCharacters("Snow angels, 10 to 15 times"));
  CHECK(hasControlCharacters("Snow\tangels"));
  CHECK(hasControlCharacters("\x1B[31mred"));
  CHECK(hasControlCharacters("line\nbreak"));
  CHECK(displayable("ok \x1B[2J") == "ok \xEF\xBF\xBD[2J");
  CHECK(displayable("broken \xC3\x28") == "broken \xEF\xBF\xBD(");
  CHECK(displayable("Zoë") == "Zoë");
}
