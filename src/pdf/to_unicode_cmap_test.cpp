#include "pdf/to_unicode_cmap.h"

#include <catch2/catch.hpp>

using namespace cg::pdf;

TEST_CASE("a ToUnicode CMap names each code's characters", "[pdf][text]") {
  ToUnicodeCMap simple(1);
  simple.add(0x80, U"Ł");
  simple.add(0x41, U"A");
  const std::string text = simple.text();
  CHECK(text.find("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n") != std::string::npos);
  CHECK(text.find("2 beginbfchar\n<80> <0141>\n<41> <0041>\nendbfchar\n") != std::string::npos);
  CHECK(text.find("bfrange") == std::string::npos);
}

TEST_CASE("ToUnicode entries come in blocks of at most 100, surrogate pairs beyond the BMP", "[pdf][text]") {
  ToUnicodeCMap glyphs(2);
  for (unsigned gid = 1; gid <= 150; ++gid) glyphs.add(gid, U"x");
  glyphs.add(151, U"😀");
  glyphs.add_range(0x0100, 0x01FF, 0x0100);
  const std::string text = glyphs.text();
  CHECK(text.find("<0000> <FFFF>") != std::string::npos);
  CHECK(text.find("100 beginbfchar\n<0001> <0078>\n") != std::string::npos);
  CHECK(text.find("51 beginbfchar\n<0065> <0078>\n") != std::string::npos);
  CHECK(text.find("<0097> <D83DDE00>\nendbfchar\n") != std::string::npos);
  CHECK(text.find("1 beginbfrange\n<0100> <01FF> <0100>\nendbfrange\n") != std::string::npos);
}
