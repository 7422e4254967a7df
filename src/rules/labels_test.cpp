#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

#include "../../tests/test_support.h"
#include "rules/labels.h"

using namespace cg;
using cg::test::check;
using cg::test::good_case;

namespace {

const Finding* find(const Findings& fs, const std::string& rule, const std::string& pointer) {
  for (const auto& f : fs)
    if (f.rule == rule && f.pointer == pointer) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("findings name children, members and actions as people know them", "[rules][labels]") {
  auto j = good_case();
  j["meeting"]["attendance"].erase(2);  // Dr A. Testdoctor, the GP
  j.erase("voice_of_child");
  j["plan"]["outcomes"][0]["actions"][1]["what"] = "Health visitor to monitor";
  j["plan"]["outcomes"][0]["actions"][0].erase("how_measured");
  Findings f = check(j, DocumentKind::Minutes);
  INFO(test::describe(f));
  // Each finding's message starts with the words a social worker knows.
  const std::vector<std::array<std::string, 3>> expected = {
      {"attendance.member_missing", "/members/2", "Dr A. Testdoctor (GP) is not in the attendance list"},
      {"views.child_missing", "/children/0", "the voice of Ella Testchild is not recorded"},
      {"smart.specific", "/plan/outcomes/0/actions/1/what", "action 1.2 (\"Health visitor to monitor\") is too vague"},
      {"smart.measurable", "/plan/outcomes/0/actions/0/how_measured",
       "action 1.1 (\"Dawn to attend the 6-week parenting...\") does not say"},
  };
  for (const auto& [rule, pointer, opening] : expected) {
    const Finding* finding = find(f, rule, pointer);
    INFO(rule << " " << pointer);
    REQUIRE(finding);
    CHECK(finding->message.rfind(opening, 0) == 0);
  }
  for (const auto& finding : f) CHECK(finding.message.find(" m3") == std::string::npos);
}

TEST_CASE("labels: long and blank texts", "[rules][labels]") {
  Action a;
  a.id = "a7";
  CHECK(action_label(a, 1, 2) == "action 2.3 (a7)");
  a.what = "  Jo   to email\nPriya ";
  CHECK(action_label(a, 0, 0) == "action 1.1 (\"Jo to email Priya\")");
  a.what = std::string(60, 'x');
  CHECK(action_label(a, 0, 0) == "action 1.1 (\"" + std::string(40, 'x') + "...\")");
  a.what = "Jo to email Priya every Friday with Ella's attendance";
  CHECK(action_label(a, 0, 0) == "action 1.1 (\"Jo to email Priya every Friday with...\")");
  Child c;
  c.id = "c2";
  CHECK(child_label(c) == "child c2");
  c.name = "Alfie Brown";
  CHECK(child_label(c) == "Alfie Brown");
  Member m;
  m.id = "m6";
  m.name = "Mark Ellison";
  CHECK(member_label(m) == "Mark Ellison");
  m.role = "Designated Safeguarding Lead";
  CHECK(member_label(m) == "Mark Ellison (Designated Safeguarding Lead)");
}
