#include <motus/core/svg_check.hpp>

#include <catch2/catch.hpp>

using Catch::Matchers::Contains;
using motus::core::checkSvg;

TEST_CASE("A plain line drawing is accepted") {
  CHECK(checkSvg(R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">)svg"
                 R"svg(<defs><marker id="a"/></defs><path d="M0 0L10 10" marker-end="url(#a)"/>)svg"
                 R"svg(<use href="#a"/></svg>)svg")
            .empty());
}

TEST_CASE("Broken or unsafe SVG is refused with the reason") {
  CHECK_THAT(checkSvg("<svg><circle></svg>"), Contains("not well-formed"));
  CHECK_THAT(checkSvg(""), Contains("not well-formed"));
  CHECK_THAT(checkSvg("<html></html>"), Contains("root element is <html>"));
  CHECK_THAT(checkSvg("<svg><script>alert(1)</script></svg>"), Contains("<script>"));
  CHECK_THAT(checkSvg("<svg><foreignObject/></svg>"), Contains("<foreignobject>"));
  CHECK_THAT(checkSvg(R"svg(<svg onload="alert(1)"/>)svg"), Contains("event handler"));
  CHECK_THAT(checkSvg(R"svg(<svg><image href="http://tracker.example/x.png"/></svg>)svg"), Contains("links outside"));
  CHECK_THAT(checkSvg(R"svg(<svg><rect style="fill:url(http://x)"/></svg>)svg"), Contains("from the web"));
  CHECK_THAT(checkSvg(R"svg(<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>)svg"), Contains("DOCTYPE"));
}
