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
