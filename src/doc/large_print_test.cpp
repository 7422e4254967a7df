#include "doc/large_print.h"

#include <catch2/catch.hpp>

using namespace cg::doc;

namespace {

TableCell cell(const std::string& text) { return TableCell{{Paragraph{{Run{text, false, false}}}}}; }

DescriptionWords english() {
  return {"1 row", "{count} rows", "{rows} with the columns {columns}.", "{rows}.", "Details: {keys}.",
          "One entry: {entries}.", ", "};
}

Table actions() {
  Table t;
  t.column_widths = {0.6, 3, 1.5, 1.3, 2};
  t.rows.push_back(TableRow{{cell("No."), cell("What"), cell("Who"), cell("By when"), cell("How we will know")}, false});
  t.rows.push_back(TableRow{{cell("1.1"), cell("Attend the course"), cell("Dawn"), cell("15 January 2027"), cell("Register")}, true});
  t.rows.push_back(TableRow{{cell("1.2"), cell("Weigh Ella"), cell("Health visitor"), cell(""), cell("Growth chart")}, true});
  return t;
}

}  // namespace

TEST_CASE("large print stacks a wide table's rows as cards labelled by its header", "[doc][large_print]") {
  Document d;
  d.blocks.push_back(Heading{2, "Actions"});
  d.blocks.push_back(actions());
  Table narrow;
  narrow.column_widths = {1, 2};
  narrow.rows.push_back(TableRow{{cell("Who"), cell("Disagreed about")}, false});
  narrow.rows.push_back(TableRow{{cell("Dawn"), cell("The visits")}, true});
  d.blocks.push_back(narrow);
  describe_tables(d, english());
  stack_wide_tables(d, "Entry {entry} of {entries}");

  REQUIRE(d.blocks.size() == 4);  // heading, two cards, the two-column table as it was
  const auto& first = std::get<Table>(d.blocks[1]);
  CHECK(first.header_rows == 0);
  CHECK(first.keep_together);
  REQUIRE(first.rows.size() == 5);
  CHECK(plain_text(first.rows[1].cells[0].paragraphs[0].runs) == "What");
  CHECK(first.rows[1].cells[0].paragraphs[0].runs[0].bold);
  CHECK(plain_text(first.rows[1].cells[1].paragraphs[0].runs) == "Attend the course");
  CHECK(plain_text(first.rows[3].cells[1].paragraphs[0].runs) == "15 January 2027");
  CHECK(first.caption == "Actions");
  CHECK(first.description == "Entry 1 of 2: No., What, Who, By when, How we will know.");
  const auto& second = std::get<Table>(d.blocks[2]);
  CHECK(second.rows.size() == 5);  // an empty "By when" keeps its label, so every card reads the same
  const auto& kept = std::get<Table>(d.blocks[3]);
  CHECK(kept.header_rows == 1);
  CHECK_FALSE(kept.keep_together);
  CHECK(kept.description == "1 row with the columns Who, Disagreed about.");
}

TEST_CASE("describe_tables keeps a caption and description the template gave", "[doc][large_print]") {
  Document d;
  Table t = actions();
  t.caption = "Our actions";
  t.description = "What each of us will do.";
  d.blocks.push_back(Heading{1, "Plan"});
  d.blocks.push_back(t);
  describe_tables(d, english());
  CHECK(std::get<Table>(d.blocks[1]).caption == "Our actions");
  CHECK(std::get<Table>(d.blocks[1]).description == "What each of us will do.");
}

TEST_CASE("a card's entry number is the caller's words, and a signature table names its heads", "[doc][large_print]") {
  Document d;
  d.blocks.push_back(actions());
  SignatureBlock signatures;
  signatures.rows.push_back({"Dawn Brown", "Mother", {}, "", ""});
  signatures.headings = {"Enw", "Rôl", "Llofnod", "Dyddiad", "Llofnod {name}", "Llofnod {name}, {when}"};
  d.blocks.push_back(signatures);
  describe_tables(d, english());
  stack_wide_tables(d, "Cofnod {entry} o {entries}");
  REQUIRE(d.blocks.size() == 3);
  CHECK(std::get<Table>(d.blocks[0]).description.rfind("Cofnod 1 o 2: ", 0) == 0);
  CHECK(std::get<Table>(d.blocks[1]).description.rfind("Cofnod 2 o 2: ", 0) == 0);
  CHECK(std::get<SignatureBlock>(d.blocks[2]).description == "1 row with the columns Enw, Rôl, Llofnod, Dyddiad.");
}

TEST_CASE("describe_tables says it in the profile's words", "[doc][large_print]") {
  Document d;
  d.blocks.push_back(Heading{2, "Gweithredoedd"});
  d.blocks.push_back(actions());
  KeyValueBlock details;
  details.entries = {{"Dyddiad", {Run{"1 Mai", false, false}}}, {"Lle", {Run{"Swyddfa", false, false}}}};
  d.blocks.push_back(details);
  const DescriptionWords welsh{"1 rhes", "{count} rhes", "{rows} gyda'r colofnau {columns}.", "{rows}.",
                               "Manylion: {keys}.", "Un cofnod: {entries}.", " / "};
  describe_tables(d, welsh);
  CHECK(std::get<Table>(d.blocks[1]).description == "2 rhes gyda'r colofnau No. / What / Who / By when / How we will know.");
  CHECK(std::get<KeyValueBlock>(d.blocks[2]).description == "Manylion: Dyddiad / Lle.");
}
