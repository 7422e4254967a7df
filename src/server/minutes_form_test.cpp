#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "server/minutes_form.h"

using namespace cg;
using namespace cg::server;

namespace {

CaseJson good() { return CaseJson::parse(test::good_case().dump()); }

// Equal whatever the order of keys.
bool same(const CaseJson& a, const CaseJson& b) { return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b.dump()); }

const std::vector<std::string> kItems = {"introductions", "attendance", "apologies", "child_seen", "member_updates",
                                         "action_progress", "family_views", "risk_assessment", "plan_amendments",
                                         "raise_concern", "bring_forward"};

}  // namespace

TEST_CASE("minutes form: a form that carries nothing leaves the case as it was", "[server][minutes]") {
  CHECK(apply_minutes_form(good(), kItems, {}) == good());
}

TEST_CASE("minutes form: agenda notes, decisions and views are written in, and emptied text is removed", "[server][minutes]") {
  FormValues form = {{field::item("introductions", "notes"), "Everyone introduced themselves\r\nDawn brought her sister"},
                     {field::item("introductions", "not_discussed"), ""},
                     {field::item("raise_concern", "notes"), "Discussed"},
                     {field::item("raise_concern", "not_discussed"), ""},
                     {field::item("apologies", "notes"), ""},
                     {field::item("apologies", "not_discussed"), ""},
                     {field::kDecisions, "Plan continues\r\n\r\n  Review in six weeks  \r\n"},
                     {field::kParentsViews, "Dawn agrees"}};
  CaseJson c = apply_minutes_form(good(), kItems, form);
  CHECK(c["meeting"]["items"]["introductions"] == CaseJson({{"notes", "Everyone introduced themselves\nDawn brought her sister"}}));
  CHECK(c["meeting"]["items"]["raise_concern"] == CaseJson({{"notes", "Discussed"}}));
  CHECK_FALSE(c["meeting"]["items"].contains("apologies"));
  CHECK(c["meeting"]["items"]["bring_forward"] == good()["meeting"]["items"]["bring_forward"]);
  CHECK(c["meeting"]["decisions"] == CaseJson({"Plan continues", "Review in six weeks"}));
  CHECK(c["views"]["parents"] == "Dawn agrees");
  form = {{field::kDecisions, " \r\n"}, {field::kParentsViews, ""}};
  c = apply_minutes_form(good(), kItems, form);
  CHECK_FALSE(c["meeting"].contains("decisions"));
  CHECK_FALSE(c.contains("views"));
}

TEST_CASE("minutes form: attendance follows the members, keeping what the form does not show", "[server][minutes]") {
  CaseJson start = good();
  start["meeting"].erase("attendance");
  start["meeting"]["attendance"] = CaseJson::array();
  start["meeting"]["attendance"].push_back({{"member", "m3"}, {"status", "apologies"}, {"report", "written"}, {"feedback_by", "m1"}});
  FormValues form = {{field::attendance("m1", "status"), ""},        {field::attendance("m1", "status"), "present"},
                     {field::attendance("m2", "status"), ""},        {field::attendance("m2", "status"), "absent"},
                     {field::attendance("m2", "reason"), "Unwell"},  {field::attendance("m3", "status"), ""},
                     {field::attendance("m3", "status"), "absent"},  {field::attendance("m4", "status"), ""},
                     {field::attendance("m4", "reason"), "typed but no status"}};
  CaseJson c = apply_minutes_form(start, kItems, form);
  const CaseJson& a = c["meeting"]["attendance"];
  REQUIRE(a.size() == 3);  // m4 has no status: not recorded
  CHECK(a[0] == CaseJson({{"member", "m1"}, {"status", "present"}}));
  CHECK(a[1] == CaseJson({{"member", "m2"}, {"status", "absent"}, {"reason", "Unwell"}}));
  CHECK(a[2] == CaseJson({{"member", "m3"}, {"status", "absent"}, {"report", "written"}, {"feedback_by", "m1"}}));
  // A status that is not one of the four is not recorded.
  c = apply_minutes_form(start, kItems, {{field::attendance("m3", "status"), "asleep"}});
  CHECK_FALSE(c["meeting"].contains("attendance"));
}

TEST_CASE("minutes form: rows of children seen and dissent, blank rows left out", "[server][minutes]") {
  FormValues form = {{field::seen(0, "child"), "c1"}, {field::seen(0, "date"), "2026-12-01"}, {field::seen(0, "by"), "m1"},
                     {field::seen(0, "alone"), ""},   {field::seen(0, "alone"), "yes"},       {field::seen(1, "child"), ""},
                     {field::seen(1, "date"), ""},    {field::seen(1, "by"), ""},             {field::seen(2, "child"), "nobody"},
                     {field::seen(2, "date"), "2026-12-02"}, {field::seen(2, "by"), "everyone"},
                     {field::dissent(0, "member"), "m2"}, {field::dissent(0, "about"), "The nursery place"},
                     {field::dissent(1, "member"), ""},   {field::dissent(1, "about"), ""}};
  CaseJson c = apply_minutes_form(good(), kItems, form);
  const CaseJson& seen = c["meeting"]["child_seen"];
  REQUIRE(seen.size() == 2);
  CHECK(same(seen[0], {{"child", "c1"}, {"date", "2026-12-01"}, {"by", "m1"}, {"alone", true}}));
  // An unknown child or visitor is not written (the loader then says a child is needed).
  CHECK(same(seen[1], {{"date", "2026-12-02"}}));
  CHECK(c["meeting"]["dissent"] == CaseJson::array({{{"member", "m2"}, {"about", "The nursery place"}}}));
}

TEST_CASE("minutes form: actions take what, owners, timescale and measure, and history is kept", "[server][minutes]") {
  CaseJson start = good();
  start["plan"]["outcomes"][0]["actions"][0]["x-history"] = CaseJson::array({{{"sequence", 1}, {"status", "not_started"}}});
  FormValues form = {{field::action("o1", "a1", "what"), "To monitor and support the family"},
                     {field::action("o1", "a1", "who"), ""},
                     {field::action("o1", "a1", "who"), "everyone"},
                     {field::action("o1", "a1", "by"), ""},
                     {field::action("o1", "a1", "status"), "done"},
                     {field::action("o1", "a2", "who"), ""},
                     {field::action("o1", "a2", "who"), "m1"},
                     {field::action("o1", "a2", "who"), "m3"},
                     {field::action("o1", "a2", "status"), "nonsense"}};
  CaseJson c = apply_minutes_form(start, kItems, form);
  const CaseJson& a1 = c["plan"]["outcomes"][0]["actions"][0];
  CHECK(a1["what"] == "To monitor and support the family");
  CHECK(a1["who"] == CaseJson::array());  // "everyone" is no member
  CHECK_FALSE(a1.contains("by"));
  CHECK(a1["status"] == "done");
  CHECK(a1["how_measured"] == "Attendance register");
  CHECK(a1["x-history"] == start["plan"]["outcomes"][0]["actions"][0]["x-history"]);
  const CaseJson& a2 = c["plan"]["outcomes"][0]["actions"][1];
  CHECK(a2["who"] == CaseJson({"m1", "m3"}));
  CHECK_FALSE(a2.contains("status"));

  // The rules see the vague action, and each finding names the field it is about.
  Findings f = test::check(nlohmann::json::parse(c.dump()), DocumentKind::Minutes);
  auto fields = field_pointers(c, kItems);
  const Finding* owned = test::find_rule(f, "smart.owned");
  const Finding* timed = test::find_rule(f, "smart.time_bound");
  const Finding* specific = test::find_rule(f, "smart.specific");
  REQUIRE(owned);
  REQUIRE(timed);
  REQUIRE(specific);
  CHECK(field_for(fields, owned->pointer) == "action-o1-a1-who");
  CHECK(field_for(fields, timed->pointer) == "action-o1-a1-by");
  CHECK(field_for(fields, specific->pointer) == "action-o1-a1-what");
}

TEST_CASE("minutes form: a finding's pointer names the field, or the nearest one above it", "[server][minutes]") {
  auto fields = field_pointers(good(), kItems);
  CHECK(field_for(fields, "/meeting/items/raise_concern") == "item-raise_concern-notes");
  CHECK(field_for(fields, "/meeting/items/raise_concern/not_discussed") == "item-raise_concern-not_discussed");
  CHECK(field_for(fields, "/meeting/attendance/2/report") == "attendance-m3-status");
  CHECK(field_for(fields, "/meeting/attendance/1/reason") == "attendance-m2-reason");
  CHECK(field_for(fields, "/meeting/child_seen/3/date") == "seen-3-date");
  CHECK(field_for(fields, "/meeting/child_seen") == "seen-4-child");  // the empty row to add one
  CHECK(field_for(fields, "/voice_of_child") == "voice-c1-views");
  CHECK(field_for(fields, "/plan/outcomes/0/actions/1/until") == "action-o1-a2-until");
  CHECK(field_for(fields, "/plan/outcomes/0/actions/1") == "action-o1-a2-what");
  CHECK(field_for(fields, "/meeting/next_meeting/date") == "next-date");
  CHECK(field_for(fields, "/conference/next_review") == "");
  CHECK(field_for(fields, "/meeting/chair") == "");
}

TEST_CASE("minutes form: an added action has an id no other action has", "[server][minutes]") {
  CaseJson c = good();
  CHECK(add_empty_action(c, "o1") == "a3");
  CHECK(add_empty_action(c, "o1") == "a4");
  CHECK(c["plan"]["outcomes"][0]["actions"][3] == CaseJson({{"id", "a4"}, {"status", "not_started"}}));
  CHECK(add_empty_action(c, "o9") == "");
  CHECK(field_id("action.o1.a b/c") == "action-o1-a-b-c");
}
