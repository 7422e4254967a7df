#include "doc/signature_table.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace cg::doc;

TEST_CASE("a signature block has one table shape: heads, widths, image cell and lines to fill in", "[doc][signatures]") {
  SignatureBlock block;
  block.caption = "Signatures";
  block.description = "3 rows";
  block.headings = {"Name", "Role / relationship", "Signature", "Date", "Signature of {name}", "Signature of {name}, {when}"};
  Image pixels{std::string(2 * 1 * 3, '\0'), 2, 1};
  block.rows.push_back({"Dawn Brown", "Mother", pixels, "Signed on 1 May 2027", "1 May 2027"});
  block.rows.push_back({"Sam Brown", "Father", {}, "Declined to sign", ""});
  block.rows.push_back({"Dr A. Okafor", "GP", {}, "", ""});

  const SignatureTable t = signature_table(block);
  CHECK(t.headings == std::vector<std::string>{"Name", "Role / relationship", "Signature", "Date"});
  REQUIRE(t.column_widths.size() == t.headings.size());
  for (double w : t.column_widths) CHECK(w > 0);
  // The signature column is the widest: it holds the image.
  CHECK(t.image_column == 2);
  CHECK(*std::max_element(t.column_widths.begin(), t.column_widths.end()) == t.column_widths[t.image_column]);
  CHECK(t.caption == "Signatures");
  CHECK(t.description == "3 rows");
  REQUIRE(t.rows.size() == 3);
  for (const auto& row : t.rows) REQUIRE(row.size() == t.headings.size());

  // Signed with an image: the image in the signature cell with its alt text, the words under it
  // in small type, no lines.
  const auto& signed_row = t.rows[0];
  CHECK(signed_row[0].text == "Dawn Brown");
  CHECK(signed_row[1].text == "Mother");
  CHECK(signed_row[2].image == &block.rows[0].image);
  CHECK(signed_row[2].alt_text == "Signature of Dawn Brown, 1 May 2027");
  CHECK(signed_row[2].text == "Signed on 1 May 2027");
  CHECK(signed_row[2].small);
  CHECK(signed_row[3].text == "1 May 2027");
  for (const auto& cell : signed_row) CHECK_FALSE(cell.hand_line);
  for (std::size_t c = 0; c < signed_row.size(); ++c)
    if (c != t.image_column) CHECK(signed_row[c].image == nullptr);

  // Declined without a date: the words, no line to sign on, a line for the date.
  CHECK(t.rows[1][2].text == "Declined to sign");
  CHECK_FALSE(t.rows[1][2].hand_line);
  CHECK(t.rows[1][3].hand_line);

  // Not signed yet: lines to sign and date by hand.
  CHECK(t.rows[2][2].image == nullptr);
  CHECK(t.rows[2][2].hand_line);
  CHECK(t.rows[2][3].hand_line);
}

TEST_CASE("a signature block without rows has no table", "[doc][signatures]") {
  SignatureBlock block;
  block.statement = "I have read this plan.";
  block.headings = {"Name", "Role", "Signature", "Date", "Signature of {name}", ""};
  CHECK(signature_table(block).rows.empty());
}
