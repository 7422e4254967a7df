#include <catch2/catch.hpp>

#include "../../tests/test_support.h"

using namespace cg;
using cg::test::check;
using cg::test::good_case;
using cg::test::has_finding;
using cg::test::has_rule;

TEST_CASE("the good case passes every rule for every document", "[rules]") {
  for (auto kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan}) {
    Findings f = check(good_case(), kind);
    INFO(document_id(kind) << "\n" << test::describe(f));
    CHECK(f.empty());
  }
}

TEST_CASE("agenda coverage: a required item without notes is an error in minutes only", "[rules][agenda]") {
  auto j = good_case();
  j["meeting"]["items"].erase("risk_assessment");
  j["meeting"]["items"]["member_updates"] = {{"notes", "   "}};
  Findings minutes = check(j, DocumentKind::Minutes);
  CHECK(has_finding(minutes, "agenda.item_not_covered", "/meeting/items/risk_assessment"));
  CHECK(has_finding(minutes, "agenda.item_not_covered", "/meeting/items/member_updates"));
  CHECK_FALSE(has_rule(check(j, DocumentKind::Agenda), "agenda.item_not_covered"));
}

TEST_CASE("agenda coverage: not_discussed with a reason covers an item", "[rules][agenda]") {
  auto j = good_case();
  j["meeting"]["items"]["risk_assessment"] = {{"not_discussed", "Carried to the next meeting"}};
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "agenda.item_not_covered"));
}

TEST_CASE("agenda coverage: Swindon continue_plan applies only to the last core group before review", "[rules][agenda]") {
  auto j = good_case();
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "agenda.item_not_covered"));
  j["meeting"]["next_meeting"]["date"] = "2027-01-25";  // after the review conference on 21 January
  j["conference"]["next_review"] = "2027-01-21";
  Findings f = check(j, DocumentKind::Minutes);
  CHECK(has_finding(f, "agenda.item_not_covered", "/meeting/items/continue_plan"));
  j["meeting"]["items"]["continue_plan"] = {{"notes", "All agree the plan should continue"}};
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "agenda.item_not_covered"));
  auto k = good_case();
  k["meeting"]["last_before_review"] = true;
  CHECK(has_finding(check(k, DocumentKind::Minutes), "agenda.item_not_covered", "/meeting/items/continue_plan"));
}

TEST_CASE("agenda: an item id the authority does not have is reported", "[rules][agenda]") {
  auto j = good_case();
  j["meeting"]["items"]["risk"] = {{"notes", "n"}};  // an England id, not Swindon's
  CHECK(has_finding(check(j, DocumentKind::Minutes), "agenda.unknown_item", "/meeting/items/risk"));
}

TEST_CASE("SMART: vague, unowned, unmeasured and undated actions", "[rules][smart]") {
  auto j = good_case();
  auto& actions = j["plan"]["outcomes"][0]["actions"];
  actions.push_back({{"id", "a3"}, {"what", "Social worker to monitor"}, {"who", {"m1"}}, {"by", "2027-01-10"},
                     {"how_measured", "Visits"}});
  actions.push_back({{"id", "a4"}, {"what", "Continue to support Dawn and engage with services"}, {"who", nlohmann::json::array()},
                     {"by", "ongoing"}});
  actions.push_back({{"id", "a5"}, {"what", "School to provide a weekly attendance report"}, {"who", {"m4"}},
                     {"frequency", "weekly"}, {"how_measured", "Report"}});
  Findings f = check(j, DocumentKind::Plan);
  CHECK(has_finding(f, "smart.specific", "/plan/outcomes/0/actions/2/what"));
  CHECK(has_finding(f, "smart.specific", "/plan/outcomes/0/actions/3/what"));
  CHECK(has_finding(f, "smart.owned", "/plan/outcomes/0/actions/3/who"));
  CHECK(has_finding(f, "smart.measurable", "/plan/outcomes/0/actions/3/how_measured"));
  CHECK(has_finding(f, "smart.time_bound", "/plan/outcomes/0/actions/3/by"));
  CHECK(has_finding(f, "smart.time_bound", "/plan/outcomes/0/actions/4/until"));
  CHECK_FALSE(has_finding(f, "smart.specific", "/plan/outcomes/0/actions/4/what"));
  CHECK_FALSE(has_finding(f, "smart.specific", "/plan/outcomes/0/actions/0/what"));
  for (const auto& finding : f) CHECK(finding.severity == Severity::Error);
  for (const auto& finding : check(j, DocumentKind::Agenda))
    if (finding.rule.rfind("smart.", 0) == 0) CHECK(finding.severity == Severity::Warning);
}

TEST_CASE("SMART: an action with no date at all, and tbc/asap", "[rules][smart]") {
  auto j = good_case();
  auto& a = j["plan"]["outcomes"][0]["actions"][0];
  a.erase("by");
  CHECK(has_finding(check(j, DocumentKind::Minutes), "smart.time_bound", "/plan/outcomes/0/actions/0/by"));
  for (const char* vague : {"asap", "tbc", "2027-02-30"}) {
    a["by"] = vague;
    CHECK(has_finding(check(j, DocumentKind::Minutes), "smart.time_bound", "/plan/outcomes/0/actions/0/by"));
  }
}

TEST_CASE("SMART: an outcome with actions must say what it is for", "[rules][smart]") {
  auto j = good_case();
  j["plan"]["outcomes"][0]["outcome"] = "";
  CHECK(has_finding(check(j, DocumentKind::Plan), "smart.relevant", "/plan/outcomes/0/outcome"));
}

TEST_CASE("an overdue action that is not done is a warning", "[rules][smart]") {
  auto j = good_case();
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "2026-12-01";
  Findings f = check(j, DocumentKind::Minutes);
  REQUIRE(has_finding(f, "action.overdue", "/plan/outcomes/0/actions/0/by"));
  CHECK_FALSE(has_errors(f));
  j["plan"]["outcomes"][0]["actions"][0]["status"] = "done";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "action.overdue"));
}

TEST_CASE("membership: a lead social worker must be named", "[rules][membership]") {
  auto j = good_case();
  j["members"][0]["lead_social_worker"] = false;
  CHECK(has_finding(check(j, DocumentKind::Plan), "membership.no_lead_social_worker", "/members"));
}

TEST_CASE("membership: Swindon expects the GP to be invited", "[rules][membership]") {
  auto j = good_case();
  j["members"][2]["role"] = "Health Visitor";
  Findings f = check(j, DocumentKind::Agenda);
  REQUIRE(has_finding(f, "membership.gp_not_invited", "/members"));
  CHECK(f[0].severity == Severity::Warning);
  j["members"][2]["role"] = "General Practitioner";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Agenda), "membership.gp_not_invited"));
}

TEST_CASE("membership: every member needs an attendance entry in minutes", "[rules][membership]") {
  auto j = good_case();
  j["meeting"]["attendance"].erase(3);
  CHECK(has_finding(check(j, DocumentKind::Minutes), "attendance.member_missing", "/members/3"));
}

namespace {

nlohmann::json barnsley_case() {
  auto j = good_case();
  j["authority"] = "barnsley";
  j["meeting"]["items"] = {{"introductions", {{"notes", "n"}}}, {"danger_statements", {{"notes", "n"}}},
                           {"worries", {{"notes", "n"}}},       {"working_well", {{"notes", "n"}}},
                           {"scaling", {{"notes", "n"}}},       {"plan_review", {{"notes", "n"}}},
                           {"next_steps", {{"notes", "n"}}},    {"next_meeting", {{"notes", "n"}}}};
  j["meeting"]["date"] = "2026-12-08";
  j["previous_meetings"][0]["date"] = "2026-11-10";
  j["previous_meetings"][0]["minutes_sent"] = "2026-11-13";
  j["meeting"]["next_meeting"]["date"] = "2027-01-05";
  j["signs_of_safety"] = {{"danger_statements", {"d"}}, {"safety_goals", {"g"}}, {"worries", {"w"}}, {"next_steps", {"n"}},
                          {"scaling", {{{"question", "q"}, {"scores", {{{"member", "m1"}, {"score", 5}}}}}}}};
  return j;
}

}  // namespace

TEST_CASE("membership: Barnsley chair and minute-taker must differ", "[rules][membership]") {
  auto j = barnsley_case();
  INFO(test::describe(check(j, DocumentKind::Minutes)));
  CHECK(check(j, DocumentKind::Minutes).empty());
  j["meeting"]["minute_taker"] = "m4";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "membership.chair_is_minute_taker", "/meeting/minute_taker"));
  auto s = good_case();
  s["meeting"]["minute_taker"] = "m4";  // Swindon does not require it
  CHECK_FALSE(has_rule(check(s, DocumentKind::Minutes), "membership.chair_is_minute_taker"));
}

TEST_CASE("membership: a Barnsley core group needs the social worker, a CIN meeting does not", "[rules][membership]") {
  auto j = barnsley_case();
  j["meeting"]["attendance"][0]["status"] = "apologies";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "membership.lead_social_worker_absent", "/meeting/attendance"));
  j["plan_type"] = "child_in_need";
  j["assessment"] = {{"completed", "2026-10-29"}};
  j.erase("conference");
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "membership.lead_social_worker_absent"));
}

TEST_CASE("views: parents' views and each child's voice are recorded in minutes", "[rules][views]") {
  auto j = good_case();
  j.erase("views");
  j.erase("voice_of_child");
  Findings f = check(j, DocumentKind::Minutes);
  CHECK(has_finding(f, "views.parents_missing", "/views/parents"));
  CHECK(has_finding(f, "views.child_missing", "/children/0"));
  CHECK_FALSE(has_rule(check(j, DocumentKind::Plan), "views.parents_missing"));
}

TEST_CASE("plan sections required by the profile", "[rules][plan]") {
  auto j = good_case();
  j["plan"].erase("resources");
  j["plan"]["contingency"] = "";
  Findings f = check(j, DocumentKind::Plan);
  CHECK(has_finding(f, "plan.section_missing", "/plan/resources"));
  CHECK(has_finding(f, "plan.section_missing", "/plan/contingency"));
  auto b = barnsley_case();
  b.erase("signs_of_safety");
  CHECK(has_finding(check(b, DocumentKind::Plan), "plan.section_missing", "/signs_of_safety/danger_statements"));
}
