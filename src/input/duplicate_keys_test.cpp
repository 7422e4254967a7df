#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "input/case_loader.h"
#include "input/duplicate_keys.h"
#include "input/syntax_check.h"

using namespace cg;
using cg::test::good_case;

TEST_CASE("a key given twice in one object is refused at its pointer, line and column", "[loader]") {
  std::string text = good_case().dump(2);
  REQUIRE(load_case_text(text).value);
  // A second, empty "actions" after the first outcome's actions: the parser would keep only it.
  std::string anchor = "\"actions\": [";
  auto pos = text.find(anchor);
  REQUIRE(pos != std::string::npos);
  text.insert(pos, "\"actions\": [],\n      ");
  LoadResult r = load_case_text(text);
  CHECK_FALSE(r.value);
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule == "load.duplicate_key");
  CHECK(f.pointer == "/plan/outcomes/0/actions");
  CHECK(f.message.find("\"actions\" appears twice") != std::string::npos);
  int line = 0, column = 0;
  line_and_column(text, text.find(anchor, pos + 10), line, column);
  CHECK(f.line == line);
  CHECK(f.column == column);
}

TEST_CASE("duplicate keys: pointers through arrays, escapes, and the same key in different objects", "[loader]") {
  CHECK_FALSE(find_duplicate_key(R"({"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 2}]})"));
  CHECK_FALSE(find_duplicate_key(R"({"a": "\"a\": 1, \"a\"", "b": ["a", "a"]})"));
  auto d = find_duplicate_key(R"({"c": [{"x": 1}, {"y": [1, {"k": 1, "k~/": 2, "k~/": 3}]}]})");
  REQUIRE(d);
  CHECK(d->pointer == "/c/1/y/1/k~0~1");
  d = find_duplicate_key(R"({"name": 1, "n\u0061me": 2})");  // the same key, spelt with an escape
  REQUIRE(d);
  CHECK(d->pointer == "/name");
  d = find_duplicate_key(R"({"items": {"a": {}}, "items": {}})");
  REQUIRE(d);
  CHECK(d->pointer == "/items");
  CHECK(d->offset == 21);
}
