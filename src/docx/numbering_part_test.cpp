#include "docx/numbering_part.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

using cg::doc::ListKind;
using cg::docx::NumberingRegistry;

TEST_CASE("every list gets its own w:num that restarts at its level", "[docx]") {
  NumberingRegistry registry;
  CHECK(registry.add_list(ListKind::Numbered, 0) == 1);
  CHECK(registry.add_list(ListKind::Lettered, 1) == 2);
  CHECK(registry.add_list(ListKind::Numbered, 0) == 3);
  CHECK(registry.add_list(ListKind::Bullet, 42) == 4);

  pugi::xml_document doc;
  REQUIRE(doc.load_string(registry.part().c_str()));
  auto root = doc.child("w:numbering");
  REQUIRE(root);
  // All abstract definitions come before the first w:num, as the schema requires.
  bool seen_num = false;
  for (auto child : root.children()) {
    if (std::string(child.name()) == "w:num") seen_num = true;
    if (std::string(child.name()) == "w:abstractNum") CHECK_FALSE(seen_num);
  }
  auto num2 = root.find_child_by_attribute("w:num", "w:numId", "2");
  REQUIRE(num2);
  CHECK(num2.child("w:abstractNumId").attribute("w:val").as_int() == 2);
  CHECK(num2.child("w:lvlOverride").attribute("w:ilvl").as_int() == 1);
  CHECK(num2.child("w:lvlOverride").child("w:startOverride").attribute("w:val").as_int() == 1);
  auto num3 = root.find_child_by_attribute("w:num", "w:numId", "3");
  CHECK(num3.child("w:abstractNumId").attribute("w:val").as_int() == 1);
  auto num4 = root.find_child_by_attribute("w:num", "w:numId", "4");
  CHECK(num4.child("w:lvlOverride").attribute("w:ilvl").as_int() == 8);

  auto letters = root.find_child_by_attribute("w:abstractNum", "w:abstractNumId", "2");
  auto level1 = letters.find_child_by_attribute("w:lvl", "w:ilvl", "1");
  CHECK(std::string(level1.child("w:numFmt").attribute("w:val").value()) == "lowerLetter");
  CHECK(std::string(level1.child("w:lvlText").attribute("w:val").value()) == "%2.");
  auto level0 = letters.find_child_by_attribute("w:lvl", "w:ilvl", "0");
  CHECK(level1.child("w:pPr").child("w:ind").attribute("w:left").as_int() >
        level0.child("w:pPr").child("w:ind").attribute("w:left").as_int());
}
