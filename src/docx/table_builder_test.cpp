#include "docx/table_builder.h"

#include <catch2/catch.hpp>
#include <limits>
#include <numeric>

using cg::docx::column_widths_dxa;

TEST_CASE("column widths follow the weights and fill the width exactly", "[docx]") {
  const auto w = column_widths_dxa({3, 1.5, 1.2, 2, 1.5}, 5, 9638);
  REQUIRE(w.size() == 5);
  CHECK(std::accumulate(w.begin(), w.end(), 0) == 9638);
  CHECK(w[0] == 3143);  // 9638 * 3 / 9.2
  CHECK(w[1] == 1571);
}

TEST_CASE("column widths survive missing and unusable weights", "[docx]") {
  const auto w = column_widths_dxa({-1, std::numeric_limits<double>::quiet_NaN()}, 4, 1000);
  REQUIRE(w.size() == 4);
  CHECK(w[0] == 250);
  CHECK(w[3] == 250);
  CHECK(std::accumulate(w.begin(), w.end(), 0) == 1000);
  CHECK(column_widths_dxa({1, 2}, 0, 1000).empty());
}
