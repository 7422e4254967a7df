#include "pdf/content_ops.h"

#include <catch2/catch.hpp>

#include <limits>

namespace {

std::string number(double v) {
  std::string s;
  cg::pdf::append_number(s, v);
  return s;
}

}  // namespace

TEST_CASE("content stream numbers are rounded to thousandths without trailing zeros", "[pdf]") {
  CHECK(number(0) == "0");
  CHECK(number(3) == "3");
  CHECK(number(12.5) == "12.5");
  CHECK(number(-0.25) == "-0.25");
  CHECK(number(841.8897) == "841.89");
  CHECK(number(0.0004) == "0");
  CHECK(number(-0.0004) == "0");
  CHECK(number(1.0005) == "1.001");
  CHECK(number(595.2756) == "595.276");
  CHECK(number(1e12) == "1000000000000");
  CHECK(number(std::numeric_limits<double>::quiet_NaN()) == "0");
}
