#include <catch2/catch.hpp>

#include "../../tests/test_support.h"

using namespace cg;
using cg::test::check;
using cg::test::good_case;
using cg::test::has_finding;
using cg::test::has_rule;

TEST_CASE("first core group within 10 working days of the ICPC", "[rules][timescale]") {
  auto j = good_case();
  j["previous_meetings"][0]["date"] = "2026-11-12";  // the 10th working day after Thursday 29 October
  j["previous_meetings"][0]["minutes_sent"] = "2026-11-13";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "timescale.first_meeting_late"));
  j["previous_meetings"][0]["date"] = "2026-11-13";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.first_meeting_late", "/previous_meetings/0/date"));
}

TEST_CASE("first meeting counts working days past bank holidays", "[rules][timescale]") {
  auto j = good_case();
  j["conference"] = {{"initial", "2026-12-17"}, {"next_review", "2027-03-10"}};
  j.erase("previous_meetings");
  j["meeting"]["sequence"] = 1;
  j["meeting"]["date"] = "2027-01-05";  // 10 working days: 18,21,22,23,24,29,30,31 Dec, 4,5 Jan
  j["meeting"]["child_seen"] = {{{"child", "c1"}, {"date", "2026-12-23"}, {"by", "m1"}},
                                {{"child", "c1"}, {"date", "2027-01-02"}, {"by", "m1"}}};
  j["meeting"]["next_meeting"]["date"] = "2027-02-02";
  j["plan"]["outcomes"][0]["actions"][1]["until"] = "2027-03-01";
  Findings f = check(j, DocumentKind::Minutes);
  INFO(test::describe(f));
  CHECK(f.empty());
  j["meeting"]["date"] = "2027-01-06";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.first_meeting_late", "/meeting/date"));
}

TEST_CASE("gap between meetings and the next meeting", "[rules][timescale]") {
  auto j = good_case();
  j["meeting"]["date"] = "2026-12-09";  // 4 weeks and a day after 10 November
  j["meeting"]["next_meeting"]["date"] = "2027-01-06";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.meeting_interval", "/meeting/date"));

  auto k = good_case();
  k["meeting"]["next_meeting"]["date"] = "2027-01-06";  // 29 days after 8 December
  CHECK(has_finding(check(k, DocumentKind::Minutes), "timescale.next_meeting_late", "/meeting/next_meeting/date"));
  k["meeting"].erase("next_meeting");
  CHECK(has_finding(check(k, DocumentKind::Minutes), "timescale.next_meeting_missing", "/meeting/next_meeting"));
  CHECK_FALSE(has_rule(check(k, DocumentKind::Agenda), "timescale.next_meeting_missing"));
}

TEST_CASE("Shropshire: the second child protection core group comes before the first review", "[rules][timescale]") {
  auto j = good_case();
  j["authority"] = "shropshire";
  j["meeting"]["items"] = {{"purpose", {{"notes", "n"}}},        {"apologies", {{"notes", "n"}}},
                           {"membership", {{"notes", "n"}}},     {"minutes_check", {{"notes", "n"}}},
                           {"member_updates", {{"notes", "n"}}}, {"plan_review", {{"notes", "n"}}},
                           {"analysis", {{"notes", "n"}}},       {"other_matters", {{"notes", "n"}}},
                           {"next_meeting", {{"notes", "n"}}}};
  j["conference"]["next_review"] = "2026-12-07";
  j["meeting"]["date"] = "2026-12-01";
  j["meeting"]["next_meeting"]["date"] = "2026-12-29";
  Findings ok = check(j, DocumentKind::Minutes);
  INFO(test::describe(ok));
  CHECK_FALSE(has_rule(ok, "timescale.meeting_interval"));
  j["meeting"]["date"] = "2026-12-08";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.meeting_interval", "/meeting/date"));
}

TEST_CASE("minutes sent within the profile's working days", "[rules][timescale]") {
  auto j = good_case();
  j["previous_meetings"][0]["minutes_sent"] = "2026-11-24";  // 10th working day after 10 November
  Findings f = check(j, DocumentKind::Minutes);
  CHECK_FALSE(has_rule(f, "timescale.minutes_late"));
  CHECK(has_finding(f, "timescale.minutes_best_practice", "/previous_meetings/0/minutes_sent"));
  j["previous_meetings"][0]["minutes_sent"] = "2026-11-25";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.minutes_late", "/previous_meetings/0/minutes_sent"));
  j["previous_meetings"][0].erase("minutes_sent");
  CHECK(has_finding(check(j, DocumentKind::Agenda), "timescale.minutes_not_sent", "/previous_meetings/0"));
}

TEST_CASE("review conference within 3 months of the ICPC, then 6 months", "[rules][timescale]") {
  auto j = good_case();
  j["conference"]["next_review"] = "2027-01-29";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Plan), "timescale.review_conference_late"));
  j["conference"]["next_review"] = "2027-01-30";
  CHECK(has_finding(check(j, DocumentKind::Plan), "timescale.review_conference_late", "/conference/next_review"));
  j["conference"]["last_review"] = "2027-01-20";
  j["conference"]["next_review"] = "2027-07-20";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Plan), "timescale.review_conference_late"));
  j["conference"]["next_review"] = "2027-07-21";
  CHECK(has_finding(check(j, DocumentKind::Plan), "timescale.review_conference_late", "/conference/next_review"));
  j["conference"].erase("next_review");
  CHECK(has_finding(check(j, DocumentKind::Plan), "timescale.review_conference_late", "/conference/next_review"));
}

TEST_CASE("Swindon: the child is seen at least every 10 days", "[rules][timescale]") {
  auto j = good_case();
  j["meeting"]["child_seen"] = {{{"child", "c1"}, {"date", "2026-11-09"}, {"by", "m1"}},
                                {{"child", "c1"}, {"date", "2026-11-20"}, {"by", "m1"}},
                                {{"child", "c1"}, {"date", "2026-12-05"}, {"by", "m1"}}};
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.child_not_seen", "/meeting/child_seen"));
  j["meeting"]["child_seen"] = nlohmann::json::array();
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.child_not_seen", "/children/0"));
  j["authority"] = "england";  // no visiting interval in the baseline
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "timescale.child_not_seen"));
}
