// A file name suggested from typed text: what the file manager shows is what the name says.
#include <motus/core/file_name.hpp>

#include <catch2/catch.hpp>

#include <string>

using motus::core::safeFileStem;

TEST_CASE("Letters and digits of every script are kept, and anything else becomes one dash") {
  CHECK(safeFileStem("Nguyen-Mai-2026-12-04", "x") == "Nguyen-Mai-2026-12-04");
  CHECK(safeFileStem("O'Brien / Ann  Marie", "x") == "O-Brien-Ann-Marie");
  CHECK(safeFileStem("כהן-מרים", "x") == "כהן-מרים");                      // Hebrew
  CHECK(safeFileStem("الحسيني مريم", "x") == "الحسيني-مريم");              // Arabic
  CHECK(safeFileStem("李 小龙", "x") == "李-小龙");                        // CJK
  CHECK(safeFileStem("José Müller", "x") == "José-Müller");                // accents
  CHECK(safeFileStem("Jose\u0301", "x") == "Jose\u0301");                  // an accent typed as a combining mark
  CHECK(safeFileStem("\u0301x", "y") == "x");                              // a mark with no letter goes
  CHECK(safeFileStem("देवनागरी", "x") == "देवनागरी");                        // vowel signs stay with their letters
  CHECK(safeFileStem("a\\b:c*d?e\"f<g>h|i", "x") == "a-b-c-d-e-f-g-h-i");  // Windows' reserved characters
  CHECK(safeFileStem("chart_12.3", "x") == "chart_12.3");
}

TEST_CASE("Emoji and symbols do not reach a file name") {
  CHECK(safeFileStem("Mai 😀 Nguyen", "x") == "Mai-Nguyen");
  CHECK(safeFileStem("Rose ❤️", "x") == "Rose");                  // U+2764 with its emoji variation selector
  CHECK(safeFileStem("👨‍👩‍👧", "patient") == "patient");  // a family: emoji joined by ZWJ
  CHECK(safeFileStem("x²", "y") == "x");
}

TEST_CASE("Invisible characters that reorder or hide text are dropped") {
  // "Invoice" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" shows as "Invoiceexe.pdf" in a file manager.
  CHECK(safeFileStem("Invoice\u202Efdp.exe", "x") == "Invoicefdp.exe");
  CHECK(safeFileStem("Ma\u200Bi\u200D", "x") == "Mai");              // zero-width space and joiner
  CHECK(safeFileStem("\uFEFFNguyen\u2066\u2069", "x") == "Nguyen");  // byte-order mark, an isolate pair
  CHECK(safeFileStem("co\u00ADop", "x") == "coop");                  // soft hyphen
}

TEST_CASE("No hidden file, no option, nothing empty") {
  CHECK(safeFileStem(".bashrc", "x") == "bashrc");
  CHECK(safeFileStem("--help", "x") == "help");
  CHECK(safeFileStem("../../etc/passwd", "x") == "etc-passwd");
  CHECK(safeFileStem("name.", "x") == "name");
  CHECK(safeFileStem("", "patient") == "patient");
  CHECK(safeFileStem(" / ", "Motus") == "Motus");
  CHECK(safeFileStem("\xFF\xFE", "patient") == "patient");  // bytes that are not UTF-8
  CHECK(safeFileStem("B\xC1\x81"
                     "C",
                     "x") == "B-C");                // an overlong 'A' is not text
  CHECK(safeFileStem("\xED\xA0\x80", "x") == "x");  // nor is a lone surrogate
}

TEST_CASE("A long name is cut at 80 bytes, between two characters") {
  CHECK(safeFileStem(std::string(100, 'a'), "x") == std::string(80, 'a'));
  // 79 ASCII bytes and then a two-byte letter: the letter would end at byte 81, so it goes.
  const std::string stem = safeFileStem(std::string(79, 'a') + "é", "x");
  CHECK(stem == std::string(79, 'a'));
  // Three-byte letters: 26 of them are 78 bytes, and the 27th would end at byte 81.
  std::string chinese;
  for (int i = 0; i < 30; ++i) chinese += "中";
  CHECK(safeFileStem(chinese, "x").size() == 78);
  // Two-byte Hebrew letters: 41 are 82 bytes, and the cut at 80 falls between two of them.
  std::string hebrew;
  for (int i = 0; i < 41; ++i) hebrew += "ש";
  CHECK(safeFileStem(hebrew, "x") == hebrew.substr(0, 80));
  CHECK(safeFileStem(std::string(79, 'a') + "-b", "x") == std::string(79, 'a'));  // no dash left at the end
}
