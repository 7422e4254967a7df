#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "input/case_loader.h"

using namespace cg;
using cg::test::good_case;

namespace {

Findings load_errors(const std::string& text) {
  LoadResult r = load_case_text(text);
  CHECK_FALSE(r.value.has_value());
  return r.findings;
}

bool has(const Findings& fs, const std::string& rule, const std::string& pointer) {
  return cg::test::has_finding(fs, rule, pointer);
}

}  // namespace

TEST_CASE("the good case loads with every field in place", "[loader]") {
  LoadResult r = load_case_text(good_case().dump());
  REQUIRE(r.findings.empty());
  REQUIRE(r.value);
  const Case& c = *r.value;
  CHECK(c.authority == "swindon");
  CHECK(c.plan_type == PlanType::ChildProtection);
  CHECK(c.members.size() == 4);
  CHECK(c.members[1].contact->restricted);
  CHECK(c.meeting.items.at("raise_concern").covered());
  CHECK(c.plan.outcomes[0].actions[1].frequency == "fortnightly");
  CHECK(c.plan.outcomes[0].actions[0].pointer == "/plan/outcomes/0/actions/0");
  CHECK(c.conference->initial->iso() == "2026-10-29");
}

TEST_CASE("a syntax error gives the line and column", "[loader]") {
  Findings f = load_errors("{\n  \"format\": \"coregroup/1\"\n  \"authority\": \"swindon\"\n}");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "load.syntax");
  CHECK(f[0].line == 3);
  CHECK(f[0].column == 3);
}

TEST_CASE("a truncated file is a syntax error at its end", "[loader]") {
  std::string text = good_case().dump(2);
  text.resize(text.size() / 2);
  Findings f = load_errors(text);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "load.syntax");
  CHECK(f[0].line > 1);
}

TEST_CASE("invalid UTF-8 is reported, not crashed on", "[loader]") {
  std::string text = good_case().dump();
  auto pos = text.find("Ella Testchild");
  text[pos + 1] = static_cast<char>(0xC3);
  text[pos + 2] = static_cast<char>(0x28);
  Findings f = load_errors(text);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("UTF-8") != std::string::npos);
  CHECK(f[0].line == 1);
}

TEST_CASE("wrong types name the JSON pointer", "[loader]") {
  auto j = good_case();
  j["meeting"]["sequence"] = "two";
  j["plan"]["outcomes"][0]["actions"][1]["who"] = "m1";
  j["children"][0]["categories"] = {"neglect", "bad"};
  Findings f = load_errors(j.dump());
  CHECK(has(f, "load.type", "/meeting/sequence"));
  CHECK(has(f, "load.type", "/plan/outcomes/0/actions/1/who"));
  CHECK(has(f, "load.invalid_value", "/children/0/categories/1"));
}

TEST_CASE("unknown fields are errors but x- extensions are kept", "[loader]") {
  auto j = good_case();
  j["plan"]["outcomes"][0]["actions"][0]["whoo"] = {"m1"};
  j["x-source-system"] = "test";
  Findings f = load_errors(j.dump());
  REQUIRE(f.size() == 1);
  CHECK(has(f, "load.unknown_field", "/plan/outcomes/0/actions/0/whoo"));
}

TEST_CASE("duplicate ids and dangling references", "[loader]") {
  auto j = good_case();
  j["members"][3]["id"] = "m1";
  j["plan"]["outcomes"][0]["actions"][1]["who"] = {"m9"};
  j["meeting"]["child_seen"][0]["child"] = "m2";
  Findings f = load_errors(j.dump());
  CHECK(has(f, "load.duplicate_id", "/members/3/id"));
  CHECK(has(f, "load.dangling_reference", "/plan/outcomes/0/actions/1/who/0"));
  CHECK(has(f, "load.dangling_reference", "/meeting/child_seen/0/child"));
}

TEST_CASE("impossible dates are refused", "[loader]") {
  auto j = good_case();
  j["meeting"]["date"] = "2026-02-30";
  j["previous_meetings"][0]["date"] = "8/12/2026";
  Findings f = load_errors(j.dump());
  CHECK(has(f, "load.invalid_date", "/meeting/date"));
  CHECK(has(f, "load.invalid_date", "/previous_meetings/0/date"));
}

TEST_CASE("missing required fields and plan-type specific starts", "[loader]") {
  auto j = good_case();
  j.erase("conference");
  j["children"][0].erase("categories");
  Findings f = load_errors(j.dump());
  CHECK(has(f, "load.missing_field", "/conference"));
  CHECK(has(f, "load.missing_field", "/children/0/categories"));
  auto k = good_case();
  k["plan_type"] = "child_in_need";
  Findings g = load_errors(k.dump());
  CHECK(has(g, "load.missing_field", "/assessment"));
}

TEST_CASE("hostile sizes: 10 MB strings and deep nesting", "[loader]") {
  auto j = good_case();
  j["plan"]["reasons"] = std::string(10u << 20, 'x');
  Findings f = load_errors(j.dump());
  CHECK(has(f, "load.too_long", "/plan/reasons"));

  std::string deep = "{\"x-deep\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  Findings g = load_errors(deep);
  REQUIRE(g.size() == 1);
  CHECK(g[0].rule == "load.too_deep");
  CHECK(g[0].line == 1);
}

TEST_CASE("a file of more than 1,000,000 values is refused before it is parsed", "[loader]") {
  // Commas and brackets inside strings are not values.
  std::string text = "{\"x-list\": [\"a,b,[c]\"";
  for (int i = 0; i < 999997; ++i) text += ",0";  // 1,000,000 values with the object, list and string
  Findings ok = load_errors(text + "]}");
  CHECK_FALSE(has(ok, "load.too_many_values", ""));
  text += ",0,0";
  const size_t second_comma = text.size() - 2;
  Findings f = load_errors(text + "\n]}");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "load.too_many_values");
  CHECK(f[0].message == "the data holds more than 1,000,000 values (fields and list entries); a file may hold at most "
                        "that many");
  CHECK(f[0].line == 1);
  CHECK(f[0].column == static_cast<int>(second_comma) + 1);  // where the count passed the limit
}

TEST_CASE("not an object at the top", "[loader]") {
  Findings f = load_errors("[1, 2, 3]");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "load.type");
  CHECK(f[0].pointer.empty());
  CHECK(load_errors("").at(0).rule == "load.syntax");
}

TEST_CASE("meeting times are 24-hour HH:MM and the end comes after the start", "[loader]") {
  auto j = good_case();
  j["meeting"]["end"] = "23:59";
  j["meeting"]["next_meeting"]["start"] = "00:00";
  j["meeting"]["next_meeting"]["end"] = "01:30";
  LoadResult ok = load_case_text(j.dump());
  INFO(cg::test::describe(ok.findings));
  REQUIRE(ok.value);
  CHECK(ok.value->meeting.next_meeting->start == "00:00");

  for (const char* bad : {"10am", "25:99", "tbc", "24:00", "9:30", "10:60", "10:00 ", "1000"}) {
    auto k = good_case();
    k["meeting"]["start"] = bad;
    k["meeting"]["next_meeting"]["start"] = bad;
    Findings f = load_errors(k.dump());
    INFO(bad << "\n" << cg::test::describe(f));
    CHECK(has(f, "load.invalid_time", "/meeting/start"));
    CHECK(has(f, "load.invalid_time", "/meeting/next_meeting/start"));
  }
  auto k = good_case();
  k["meeting"]["end"] = "09:00";  // before the 10:00 start
  k["meeting"]["next_meeting"]["end"] = "10:00";  // the same as its start
  Findings f = load_errors(k.dump());
  CHECK(has(f, "load.invalid_time", "/meeting/end"));
  CHECK(has(f, "load.invalid_time", "/meeting/next_meeting/end"));
  CHECK_FALSE(has(f, "load.invalid_time", "/meeting/start"));
}

TEST_CASE("any object may be restricted, agenda item records and the items map included", "[loader]") {
  auto j = good_case();
  j["meeting"]["items"]["restricted"] = true;
  j["meeting"]["items"]["introductions"]["restricted"] = true;
  j["assessment"] = {{"completed", "2026-10-01"}, {"restricted", true}};
  j["meeting"]["next_meeting"]["restricted"] = true;
  j["signs_of_safety"] = {{"danger_statements", {"d"}}, {"restricted", false}};
  LoadResult r = load_case_text(j.dump());
  INFO(cg::test::describe(r.findings));
  REQUIRE(r.value);
  CHECK(r.value->meeting.items.count("restricted") == 0);
  CHECK(r.value->meeting.items.at("introductions").restricted);
  CHECK(r.value->meeting.next_meeting->restricted);

  auto k = good_case();
  k["meeting"]["items"]["restricted"] = "yes";
  k["assessment"] = {{"completed", "2026-10-01"}, {"restricted", 1}};
  Findings f = load_errors(k.dump());
  CHECK(has(f, "load.type", "/meeting/items/restricted"));
  CHECK(has(f, "load.type", "/assessment/restricted"));
}

TEST_CASE("the language of a child's views or the parents' views is a BCP 47 tag", "[loader]") {
  auto j = good_case();
  j["voice_of_child"] = {{{"child", j["children"][0]["id"]}, {"views", "Lubię szkołę."}, {"language", "pl"}}};
  j["views"] = {{"parents", "ہم مدد چاہتے ہیں"}, {"language", "ur-PK"}};
  LoadResult ok = load_case_text(j.dump());
  INFO(cg::test::describe(ok.findings));
  REQUIRE(ok.value);
  CHECK(ok.value->voice_of_child.at(0).language == "pl");
  CHECK(ok.value->views->language == "ur-PK");

  for (const char* bad : {"Polish", "pl_PL", "p", "pl-", "-pl", "pl--PK", "p1", "", "zh-Hans-toolongsubtag"}) {
    auto k = j;
    k["voice_of_child"][0]["language"] = bad;
    k["views"]["language"] = bad;
    Findings f = load_errors(k.dump());
    INFO(bad << "\n" << cg::test::describe(f));
    CHECK(has(f, "load.invalid_language", "/voice_of_child/0/language"));
    CHECK(has(f, "load.invalid_language", "/views/language"));
  }
  auto k = j;
  k["views"]["language"] = 7;
  CHECK(has(load_errors(k.dump()), "load.type", "/views/language"));
}
