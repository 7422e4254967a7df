#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "rules/schedule.h"

using namespace cg;
using cg::test::check;
using cg::test::good_case;
using cg::test::has_finding;
using cg::test::has_rule;
using cg::test::find_rule;
namespace {

nlohmann::json shropshire_cin() {
  auto j = good_case();
  j["authority"] = "shropshire";
  j["plan_type"] = "child_in_need";
  j.erase("conference");
  j["assessment"] = {{"completed", "2026-08-20"}};
  j["meeting"]["items"] = nlohmann::json::object();
  j["previous_meetings"] = {{{"sequence", 1}, {"date", "2026-09-01"}, {"minutes_sent", "2026-09-04"}},
                            {{"sequence", 2}, {"date", "2026-09-22"}, {"minutes_sent", "2026-09-25"}}};
  j["meeting"]["sequence"] = 3;
  j["meeting"]["date"] = "2026-11-03";  // exactly 6 weeks after 22 September
  j["meeting"]["next_meeting"]["date"] = "2026-12-15";  // exactly 6 weeks on
  return j;
}

}  // namespace

TEST_CASE("Swindon: the first core group is chaired by a team manager or assistant team manager", "[rules][membership]") {
  auto j = good_case();
  j.erase("previous_meetings");
  j["meeting"]["sequence"] = 1;
  CHECK_FALSE(has_rule(check(j, DocumentKind::Agenda), "membership.chair_role"));  // m4, Team Manager
  j["members"][3]["role"] = "Assistant Team Manager";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "membership.chair_role"));
  j["meeting"]["chair"] = "m1";  // the lead social worker
  Findings f = check(j, DocumentKind::Minutes);
  const Finding* chair = find_rule(f, "membership.chair_role");
  REQUIRE(chair);
  CHECK(chair->pointer == "/meeting/chair");
  CHECK(chair->severity == Severity::Warning);
  CHECK(chair->message.find("Priya Testworker (Lead Social Worker) is chairing") == 0);
  CHECK(has_finding(check(j, DocumentKind::Agenda), "membership.chair_role", "/meeting/chair"));
  auto later = good_case();  // a later core group may be chaired by the social worker
  later["meeting"]["chair"] = "m1";
  later["meeting"]["minute_taker"] = "m4";
  CHECK_FALSE(has_rule(check(later, DocumentKind::Minutes), "membership.chair_role"));
}

TEST_CASE("Blackpool: chaired by the lead social worker or the social work team", "[rules][membership]") {
  auto j = good_case();
  j["authority"] = "blackpool";
  j["meeting"]["items"] = nlohmann::json::object();
  j["meeting"]["chair"] = "m1";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "membership.chair_role"));
  j["meeting"]["chair"] = "m4";  // Team Manager, Children's Services
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "membership.chair_role"));
  j["meeting"]["chair"] = "m3";  // the GP
  Findings f = check(j, DocumentKind::Minutes);
  REQUIRE(find_rule(f, "membership.chair_role"));
  CHECK(find_rule(f, "membership.chair_role")->pointer == "/meeting/chair");
  CHECK(find_rule(f, "membership.chair_role")->severity == Severity::Warning);
}

TEST_CASE("Shropshire: a core group within 2 weeks after each review conference", "[rules][timescale]") {
  auto j = good_case();  // 8 December; the previous core group on 10 November
  j["authority"] = "shropshire";
  j["meeting"]["items"] = nlohmann::json::object();
  j["conference"] = {{"initial", "2026-08-20"}, {"last_review", "2026-11-20"}, {"next_review", "2027-05-13"}};
  Findings f = check(j, DocumentKind::Minutes);
  INFO(test::describe(f));
  const Finding* late = find_rule(f, "timescale.after_review_meeting");
  REQUIRE(late);
  CHECK(late->pointer == "/conference/last_review");
  CHECK(late->severity == Severity::Warning);
  j["previous_meetings"].push_back({{"sequence", 2}, {"date", "2026-12-04"}, {"minutes_sent", "2026-12-07"}});
  j["meeting"]["sequence"] = 3;  // a core group on 4 December, 2 weeks after the review
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "timescale.after_review_meeting"));
  auto k = good_case();
  k["authority"] = "shropshire";
  k["meeting"]["items"] = nlohmann::json::object();
  k["conference"] = {{"initial", "2026-08-20"}, {"last_review", "2026-11-30"}, {"next_review", "2027-05-13"}};
  CHECK_FALSE(has_rule(check(k, DocumentKind::Minutes), "timescale.after_review_meeting"));  // this one is in time
  Case c = test::load(k);
  bool listed = false;
  for (const auto& d : compute_schedule(c, test::profile("shropshire"), test::calendar()))
    if (d.key == "post_review_core_group") listed = d.date.iso() == "2026-12-14";
  CHECK(listed);
}

TEST_CASE("Shropshire: child in need meetings usually every 6 weeks, never more than 12", "[rules][timescale]") {
  auto j = shropshire_cin();
  Findings ok = check(j, DocumentKind::Minutes);
  INFO(test::describe(ok));
  CHECK_FALSE(has_rule(ok, "timescale.meeting_interval_usual"));
  j["meeting"]["date"] = "2026-11-04";  // 6 weeks and a day
  j["meeting"]["next_meeting"]["date"] = "2027-01-20";
  Findings f = check(j, DocumentKind::Minutes);
  CHECK(has_finding(f, "timescale.meeting_interval_usual", "/meeting/date"));
  CHECK(has_finding(f, "timescale.meeting_interval_usual", "/meeting/next_meeting/date"));
  for (const auto& finding : f)
    if (finding.rule == "timescale.meeting_interval_usual") CHECK(finding.severity == Severity::Warning);
  j["meeting"]["next_meeting"]["date"] = "2027-02-01";  // past 12 weeks: the error alone
  f = check(j, DocumentKind::Minutes);
  CHECK(has_finding(f, "timescale.next_meeting_late", "/meeting/next_meeting/date"));
  CHECK_FALSE(has_finding(f, "timescale.meeting_interval_usual", "/meeting/next_meeting/date"));
  auto second = shropshire_cin();  // the second meeting has its own 28-day rule
  second["previous_meetings"].erase(1);
  second["meeting"]["sequence"] = 2;
  second["meeting"]["date"] = "2026-09-29";
  second["meeting"]["next_meeting"]["date"] = "2026-11-09";
  CHECK_FALSE(has_rule(check(second, DocumentKind::Minutes), "timescale.meeting_interval_usual"));
}

TEST_CASE("every member signs an approved plan where the profile asks for it", "[rules][membership]") {
  auto j = good_case();
  j["record"] = {{"status", "approved"}, {"approved_by", "m1"}, {"approved_on", "2026-12-10"}};
  j["signatures"] = {{{"member", "m1"}, {"document", "plan"}, {"status", "signed"}, {"date", "2026-12-08"}},
                     {{"member", "m2"}, {"document", "plan"}, {"status", "pending"}},
                     {{"member", "m3"}, {"document", "minutes"}, {"status", "signed"}, {"date", "2026-12-08"}}};
  Case c = test::load(j);
  Profile p = test::profile("swindon");
  p.all_members_sign_plan = true;
  Findings f = check_rules(c, p, test::calendar(), DocumentKind::Plan);
  INFO(test::describe(f));
  CHECK_FALSE(has_finding(f, "membership.plan_not_signed", "/members/0"));
  CHECK_FALSE(has_finding(f, "membership.plan_not_signed", "/members/1"));
  CHECK(has_finding(f, "membership.plan_not_signed", "/members/2"));  // signed the minutes, not the plan
  CHECK(has_finding(f, "membership.plan_not_signed", "/members/3"));
  c.record->status = "draft";
  CHECK_FALSE(has_rule(check_rules(c, p, test::calendar(), DocumentKind::Plan), "membership.plan_not_signed"));
  p.all_members_sign_plan = false;
  c.record->status = "approved";
  CHECK_FALSE(has_rule(check_rules(c, p, test::calendar(), DocumentKind::Plan), "membership.plan_not_signed"));
}
