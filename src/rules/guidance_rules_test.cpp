// Rules that make a record say what the five guidance documents ask of it: substance, visits by
// role, who did not attend, who chaired, signatures, the first meeting.
#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "core/file_limits.h"

using namespace cg;
using cg::test::check;
using cg::test::good_case;
using cg::test::has_finding;
using cg::test::has_rule;
using cg::test::find_rule;

TEST_CASE("a placeholder is not coverage of an agenda item", "[rules][agenda]") {
  auto j = good_case();
  for (const char* nothing : {"-", " . ", "N/A", "n/a.", "See above", "TBC", "--"}) {
    j["meeting"]["items"]["member_updates"] = {{"notes", nothing}};
    Findings f = check(j, DocumentKind::Minutes);
    INFO(nothing);
    const Finding* hit = find_rule(f, "agenda.item_not_covered");
    REQUIRE(hit);
    CHECK(hit->pointer == "/meeting/items/member_updates");
  }
  j["meeting"]["items"]["member_updates"] = {{"notes", "-"}};
  CHECK(find_rule(check(j, DocumentKind::Minutes), "agenda.item_not_covered")->message ==
        "agenda item 5 \"Update since the last meeting from each Core Group member\" has only a placeholder (\"-\"), "
        "which says nothing; record what was said, or why it was not discussed (not_discussed)");
  for (const char* something : {"None raised.", "No", "Nothing new from school", "0 incidents", "Ella est contente"}) {
    j["meeting"]["items"]["member_updates"] = {{"notes", something}};
    INFO(something);
    CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "agenda.item_not_covered"));
  }
  j["meeting"]["items"]["member_updates"] = {{"not_discussed", "n/a"}};
  CHECK(has_finding(check(j, DocumentKind::Minutes), "agenda.item_not_covered", "/meeting/items/member_updates"));
}

TEST_CASE("Swindon counts social work visits only, from the last one before the period", "[rules][timescale]") {
  auto j = good_case();
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "timescale.child_not_seen"));
  // The GP's visit in between does not count: 19 November to 4 December is 15 days.
  j["meeting"]["child_seen"][2]["by"] = "m3";
  Findings f = check(j, DocumentKind::Minutes);
  const Finding* gap = find_rule(f, "timescale.child_not_seen");
  REQUIRE(gap);
  CHECK(gap->pointer == "/meeting/child_seen");
  CHECK(gap->message ==
        "Ella Testchild was not seen by a social worker for 15 days (from Thursday 19 November 2026 to Friday 4 December "
        "2026); visits by a social worker should be at least every 10 days");
  // Without the visit before the period, the gap runs from the conference, not the previous meeting.
  j = good_case();
  j["meeting"]["child_seen"].erase(0);
  f = check(j, DocumentKind::Minutes);
  gap = find_rule(f, "timescale.child_not_seen");
  REQUIRE(gap);
  CHECK(gap->message.find("from Thursday 29 October 2026 to Thursday 19 November 2026") != std::string::npos);
  // No social work visit at all.
  j = good_case();
  for (auto& s : j["meeting"]["child_seen"]) s["by"] = "m3";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "timescale.child_not_seen", "/children/0"));
}

TEST_CASE("who did not attend is followed up as each council asks", "[rules][attendance]") {
  auto j = good_case();
  j["meeting"]["attendance"][2].erase("feedback_by");
  CHECK(has_finding(check(j, DocumentKind::Minutes), "attendance.feedback_not_named", "/meeting/attendance/2"));
  j = good_case();
  j["meeting"]["attendance"][2].erase("report");
  Findings f = check(j, DocumentKind::Minutes);
  REQUIRE(find_rule(f, "attendance.absent_without_report"));
  CHECK(find_rule(f, "attendance.absent_without_report")->severity == Severity::Error);
  j["meeting"]["attendance"][2]["representative"] = "Dr B. Colleague, partner at the practice";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "attendance.absent_without_report"));

  auto b = good_case();  // Blackpool: the reason a parent did not attend (a warning)
  b["authority"] = "blackpool";
  b["meeting"]["items"] = {{"attendance", {{"notes", "n"}}}};
  b["meeting"]["attendance"][1] = {{"member", "m2"}, {"status", "absent"}};
  f = check(b, DocumentKind::Minutes);
  REQUIRE(find_rule(f, "attendance.family_reason_missing"));
  CHECK(find_rule(f, "attendance.family_reason_missing")->severity == Severity::Warning);
  CHECK_FALSE(has_rule(f, "attendance.family_not_represented"));  // Shropshire's
  b["meeting"]["attendance"][1]["reason"] = "Dawn said she was too anxious to come";
  CHECK_FALSE(has_rule(check(b, DocumentKind::Minutes), "attendance.family_reason_missing"));
}

TEST_CASE("the chair attended, and Barnsley and Blackpool record a chair and a minute-taker", "[rules][membership]") {
  auto j = good_case();
  j["meeting"]["attendance"][3]["status"] = "apologies";  // m4, the chair
  j["meeting"]["attendance"][3]["report"] = "written";
  j["meeting"]["attendance"][3]["feedback_by"] = "m1";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "membership.chair_absent", "/meeting/chair"));
  j = good_case();
  j["meeting"].erase("minute_taker");
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "membership.no_minute_taker"));  // Swindon does not say
  j["authority"] = "blackpool";
  j["meeting"]["items"] = {{"attendance", {{"notes", "n"}}}};
  Findings f = check(j, DocumentKind::Minutes);
  CHECK(has_finding(f, "membership.no_minute_taker", "/meeting/minute_taker"));
  j["meeting"].erase("chair");
  CHECK(has_finding(check(j, DocumentKind::Minutes), "membership.no_chair", "/meeting/chair"));
}

TEST_CASE("the family is part of the core group", "[rules][membership]") {
  auto j = good_case();
  j["members"][1]["kind"] = "professional";
  j["meeting"]["attendance"][1]["status"] = "present";
  Findings f = check(j, DocumentKind::Agenda);
  REQUIRE(find_rule(f, "membership.no_family"));
  CHECK(find_rule(f, "membership.no_family")->severity == Severity::Error);  // Swindon
  j["authority"] = "shropshire";
  j["meeting"]["items"] = nlohmann::json::object();
  f = check(j, DocumentKind::Agenda);
  REQUIRE(find_rule(f, "membership.no_family"));
  CHECK(find_rule(f, "membership.no_family")->severity == Severity::Warning);  // the England baseline
}

TEST_CASE("an approved Swindon plan has no pending signature, and the minute-taker is not asked to sign", "[rules][membership]") {
  auto j = good_case();
  j["record"] = {{"status", "approved"}, {"approved_by", "m4"}, {"approved_on", "2026-12-09"}};
  j["signatures"] = nlohmann::json::array();
  for (const char* m : {"m2", "m3", "m4"})  // m1, the lead social worker, also takes the minutes here
    j["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", "signed"}, {"date", "2026-12-08"}});
  CHECK(has_finding(check(j, DocumentKind::Plan), "membership.plan_not_signed", "/members/0"));
  j["meeting"]["minute_taker"] = "m9";
  j["members"].push_back({{"id", "m9"}, {"name", "Hana Testclerk"}, {"role", "Minute-taker"}, {"kind", "professional"}});
  j["meeting"]["attendance"].push_back({{"member", "m9"}, {"status", "present"}});
  j["signatures"].push_back({{"member", "m1"}, {"document", "plan"}, {"status", "pending"}});
  Findings f = check(j, DocumentKind::Plan);
  INFO(test::describe(f));
  CHECK_FALSE(has_finding(f, "membership.plan_not_signed", "/members/4"));  // the minute-taker
  CHECK(has_finding(f, "membership.plan_signature_pending", "/signatures/3/status"));
  j["signatures"][3]["status"] = "signed";
  CHECK(check(j, DocumentKind::Plan).empty());
}

TEST_CASE("Swindon's first core group may not remove an agreed action", "[rules][plan]") {
  auto j = good_case();
  j.erase("previous_meetings");
  j["meeting"]["sequence"] = 1;
  j["plan"]["outcomes"][0]["actions"][0]["status"] = "no_longer_needed";
  CHECK(has_finding(check(j, DocumentKind::Minutes), "plan.first_meeting_removed_action",
                    "/plan/outcomes/0/actions/0/status"));
  CHECK(has_finding(check(j, DocumentKind::Plan), "plan.first_meeting_removed_action",
                    "/plan/outcomes/0/actions/0/status"));
  j["meeting"]["sequence"] = 2;
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "plan.first_meeting_removed_action"));
}

TEST_CASE("Barnsley minutes record the scaling, the worries and the next steps", "[rules][barnsley]") {
  std::string error;
  auto text = DiskFileSystem().read(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/barnsley-cp-sos.json", error,
                                    kMaxCaseFileBytes);
  REQUIRE(text);
  auto j = nlohmann::json::parse(*text);
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "record.section_missing"));
  for (auto& q : j["signs_of_safety"]["scaling"]) q["scores"] = nlohmann::json::array();  // asked, never scored
  j["signs_of_safety"].erase("next_steps");
  Findings f = check(j, DocumentKind::Minutes);
  const Finding* scaling = find_rule(f, "record.section_missing");
  REQUIRE(scaling);
  CHECK(scaling->severity == Severity::Error);
  CHECK(scaling->pointer == "/signs_of_safety/scaling");
  CHECK(scaling->message ==
        "the minutes of a Barnsley Core Group record \"Scaling\", which is missing or empty (004_b3e9dc0b669ca85b.txt: "
        "every meeting will start by sharing the danger statements and safety goals and use the scaling questions to "
        "review the progress of the safety plan)");
  CHECK(has_finding(f, "record.section_missing", "/signs_of_safety/next_steps"));
  for (const auto& x : f)
    if (x.pointer == "/signs_of_safety/next_steps") CHECK(x.severity == Severity::Warning);  // "should consider"
  // The agenda and the plan do not ask for a meeting's mapping.
  CHECK_FALSE(has_rule(check(j, DocumentKind::Agenda), "record.section_missing"));
  CHECK_FALSE(has_rule(check(j, DocumentKind::Plan), "record.section_missing"));
}

namespace {

nlohmann::json fixture(const std::string& name) {
  std::string error;
  auto text = DiskFileSystem().read(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/" + name, error, kMaxCaseFileBytes);
  REQUIRE(text);
  return nlohmann::json::parse(*text);
}

}  // namespace

TEST_CASE("rising risk with every action failing needs an escalation record", "[rules][escalation]") {
  auto j = good_case();
  j["risk"]["direction"] = "increased";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "plan.not_progressing"));  // the actions are on track
  j["plan"]["outcomes"][0]["actions"][0]["status"] = "not_done";
  j["plan"]["outcomes"][0]["actions"][1]["status"] = "not_done";
  Findings f = check(j, DocumentKind::Minutes);
  const Finding* hit = find_rule(f, "plan.not_progressing");
  REQUIRE(hit);
  CHECK(hit->severity == Severity::Error);
  CHECK(hit->pointer == "/risk/direction");
  CHECK(hit->message ==
        "risk has increased and every action on the plan (2) is not done or overdue, and no escalation is recorded "
        "(meeting.escalation: the reasons, a strategy discussion, legal planning or the review conference brought "
        "forward, who was told, and the outcome); 001_c456eb2af30e546e.txt: when a Child Protection Plan is not "
        "progressing, the Core Group must consider the reasons, and a strategy discussion, legal action or bringing "
        "forward the review conference should be considered");
  CHECK_FALSE(has_rule(check(j, DocumentKind::Plan), "plan.not_progressing"));  // a meeting's record, not the plan's

  // An action overdue counts as failing too; one no longer needed does not count at all.
  j["plan"]["outcomes"][0]["actions"][0]["status"] = "in_progress";
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "2026-12-01";
  CHECK(has_rule(check(j, DocumentKind::Minutes), "plan.not_progressing"));
  j["plan"]["outcomes"][0]["actions"][1]["status"] = "done";
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "plan.not_progressing"));
  j["plan"]["outcomes"][0]["actions"][1]["status"] = "not_done";

  j["meeting"]["escalation"] = {{"reasons", "Dawn has not started the course and the home is worse"}};
  f = check(j, DocumentKind::Minutes);
  CHECK_FALSE(has_rule(f, "plan.not_progressing"));
  const Finding* partial = find_rule(f, "escalation.incomplete");
  REQUIRE(partial);
  CHECK(partial->severity == Severity::Warning);
  CHECK(partial->pointer == "/meeting/escalation");
  CHECK(partial->message == "the escalation record does not say what was done (steps), who was told (informed) and the outcome");
  j["meeting"]["escalation"]["steps"] = {{{"kind", "strategy_discussion"}, {"date", "2026-12-09"}, {"outcome", "Section 47 enquiry"}}};
  j["meeting"]["escalation"]["informed"] = {{{"member", "m4"}, {"date", "2026-12-08"}}, {{"name", "Child protection chair"}}};
  j["meeting"]["escalation"]["outcome"] = "Review conference brought forward to 17 December";
  f = check(j, DocumentKind::Minutes);
  CHECK_FALSE(has_rule(f, "plan.not_progressing"));
  CHECK_FALSE(has_rule(f, "escalation.incomplete"));

  // Barnsley's guidance says "should consider": a warning there.
  auto b = fixture("barnsley-cp-sos.json");
  b["risk"]["direction"] = "increased";
  for (auto& o : b["plan"]["outcomes"])
    for (auto& a : o["actions"]) a["status"] = "not_done";
  Findings in_barnsley = check(b, DocumentKind::Minutes);
  const Finding* barnsley = find_rule(in_barnsley, "plan.not_progressing");
  REQUIRE(barnsley);
  CHECK(barnsley->severity == Severity::Warning);
}

TEST_CASE("Swindon resolves a professional disagreement in its three stages, in order", "[rules][escalation]") {
  auto j = good_case();
  j["meeting"]["disagreements"] = {{{"about", "Whether the GP should see Ella monthly"}, {"members", {"m1", "m3"}},
                                    {"stages", {{{"stage", 1}, {"date", "2026-12-08"}}, {{"stage", 2}}}}}};
  CHECK_FALSE(has_rule(check(j, DocumentKind::Minutes), "disagreement.stage_skipped"));
  j["meeting"]["disagreements"][0]["stages"] = {{{"stage", 2}, {"outcome", "Managers met"}}};
  Findings f = check(j, DocumentKind::Minutes);
  const Finding* hit = find_rule(f, "disagreement.stage_skipped");
  REQUIRE(hit);
  CHECK(hit->pointer == "/meeting/disagreements/0/stages/0/stage");
  CHECK(hit->message ==
        "the disagreement about \"Whether the GP should see Ella monthly\" reached stage 2 without stage 1 before it; "
        "001_c456eb2af30e546e.txt: a disagreement must be addressed first by discussion with core group members, "
        "second, if required, by involving the respective managers or child protection advisers, and then, if it "
        "remains unresolved, by the Escalation Policy");
  j["meeting"]["disagreements"][0]["stages"] = {{{"stage", 1}}, {{"stage", 3}}};
  CHECK(has_finding(check(j, DocumentKind::Minutes), "disagreement.stage_skipped", "/meeting/disagreements/0/stages/1/stage"));
  // Other councils' guidance has no stages to check.
  auto b = fixture("barnsley-cp-sos.json");
  b["meeting"]["disagreements"] = {{{"about", "Visits"}, {"stages", {{{"stage", 3}}}}}};
  CHECK_FALSE(has_rule(check(b, DocumentKind::Minutes), "disagreement.stage_skipped"));
}

TEST_CASE("who received the minutes, when and with what, per recipient", "[rules][distribution]") {
  auto j = good_case();
  j["previous_meetings"][0]["sent_to"] = {{{"member", "m1"}, {"date", "2026-11-16"}, {"with", {"minutes"}}},
                                          {{"member", "m2"}, {"date", "2026-11-30"}, {"with", {"minutes"}}},
                                          {{"member", "m3"}, {"date", "2026-11-16"}, {"with", {"minutes"}}}};
  Findings f = check(j, DocumentKind::Minutes);
  const Finding* missing = find_rule(f, "distribution.member_missing");
  REQUIRE(missing);
  CHECK(missing->severity == Severity::Error);
  CHECK(missing->pointer == "/previous_meetings/0/sent_to");
  CHECK(missing->message ==
        "the minutes of meeting 1 (Tuesday 10 November 2026) are not recorded as sent to Sam Testmanager (Team Manager); "
        "001_c456eb2af30e546e.txt: the lead social worker ensures the minutes are distributed to all Core Group members");
  const Finding* late = find_rule(f, "distribution.recipient_late");
  REQUIRE(late);
  CHECK(late->pointer == "/previous_meetings/0/sent_to/1/date");
  CHECK(late->message ==
        "the minutes of meeting 1 (Tuesday 10 November 2026) reached Dawn Testparent (Mother) on Monday 30 November 2026, "
        "after the 10 working days Swindon allows (due by Tuesday 24 November 2026)");
  CHECK_FALSE(has_rule(f, "distribution.plan_not_sent"));  // Swindon does not ask for the plan with them
  CHECK(has_rule(check(j, DocumentKind::Agenda), "distribution.member_missing"));  // the chair sees it before the meeting
  // A member who joined after that meeting was not sent its minutes, and need not have been; one
  // who joined on its day should have been.
  auto joined = j;
  joined["members"][3]["joined"] = "2026-11-11";
  CHECK_FALSE(has_rule(check(joined, DocumentKind::Minutes), "distribution.member_missing"));
  joined["members"][3]["joined"] = "2026-11-10";
  CHECK(has_rule(check(joined, DocumentKind::Minutes), "distribution.member_missing"));

  // Shropshire: the chair circulates them with a copy of the plan.
  auto s = fixture("shropshire-cin.json");
  s["previous_meetings"][0]["sent_to"] = nlohmann::json::array();
  for (const auto& m : s["members"])
    s["previous_meetings"][0]["sent_to"].push_back({{"member", m["id"]}, {"date", s["previous_meetings"][0]["minutes_sent"]},
                                                    {"with", {"minutes", "plan"}}});
  CHECK(check(s, DocumentKind::Minutes).empty());
  s["previous_meetings"][0]["sent_to"][1]["with"] = {"minutes"};
  f = check(s, DocumentKind::Minutes);
  const Finding* no_plan = find_rule(f, "distribution.plan_not_sent");
  REQUIRE(no_plan);
  CHECK(no_plan->severity == Severity::Warning);
  CHECK(no_plan->pointer == "/previous_meetings/0/sent_to/1/with");

  // Barnsley: 5 days is the minute-taker's copy to the social worker, who then sends them on.
  auto b = fixture("barnsley-cp-sos.json");
  b["previous_meetings"][0]["minutes_to_social_worker"] = "2026-11-10";
  b["previous_meetings"][0]["minutes_sent"] = "2026-11-12";
  f = check(b, DocumentKind::Minutes);
  REQUIRE(find_rule(f, "timescale.minutes_late"));
  CHECK(find_rule(f, "timescale.minutes_late")->pointer == "/previous_meetings/0/minutes_to_social_worker");
  CHECK(find_rule(f, "timescale.minutes_late")->message ==
        "the minutes of meeting 1 (Tuesday 3 November 2026) reached the social worker on Tuesday 10 November 2026, after "
        "the 5 days allowed (due by Sunday 8 November 2026)");
  b["previous_meetings"][0]["minutes_to_social_worker"] = "2026-11-06";
  CHECK_FALSE(has_rule(check(b, DocumentKind::Minutes), "timescale.minutes_late"));  // the social worker's sending has no limit
}
