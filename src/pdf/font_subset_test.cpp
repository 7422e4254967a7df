#include <catch2/catch.hpp>

#include <filesystem>

#include "pdf/font_subset.h"
#include "pdf/pdf_writer.h"

using namespace cg;

TEST_CASE("document_characters finds the text of every block and the layout's own marks", "[pdf][subset]") {
  doc::Document d;
  d.furniture.header_left = "Łódź";
  d.blocks.push_back(doc::Heading{1, "Ελένη"});
  doc::Table t;
  t.rows.push_back(doc::TableRow{{doc::TableCell{{doc::Paragraph{{{"Дмитрий", false, false}}}}}}, true});
  d.blocks.push_back(t);
  d.blocks.push_back(doc::SignatureBlock{"Żółć", {}, "", "", {}});
  auto chars = pdf::document_characters(d);
  for (char32_t c : {U'Ł', U'ó', U'Ε', U'λ', U'Д', U'й', U'Ż', U'ć', U'\u2022', U'\u2026', U'7', U' '}) CHECK(chars.count(c));
  CHECK_FALSE(chars.count(U'Ж'));
}

TEST_CASE("a subset font is much smaller than the face and still a TrueType font", "[pdf][subset]") {
  const std::string path = pdf::default_fonts().regular;
  std::string subset = pdf::subset_font(path, {U'A', U'b', U'Ж'});
  REQUIRE_FALSE(subset.empty());
  CHECK(subset.size() * 10 < std::filesystem::file_size(path));
  CHECK(subset.compare(0, 4, std::string("\0\1\0\0", 4)) == 0);  // sfnt version 1.0
  CHECK(pdf::subset_font("/nonexistent.ttf", {U'A'}).empty());
}

TEST_CASE("a kept subset is the one its characters ask for", "[pdf][subset]") {
  const std::string path = pdf::default_fonts().regular;
  std::string small = pdf::subset_font(path, {U'A'});
  std::string larger = pdf::subset_font(path, {U'A', U'Ж', U'λ', U'Ł'});
  CHECK(larger.size() > small.size());
  CHECK(pdf::subset_font(path, {U'A'}) == small);  // from the kept ones, the same bytes
  for (char32_t c = U'a'; c < U'a' + 20; ++c) pdf::subset_font(path, {c});  // push the first ones out
  CHECK(pdf::subset_font(path, {U'A', U'Ж', U'λ', U'Ł'}) == larger);  // made again, the same bytes
}

TEST_CASE("Central European families share one subset with the whole of Latin Extended-A", "[pdf][subset]") {
  const std::string path = pdf::default_fonts().regular;
  const std::string one = pdf::subset_font(path, {U'A', U'Ł'});
  CHECK(pdf::subset_font(path, {U'A', U'ż', U'ę'}) == one);
  CHECK(pdf::subset_font(path, {U'A'}) != one);  // a Western document still gets its own
  CHECK(pdf::subset_font(path, {U'A'}).size() + 5000 < one.size());
}
