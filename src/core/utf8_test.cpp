#include <catch2/catch.hpp>

#include "core/utf8.h"

TEST_CASE("UTF-8 decode and append round-trip and refuse malformed bytes", "[utf8]") {
  for (char32_t cp : {U'A', U'\u00F3', U'\u0416', U'\u20AC', U'\U0001F600'}) {
    std::string s;
    cg::utf8::append(s, cp);
    char32_t back = 0;
    CHECK(cg::utf8::decode(s, 0, back) == s.size());
    CHECK(back == cp);
  }
  char32_t cp = 0;
  CHECK(cg::utf8::decode("\xC3\x28", 0, cp) == 0);          // bad continuation
  CHECK(cg::utf8::decode("\xC0\xAF", 0, cp) == 0);          // overlong
  CHECK(cg::utf8::decode("\xED\xA0\x80", 0, cp) == 0);      // surrogate
  CHECK(cg::utf8::decode("\xF4\x90\x80\x80", 0, cp) == 0);  // past U+10FFFF
  CHECK(cg::utf8::decode("\xE2\x82", 0, cp) == 0);          // truncated
}

TEST_CASE("control characters are shown as escapes on a terminal, everything else unchanged", "[utf8]") {
  using cg::utf8::escape_controls;
  CHECK(escape_controls("Mia \x1b[2J\x07" "Brown") == "Mia \\u001B[2J\\u0007Brown");
  CHECK(escape_controls(std::string("a\0b", 3)) == "a\\u0000b");
  CHECK(escape_controls("tab\there\r\nline") == "tab\\u0009here\\u000D\\u000Aline");
  CHECK(escape_controls("del\x7f c1\xc2\x85\xc2\x9b end") == "del\\u007F c1\\u0085\\u009B end");
  CHECK(escape_controls("bad \xc0\xaf byte") == "bad \\xC0\\xAF byte");
  CHECK(escape_controls("Żółć 小美 🏫 é\xc2\xa0") == "Żółć 小美 🏫 é\xc2\xa0");  // U+00A0 is not a control
}
