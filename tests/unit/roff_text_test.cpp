// Text from the command table in a man page: whatever it holds, it stays text.
#include <roff_text.hpp>

#include <catch2/catch.hpp>

using motus::cli::roffEscaped;

TEST_CASE("A '.' or an apostrophe that starts a line is kept from being read as a roff request", "[roff]") {
  CHECK(roffEscaped(".SH BROKEN") == "\\&.SH BROKEN");
  CHECK(roffEscaped("'br") == "\\&'br");
  CHECK(roffEscaped("first\n.TH again\n'nf") == "first\n\\&.TH again\n\\&'nf");
}

TEST_CASE("A '.' or an apostrophe inside a line is left as it is", "[roff]") {
  CHECK(roffEscaped("e.g. 2 or 2.5, the patient's") == "e.g. 2 or 2.5, the patient's");
}

TEST_CASE("A backslash prints as a backslash instead of starting an escape", "[roff]") {
  CHECK(roffEscaped("C:\\fBbold\\n") == "C:\\efBbold\\en");
}

TEST_CASE("Every hyphen is an ASCII minus, so options print and paste as typed", "[roff]") {
  CHECK(roffEscaped("--database") == "\\-\\-database");
  CHECK(roffEscaped("-r, each-side") == "\\-r, each\\-side");
}

TEST_CASE("A double quote cannot end a quoted macro argument", "[roff]") {
  CHECK(roffEscaped("Load, e.g. \"light band\".") == "Load, e.g. \\(dqlight band\\(dq.");
}

TEST_CASE("Plain text and empty text pass unchanged", "[roff]") {
  CHECK(roffEscaped("").empty());
  CHECK(roffEscaped("Chart number.") == "Chart number.");
}
