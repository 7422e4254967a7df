#include "layout/line_breaker.h"

#include <catch2/catch.hpp>

#include "layout/fake_measurer.h"
#include "layout/utf8.h"

using namespace cg::layout;

namespace {

std::string joined(const TextLine& line) {
  std::string s;
  for (const auto& f : line.fragments) s += f.text;
  return s;
}

}  // namespace

TEST_CASE("lines break at spaces and stay within the width", "[layout][lines]") {
  FakeMeasurer m;  // 10 pt regular: 5 pt per character
  const auto lines = break_lines({{"the quick brown fox jumps over", FontFace::Regular}}, 10, 50, m);
  REQUIRE(lines.size() == 3);
  CHECK(joined(lines[0]) == "the quick");
  CHECK(joined(lines[1]) == "brown fox");
  CHECK(joined(lines[2]) == "jumps over");
  for (const auto& l : lines) CHECK(l.width <= 50);
}

TEST_CASE("a word wider than the line is split between characters", "[layout][lines]") {
  FakeMeasurer m;
  const auto lines = break_lines({{"ab " + std::string(23, 'W'), FontFace::Regular}}, 10, 50, m);
  REQUIRE(lines.size() == 4);
  CHECK(joined(lines[0]) == "ab");
  CHECK(joined(lines[1]) == std::string(10, 'W'));
  CHECK(joined(lines[2]) == std::string(10, 'W'));
  CHECK(joined(lines[3]) == std::string(3, 'W'));
}

TEST_CASE("splitting never cuts a multi-byte character", "[layout][lines]") {
  FakeMeasurer m;
  std::string word;
  for (int i = 0; i < 30; ++i) word += "Żółć";
  const auto lines = break_lines({{word, FontFace::Regular}}, 10, 37, m);
  std::string rebuilt;
  for (const auto& l : lines) {
    const std::string s = joined(l);
    CHECK(utf8::sanitize(s) == s);
    CHECK(l.width <= 37);
    rebuilt += s;
  }
  CHECK(rebuilt == word);
  CHECK(lines.size() == 18);  // 7 characters of 5 pt per 37 pt line, 120 characters
}

TEST_CASE("styled runs keep their faces and positions", "[layout][lines]") {
  FakeMeasurer m;
  const auto lines = break_lines({{"Plain ", FontFace::Regular}, {"bold", FontFace::Bold}, {" end", FontFace::Regular}},
                                 10, 500, m);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].fragments.size() == 3);
  CHECK(lines[0].fragments[1].face == FontFace::Bold);
  CHECK(lines[0].fragments[1].x == Approx(30));
  CHECK(lines[0].fragments[2].x == Approx(54));
  CHECK(lines[0].width == Approx(74));
}

TEST_CASE("newlines force breaks and empty text still gives one line", "[layout][lines]") {
  FakeMeasurer m;
  CHECK(break_lines({{"one\ntwo", FontFace::Regular}}, 10, 500, m).size() == 2);
  const auto empty = break_lines({}, 10, 500, m);
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].fragments.empty());
}

TEST_CASE("a word too wide for any line splits after its last fitting hyphen", "[layout][lines]") {
  FakeMeasurer m;  // 16 characters per 80 pt line
  auto lines = break_lines({{"safety end-of-programme-review plan", FontFace::Regular}}, 10, 80, m);
  REQUIRE(lines.size() == 4);
  CHECK(joined(lines[0]) == "safety");
  CHECK(joined(lines[1]) == "end-of-");
  CHECK(joined(lines[2]) == "programme-review");
  CHECK(joined(lines[3]) == "plan");
  // A hyphenated word that fits on a line of its own moves whole.
  lines = break_lines({{"ab Lily-Mae's", FontFace::Regular}}, 10, 50, m);
  REQUIRE(lines.size() == 2);
  CHECK(joined(lines[1]) == "Lily-Mae's");
  // No usable hyphen: split between characters.
  lines = break_lines({{"-" + std::string(20, 'x'), FontFace::Regular}}, 10, 50, m);
  REQUIRE(lines.size() == 3);
  CHECK(joined(lines[0]) == "-xxxxxxxxx");
}

TEST_CASE("Chinese breaks between characters, never before closing punctuation", "[layout][lines][scripts]") {
  FakeMeasurer m;  // 5 pt per character: ten to a 50 pt line
  const auto lines = break_lines({{"Dr 王秀英王秀英", FontFace::Regular}}, 10, 25, m);
  REQUIRE(lines.size() == 2);
  CHECK(joined(lines[0]) == "Dr 王秀");  // "Dr" and a space (15 pt), then two characters (25 pt)
  CHECK(joined(lines[1]) == "英王秀英");
  // The full stop cannot start a line, so the character before it moves down with it.
  const auto stop = break_lines({{"王秀英王秀英王秀英王。好", FontFace::Regular}}, 10, 50, m);
  REQUIRE(stop.size() == 2);
  CHECK(joined(stop[0]) == "王秀英王秀英王秀英");
  CHECK(joined(stop[1]) == "王。好");
  // Latin words around Chinese keep their own rule: no break inside "Smith".
  const auto mixed = break_lines({{"王秀英Smith", FontFace::Regular}}, 10, 25, m);
  REQUIRE(mixed.size() == 2);
  CHECK(joined(mixed[0]) == "王秀英");
  CHECK(joined(mixed[1]) == "Smith");
}
