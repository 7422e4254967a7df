#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../../tests/test_support.h"
#include "rules/drift.h"

using namespace cg;
using nlohmann::json;

namespace {

json barnsley() {
  std::ifstream in(std::string(test::source_dir()) + "/fixtures/cases/barnsley-cp-sos.json");
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

void set_scores(json& j, std::vector<int> scores) {
  json& s = j["signs_of_safety"]["scaling"][0]["scores"];
  for (size_t i = 0; i < scores.size() && i < s.size(); ++i) s[i]["score"] = scores[i];
}

Findings drift(const std::vector<json>& meetings, const std::string& authority,
               std::vector<Date> earlier = {}) {
  std::vector<Case> cases;
  for (const json& j : meetings) cases.push_back(test::load(j));
  DriftHistory h;
  for (const Case& c : cases) h.meetings.push_back(&c);
  h.earlier_plans_ended = std::move(earlier);
  return check_drift(h, test::profile(authority), test::calendar());
}

}  // namespace

TEST_CASE("drift.scaling_falling: Barnsley's scaling scores falling from one meeting to the next", "[drift]") {
  json first = barnsley(), second = barnsley();
  second["meeting"]["sequence"] = 3;
  set_scores(first, {6, 6, 5, 4, 5, 4});
  SECTION("falling") {
    set_scores(second, {5, 5, 5, 4, 5, 4});
    Findings f = drift({first, second}, "barnsley");
    REQUIRE(test::has_finding(f, "drift.scaling_falling", "/signs_of_safety/scaling/0/scores"));
  }
  SECTION("the same or rising") {
    CHECK_FALSE(test::has_rule(drift({first, second}, "barnsley"), "drift.scaling_falling"));
    set_scores(second, {7, 6, 5, 4, 5, 4});
    CHECK_FALSE(test::has_rule(drift({first, second}, "barnsley"), "drift.scaling_falling"));
  }
  SECTION("not a rule where the profile does not say so") {
    set_scores(second, {1, 1, 1, 1, 1, 1});
    json a = first, b = second;
    a["authority"] = b["authority"] = "england";
    CHECK_FALSE(test::has_rule(drift({a, b}, "england"), "drift.scaling_falling"));
  }
}

TEST_CASE("drift.plan_open_long: 18 months after the initial conference", "[drift]") {
  json j = test::good_case();
  j["meeting"]["date"] = "2028-04-28";  // initial conference 2026-10-29: one day short
  CHECK_FALSE(test::has_rule(drift({j}, "swindon"), "drift.plan_open_long"));
  j["meeting"]["date"] = "2028-04-29";
  Findings f = drift({j}, "swindon");
  REQUIRE(test::has_finding(f, "drift.plan_open_long", "/conference/initial"));
}

TEST_CASE("drift.repeat_plan: a second child protection plan within two years", "[drift]") {
  json j = test::good_case();  // initial conference 2026-10-29
  CHECK(test::has_finding(drift({j}, "swindon", {*Date::parse("2025-03-01")}), "drift.repeat_plan", "/conference/initial"));
  CHECK_FALSE(test::has_rule(drift({j}, "swindon", {*Date::parse("2024-10-29")}), "drift.repeat_plan"));
  CHECK_FALSE(test::has_rule(drift({j}, "swindon"), "drift.repeat_plan"));
}

TEST_CASE("drift.action_stalled needs the same status and progress at three meetings", "[drift]") {
  json a = test::good_case(), b = test::good_case(), c = test::good_case();
  a["meeting"]["sequence"] = 1;
  c["meeting"]["sequence"] = 3;
  Findings f = drift({a, b, c}, "swindon");
  CHECK(test::has_finding(f, "drift.action_stalled", "/plan/outcomes/0/actions/0/progress"));
  CHECK(test::has_finding(f, "drift.action_stalled", "/plan/outcomes/0/actions/1/progress"));
  CHECK_FALSE(test::has_rule(drift({b, c}, "swindon"), "drift.action_stalled"));
  c["plan"]["outcomes"][0]["actions"][0]["progress"] = "Attended 3 of 6";
  c["plan"]["outcomes"][0]["actions"][1]["status"] = "done";
  CHECK_FALSE(test::has_rule(drift({a, b, c}, "swindon"), "drift.action_stalled"));
}

TEST_CASE("a profile's drift section is read, inherited and validated", "[drift]") {
  Profile swindon = test::profile("swindon");
  CHECK(swindon.drift.at("action_stalled").threshold == 3);
  CHECK(swindon.drift.count("first_meeting_dropped_actions") == 1);
  CHECK(swindon.drift.count("minutes_late") == 1);  // from England
  CHECK(test::profile("blackpool").drift.at("member_absent").source.find("BSCB") != std::string::npos);
  CHECK(test::profile("england").drift.count("scaling_falling") == 0);
  for (const char* id : {"england", "swindon", "blackpool", "barnsley", "shropshire"})
    for (const auto& [rule, r] : test::profile(id).drift) {
      INFO(id << " " << rule);
      CHECK_FALSE(r.source.empty());
    }
}
