#include "pdf/pdf_text.h"

#include <catch2/catch.hpp>

using namespace cg::pdf;

TEST_CASE("text for libharu stays in the Basic Multilingual Plane", "[pdf][text]") {
  CHECK(bmp_only("Żółć") == "Żółć");
  CHECK(bmp_only("a😀b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("Info strings are UTF-16BE with a byte order mark", "[pdf][text]") {
  CHECK(utf16be_with_bom("Ż") == std::string("\xFE\xFF\x01\x7B", 4));
  CHECK(utf16be_with_bom("😀") == std::string("\xFE\xFF\xD8\x3D\xDE\x00", 6));
}

TEST_CASE("custom Info keys lose spaces and stay short", "[pdf][text]") {
  CHECK(info_key("Case reference") == "Case_reference");
  CHECK(info_key("Łódź") == "Łódź");
  CHECK(info_key(std::string(150, 'k')).size() == 100);
  CHECK(info_key(std::string(99, 'k') + "ż").size() == 99);
  CHECK(info_key("").empty());
}
