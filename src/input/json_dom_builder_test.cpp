#include <catch2/catch.hpp>

#include "input/json_dom_builder.h"

using namespace cg;
using nlohmann::json;

TEST_CASE("build_json makes the tree json::parse makes", "[input]") {
  const std::string text = R"({"a": [1, -2, 3.5, 18446744073709551615, true, false, null, "x\u00e9"],
    "b": {"c": {}, "d": [], "e": [[{"f": "g"}]]}, "h": "\ud83d\ude00"})";
  const BuiltJson built = build_json(text);
  REQUIRE(built.ok);
  CHECK_FALSE(built.duplicate_key);
  CHECK(built.value == json::parse(text));
  CHECK(build_json("42").value == 42);
  CHECK(build_json("\"only\"").value == "only");
}

TEST_CASE("build_json notes a repeated key at any depth and keeps the last value", "[input]") {
  const BuiltJson top = build_json(R"({"a": 1, "a": {"x": 2}})");
  REQUIRE(top.ok);
  CHECK(top.duplicate_key);
  CHECK(top.value == json::parse(R"({"a": {"x": 2}})"));
  CHECK(build_json(R"([{"k": 1}, {"k": 2}, {"m": {"n": 1, "n": 2}}])").duplicate_key);
  CHECK_FALSE(build_json(R"([{"k": 1}, {"k": 2}])").duplicate_key);
}

TEST_CASE("build_json fails on what json::parse refuses", "[input]") {
  for (const char* bad : {"", "{", "{\"a\" 1}", "[1,]", "{\"a\": 1} x", "\"\xff\"", "// c\n{}", "01"}) {
    CAPTURE(bad);
    CHECK_FALSE(build_json(bad).ok);
    CHECK_THROWS(json::parse(bad));
  }
}
