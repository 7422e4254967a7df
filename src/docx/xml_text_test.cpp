#include "docx/xml_text.h"

#include <catch2/catch.hpp>

using cg::docx::needs_space_preserve;
using cg::docx::xml_safe_text;

TEST_CASE("xml_safe_text removes control characters but keeps tab and newline", "[docx]") {
  CHECK(xml_safe_text(std::string("a\x01" "b\tc\nd\x7f" "e\x0b" "f\r", 12)) == "ab\tc\ndef");
  CHECK(xml_safe_text(std::string("x\0y", 3)) == "xy");
  CHECK(xml_safe_text("c1\xC2\x85" "end") == "c1end");  // U+0085 NEL
  CHECK(xml_safe_text("bad\xEF\xBF\xBE" "char") == "badchar");  // U+FFFE
}

TEST_CASE("xml_safe_text replaces invalid UTF-8 and keeps valid text", "[docx]") {
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(xml_safe_text("ok\xFFz") == "ok" + replacement + "z");
  CHECK(xml_safe_text("cut\xC5") == "cut" + replacement);
  CHECK(xml_safe_text("\xC0\xAF") == replacement + replacement);           // overlong '/'
  CHECK(xml_safe_text("\xED\xA0\x80") == replacement + replacement + replacement);  // surrogate
  const std::string good = "Żółć Ελένη Дмитрий · 😀 <&>\"'";
  CHECK(xml_safe_text(good) == good);
}

TEST_CASE("needs_space_preserve spots spaces XML would collapse", "[docx]") {
  CHECK(needs_space_preserve(" lead"));
  CHECK(needs_space_preserve("trail "));
  CHECK(needs_space_preserve("two  spaces"));
  CHECK_FALSE(needs_space_preserve("one space"));
  CHECK_FALSE(needs_space_preserve(""));
}
