#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "input/case_redaction.h"

using namespace cg;
using cg::test::good_case;

namespace {

Case family_case(const nlohmann::json& j, const std::string& for_member = "") {
  LoadResult r = load_family_case(j.dump(), for_member);
  std::string all;
  for (const auto& f : r.findings) all += f.rule + " " + f.pointer + ": " + f.message + "\n";
  INFO(all);
  REQUIRE(r.value);
  return *r.value;
}

Findings family_errors(const nlohmann::json& j, const std::string& for_member = "") {
  LoadResult r = load_family_case(j.dump(), for_member);
  CHECK_FALSE(r.value.has_value());
  return r.findings;
}

}  // namespace

TEST_CASE("a restricted member is gone and every reference to them names the stand-in", "[redaction]") {
  auto j = good_case();
  j["members"][1]["restricted"] = true;  // Dawn, the mother
  Case c = family_case(j);
  REQUIRE(c.withheld_ref == "withheld");
  CHECK(c.member("m2") == nullptr);
  CHECK(c.members.size() == 3);
  CHECK(c.is_withheld("/members/1"));
  CHECK(c.meeting.attendance[1].member == "withheld");
  CHECK(c.plan.outcomes[0].actions[0].who == std::vector<std::string>{"withheld"});
  // What is left keeps its place: the GP is still /members/2.
  CHECK(c.members[1].pointer == "/members/2");
}

TEST_CASE("a restricted child, outcome and action leave gaps that keep the numbers of the rest", "[redaction]") {
  auto j = good_case();
  j["children"][0]["restricted"] = true;
  j["plan"]["outcomes"][0]["actions"][0]["restricted"] = true;
  Case c = family_case(j);
  CHECK(c.children.empty());
  CHECK(c.meeting.child_seen[0].child == "withheld");
  CHECK(c.voice_of_child[0].child == "withheld");
  CHECK(c.plan.outcomes[0].children == std::vector<std::string>{"withheld"});
  REQUIRE(c.plan.outcomes[0].actions.size() == 1);
  CHECK(c.plan.outcomes[0].actions[0].pointer == "/plan/outcomes/0/actions/1");
  CHECK(c.is_withheld("/plan/outcomes/0/actions/0"));
}

TEST_CASE("restricted works on any object: plan, conference, items, meeting, the whole case", "[redaction]") {
  auto j = good_case();
  j["plan"]["restricted"] = true;
  j["conference"]["restricted"] = true;
  j["meeting"]["items"]["restricted"] = true;
  Case c = family_case(j);
  CHECK(c.plan.outcomes.empty());
  CHECK(c.plan.reasons.empty());
  CHECK(c.is_withheld("/plan"));
  CHECK_FALSE(c.conference.has_value());  // required on a child protection case, but withheld here
  CHECK(c.meeting.items.empty());
  // Ids of objects inside a withheld one are withheld too.
  CHECK(c.member("m2") != nullptr);

  auto whole = good_case();
  whole["restricted"] = true;
  Findings f = family_errors(whole);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "family.case_withheld");
  CHECK(f[0].message == "the whole case is restricted, so it has no family copy");
}

TEST_CASE("withheld_from takes an object out of that member's copy only", "[redaction]") {
  auto j = good_case();
  j["members"][1]["contact"] = {{"address", "2 Refuge Lane"}, {"withheld_from", {"m3"}}};
  Case others = family_case(j);
  REQUIRE(others.member("m2")->contact);
  CHECK(others.member("m2")->contact->address == "2 Refuge Lane");
  Case gp = family_case(j, "m3");
  CHECK_FALSE(gp.member("m2")->contact.has_value());
  CHECK(gp.is_withheld("/members/1/contact"));
}

TEST_CASE("a copy for someone not in the case, or withheld from themselves, is refused", "[redaction]") {
  auto j = good_case();
  Findings f = family_errors(j, "m9");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "family.unknown_member");
  CHECK(f[0].message == "--for names \"m9\", which is not the id of any member of this case");
  j["members"][2]["restricted"] = true;
  f = family_errors(j, "m3");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "family.recipient_withheld");
  CHECK(f[0].pointer == "/members/2");
}

TEST_CASE("withheld_from names members like every other reference", "[redaction][loader]") {
  auto j = good_case();
  j["risk"]["withheld_from"] = {"m2", "c1", "nobody"};
  LoadResult r = load_case_text(j.dump());
  CHECK(cg::test::has_finding(r.findings, "load.dangling_reference", "/risk/withheld_from/1"));
  CHECK(cg::test::has_finding(r.findings, "load.dangling_reference", "/risk/withheld_from/2"));
  CHECK(r.findings.size() == 2);
  j["risk"]["withheld_from"] = "m2";
  r = load_case_text(j.dump());
  CHECK(cg::test::has_finding(r.findings, "load.type", "/risk/withheld_from"));
}

TEST_CASE("the stand-in id never collides with an id of the case", "[redaction]") {
  auto j = good_case();
  j["members"].push_back({{"id", "withheld"}, {"name", "Will Held"}, {"role", "Advocate"}, {"kind", "professional"}});
  j["plan"]["resources"][0]["authorised_by"] = "withheld";
  j["members"][1]["restricted"] = true;
  Case c = family_case(j);
  CHECK(c.withheld_ref == "withheld-2");
  CHECK(c.plan.resources[0].authorised_by == "withheld");
  CHECK(c.member("withheld") != nullptr);
  CHECK(c.meeting.attendance[1].member == "withheld-2");
}
