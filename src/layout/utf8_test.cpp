#include "layout/utf8.h"

#include <catch2/catch.hpp>

using namespace cg::layout;

TEST_CASE("sanitize keeps valid UTF-8 and replaces malformed bytes", "[layout][utf8]") {
  CHECK(utf8::sanitize("Żółć Ελένη Дмитрий") == "Żółć Ελένη Дмитрий");
  CHECK(utf8::sanitize("a\xC3 b") == "a\xEF\xBF\xBD b");
  CHECK(utf8::sanitize("x\xFFy") == "x\xEF\xBF\xBDy");
  CHECK(utf8::sanitize("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a lone surrogate
  CHECK(utf8::sanitize("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
}

TEST_CASE("sanitize normalises line ends and drops control characters", "[layout][utf8]") {
  CHECK(utf8::sanitize("a\r\nb\rc\nd") == "a\nb\nc\nd");
  CHECK(utf8::sanitize("a\tb") == "a b");
  CHECK(utf8::sanitize(std::string("a\0b\x07" "c", 5)) == "abc");
}

TEST_CASE("char_length and code_points follow multi-byte characters", "[layout][utf8]") {
  const std::string s = "aŻ€😀";
  CHECK(utf8::char_length(s, 0) == 1);
  CHECK(utf8::char_length(s, 1) == 2);
  CHECK(utf8::char_length(s, 3) == 3);
  CHECK(utf8::char_length(s, 6) == 4);
  CHECK(utf8::code_points(s) == std::vector<char32_t>{U'a', U'Ż', U'€', U'😀'});
  std::string out;
  for (char32_t cp : utf8::code_points(s)) utf8::append(out, cp);
  CHECK(out == s);
}
