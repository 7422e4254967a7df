#include "doc/word_pattern.h"

#include <catch2/catch.hpp>

using namespace cg::doc;

TEST_CASE("word patterns fill and split their named slots only", "[doc][words]") {
  CHECK(fill_pattern("Page {page} of {pages}", page_number_slots(), {"2", "5"}) == "Page 2 of 5");
  CHECK(fill_pattern("{pages} tudalen, hon yw {page}", page_number_slots(), {"2", "5"}) == "5 tudalen, hon yw 2");
  CHECK(fill_pattern("{page}/{pages} {other} {", page_number_slots(), {"1", "3"}) == "1/3 {other} {");
  const auto parts = split_pattern("Page {page} of {pages}", page_number_slots());
  REQUIRE(parts.size() == 4);
  CHECK(parts[0].text == "Page ");
  CHECK(parts[0].slot < 0);
  CHECK(parts[1].slot == kPageSlot);
  CHECK(parts[2].text == " of ");
  CHECK(parts[3].slot == kPagesSlot);
  PageFurniture furniture;
  CHECK(page_number_text(furniture, 1, 2).empty());  // no words, no page number
  furniture.page_number = "Seite {page} von {pages}";
  CHECK(page_number_text(furniture, 1, 2) == "Seite 1 von 2");
}
