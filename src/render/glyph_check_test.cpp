#include "render/glyph_check.h"

#include <catch2/catch.hpp>

namespace cg {
namespace {

const char* kNoGlyph = "\xF0\x9F\x98\x80";  // an emoji: no face of the chain draws it

TEST_CASE("missing_glyphs: names the pointer of each string, after numbers, nulls and nested lists",
          "[render][glyphs]") {
  const std::string text = std::string(R"({"a": 1, "b": [null, true, 2.5, {"x": [], "y": "ok é"}, ["z", ")") + kNoGlyph +
                           R"("]], "c~/d": ")" + kNoGlyph + kNoGlyph + R"("})";
  Findings found = missing_glyphs(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].rule == "render.missing_glyph");
  CHECK(found[0].pointer == "/b/4/1");
  CHECK(found[1].pointer == "/c~0~1d");
  CHECK(found[1].message ==
        "no font has a glyph for U+1F600 (\xF0\x9F\x98\x80), so the PDF cannot show this text; remove or replace the "
        "character");
}

TEST_CASE("missing_glyphs: text every face draws, or escaped, gives nothing", "[render][glyphs]") {
  CHECK(missing_glyphs(R"({"name": "Zofia Wiśniewska", "gp": "王秀英", "hv": "عائشہ خان"})").empty());
  CHECK(missing_glyphs(R"({"a": ["\u00e9", 1]})").empty());
  CHECK(missing_glyphs(R"({"a": "\ud83d\ude00"})").size() == 1);
}

}  // namespace
}  // namespace cg
