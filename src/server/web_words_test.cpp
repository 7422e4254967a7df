#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "../../tests/source_dir.h"
#include "server/web_words.h"

using namespace cg::server;

TEST_CASE("web words: nested keys, values filled in, the key itself when missing", "[server][words]") {
  WebWords w;
  std::string error;
  REQUIRE(w.load_text(R"({"minutes": {"title": "Minutes of meeting {sequence}", "x": "{unknown} stays"}})", error));
  CHECK(w("minutes.title", {{"sequence", "3"}}) == "Minutes of meeting 3");
  CHECK(w("minutes.x") == "{unknown} stays");
  CHECK(w("minutes.nothing") == "minutes.nothing");
  CHECK_FALSE(w.load_text(R"({"minutes": {"title": 3}})", error));
  CHECK(error == "web/words.json must be an object of texts (strings) and objects of texts");
  CHECK_FALSE(w.load_text("[]", error));
}

TEST_CASE("web words: every key the pages ask for is in web/words.json", "[server][words]") {
  WebWords w;
  std::string error;
  REQUIRE(w.load(cg::test::source_dir(), error));
  std::set<std::string> used;
  // Keys written out in the pages' sources: w("minutes.title"...), e.w("...")...
  std::regex literal("\\bw\\(\"([a-z_]+\\.[a-z_]+)\"");
  for (const auto& entry : std::filesystem::directory_iterator(std::string(cg::test::source_dir()) + "/src/server")) {
    if (entry.path().filename().string().find("_test.cpp") != std::string::npos) continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it) used.insert((*it)[1]);
  }
  CHECK(used.size() > 40);
  // Keys the pages build from a field's name.
  for (const char* part : {"what", "who", "by", "frequency", "until", "how_measured", "status", "progress", "next_date",
                           "next_start", "next_venue"})
    used.insert(std::string("minutes.") + part);
  // The words of each draft editor (its title, banner and conflict page) and the outcome's fields
  // a conflict names.
  for (const char* group : {"conflict", "plan_conflict"})
    for (const char* part : {"title", "body", "next", "reopen"}) used.insert(std::string(group) + "." + part);
  for (const char* key : {"minutes.title", "minutes.saved", "plan.title", "plan.saved", "plan.outcome", "plan.worry", "plan.children"})
    used.insert(key);
  for (const std::string& key : used) {
    INFO(key);
    CHECK(w.has(key));
  }
}
