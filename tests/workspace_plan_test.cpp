// The plan editor over HTTP: its outcomes and their actions edited, an outcome added and one with
// no actions removed, the live check beside the fields, a save after someone else's refused with
// 409, approved records and other people's cases refused, CSRF, and script typed as text.
#include <catch2/catch.hpp>

#include "prepared_meeting.h"
#include "store/audit.h"

using namespace cg;
using namespace cg::test;

namespace {

const char* const kPlan = "/case/plan";

}  // namespace

TEST_CASE("workspace plan: outcomes and actions are edited and saved as the next version", "[server][plan]") {
  Prepared p;
  auto c = p.ws.client();
  auto page = c.Get("/case/plan?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  REQUIRE(page->status == 200);
  CHECK(page->body.find("The plan at meeting 3") != std::string::npos);
  CHECK(page->body.find("name=\"outcome.o1.outcome\"") != std::string::npos);
  CHECK(page->body.find("name=\"outcome.o1.worry\"") != std::string::npos);
  CHECK(page->body.find("name=\"outcome.o1.children\"") != std::string::npos);
  CHECK(page->body.find("name=\"action.o1.a1.how_measured\"") != std::string::npos);
  CHECK(page->body.find("data-check=\"/case/plan/check\"") != std::string::npos);
  CHECK(page->body.find("src=\"/assets/minutes.js\"") != std::string::npos);
  CHECK(hidden_value(page->body, "version") == "1");
  // An outcome with actions cannot be removed: no button for it.
  CHECK(page->body.find("name=\"remove_outcome\"") == std::string::npos);
  // Linked from the meeting's page and the case page while the meeting is a draft.
  CHECK(c.Get("/case/meeting?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session))->body.find(
            "href=\"/case/plan?ref=TEST-0001&amp;meeting=3\"") != std::string::npos);
  CHECK(c.Get("/case?ref=TEST-0001", with_session(p.ws, p.amira.session))->body.find(
            "href=\"/case/plan?ref=TEST-0001&amp;meeting=3\"") != std::string::npos);

  nlohmann::json before = p.stored();
  auto saved = p.post(kPlan, p.amira, {{"outcome.o1.outcome", "Ella lives in a clean and safe home"},
                                       {"outcome.o1.worry", "The kitchen was unsafe"}, {"outcome.o1.children", ""},
                                       {"action.o1.a1.by", "2027-02-01"}}, "1");
  REQUIRE(saved->status == 303);
  CHECK(saved->get_header_value("Location") == "/case/plan?ref=TEST-0001&meeting=3&saved=1");
  nlohmann::json now = p.stored();
  CHECK(now["plan"]["outcomes"][0]["outcome"] == "Ella lives in a clean and safe home");
  CHECK(now["plan"]["outcomes"][0]["worry"] == "The kitchen was unsafe");
  CHECK_FALSE(now["plan"]["outcomes"][0].contains("children"));  // none ticked
  CHECK(now["plan"]["outcomes"][0]["actions"][0]["by"] == "2027-02-01");
  CHECK(now["meeting"] == before["meeting"]);  // the rest of the case is kept
  CHECK(now["plan"]["outcomes"][0]["actions"][1] == before["plan"]["outcomes"][0]["actions"][1]);
  auto after = c.Get(saved->get_header_value("Location"), with_session(p.ws, p.amira.session));
  CHECK(after->body.find("The plan was saved.") != std::string::npos);
  CHECK(hidden_value(after->body, "version") == "2");

  // An outcome added gets a new id in the case's one namespace, and is named in the address.
  auto added = p.post(kPlan, p.amira, {{"add_outcome", "1"}}, "2");
  REQUIRE(added->status == 303);
  CHECK(added->get_header_value("Location") == "/case/plan?ref=TEST-0001&meeting=3&saved=1#outcome-o2-outcome");
  CHECK(p.stored()["plan"]["outcomes"][1] == nlohmann::json({{"id", "o2"}}));
  auto with_new = c.Get("/case/plan?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  CHECK(with_new->body.find("name=\"remove_outcome\" value=\"o2\"") != std::string::npos);
  // An action added to it, then removing it is refused while it has one.
  auto action = p.post(kPlan, p.amira, {{"outcome.o2.outcome", "Ella goes to school every day"}, {"add_action", "o2"}}, "3");
  REQUIRE(action->status == 303);
  CHECK(action->get_header_value("Location") == "/case/plan?ref=TEST-0001&meeting=3&saved=1#action-o2-a3-what");
  CHECK(p.stored()["plan"]["outcomes"][1]["outcome"] == "Ella goes to school every day");
  auto kept = p.post(kPlan, p.amira, {{"remove_outcome", "o2"}}, "4", true);
  REQUIRE(kept->status == 200);
  CHECK(nlohmann::json::parse(kept->body)["version"] == 4);  // nothing changed, nothing stored
  REQUIRE(p.stored()["plan"]["outcomes"].size() == 2);
  // A third outcome, with no actions, is removed.
  REQUIRE(p.post(kPlan, p.amira, {{"add_outcome", "1"}}, "4")->status == 303);
  REQUIRE(p.stored()["plan"]["outcomes"].size() == 3);
  CHECK(p.post(kPlan, p.amira, {{"remove_outcome", "o3"}}, "5")->status == 303);
  CHECK(p.stored()["plan"]["outcomes"].size() == 2);

  // Every change is in the audit log with the user.
  std::lock_guard<std::mutex> lock(p.ws.mutex);
  auto audit = store::read_audit(p.ws.store->db());
  auto plan_saves = std::count_if(audit.begin(), audit.end(), [](const store::AuditEntry& e) {
    return e.action == "save_plan" && e.actor == "amira" && e.subject.find("case TEST-0001 meeting 3") == 0;
  });
  CHECK(plan_saves == 5);
}

TEST_CASE("workspace plan: the live check places each finding beside its field", "[server][plan]") {
  Prepared p;
  httplib::Params form = {{"csrf", p.amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "3"},
                          {"action.o1.a1.what", "To monitor and support"}, {"action.o1.a1.who", ""}};
  auto r = p.ws.client().Post("/case/plan/check", with_session(p.ws, p.amira.session, true), form);
  REQUIRE(r->status == 200);
  nlohmann::json findings = nlohmann::json::parse(r->body)["findings"];
  CHECK(field_of(findings, "smart.specific", "/plan/outcomes/0/actions/0/what") == "action-o1-a1-what");
  CHECK(field_of(findings, "smart.owned", "/plan/outcomes/0/actions/0/who") == "action-o1-a1-who");
  CHECK(p.stored()["plan"]["outcomes"][0]["actions"][0]["what"] == "Dawn to attend the 6-week parenting course at the Family Centre");
  form.erase("csrf");
  CHECK(p.ws.client().Post("/case/plan/check", with_session(p.ws, p.amira.session, true), form)->status == 403);
}

TEST_CASE("workspace plan: a save based on an older version gets 409 and nothing is lost", "[server][plan]") {
  Prepared p;
  LoggedIn ben = p.colleague("ben", "pw-ben-12345");
  REQUIRE(p.post(kPlan, ben, {{"outcome.o1.outcome", "Ben's outcome"}}, "1", true)->status == 200);
  auto late = p.post(kPlan, p.amira, {{"outcome.o1.outcome", "Amira's outcome"}}, "1");
  CHECK(late->status == 409);
  CHECK(late->body.find("Someone else changed this plan first") != std::string::npos);
  CHECK(late->body.find("ben saved this plan at ") != std::string::npos);
  CHECK(late->body.find("Outcome 1: What must change for the children") != std::string::npos);
  CHECK(late->body.find("Ben's outcome") != std::string::npos);
  CHECK(late->body.find("Amira's outcome") != std::string::npos);
  CHECK(late->body.find("href=\"/case/plan?ref=TEST-0001&amp;meeting=3\"") != std::string::npos);
  auto late_json = p.post(kPlan, p.amira, {{"outcome.o1.outcome", "Amira's outcome"}}, "1", true);
  REQUIRE(late_json->status == 409);
  nlohmann::json j = nlohmann::json::parse(late_json->body);
  CHECK(j["saved_by"] == "ben");
  CHECK(j["reopen"] == "/case/plan?ref=TEST-0001&meeting=3");
  REQUIRE(j["changes"].size() == 1);
  CHECK(j["changes"][0]["theirs"] == "Ben's outcome");
  CHECK(p.stored()["plan"]["outcomes"][0]["outcome"] == "Ben's outcome");
  // A save of the minutes made from version 1 is refused as well: one meeting, one version.
  CHECK(p.save(p.amira, {{"decisions", "x"}}, "1")->status == 409);
}

TEST_CASE("workspace plan: approved records, other people's cases and posts without the CSRF token are refused",
          "[server][plan][security]") {
  Prepared p;
  auto c = p.ws.client();
  auto approved = c.Get("/case/plan?ref=TEST-0001&meeting=2", with_session(p.ws, p.amira.session));
  CHECK(approved->status == 409);
  CHECK(approved->body.find("This record is approved") != std::string::npos);
  httplib::Params edit = {{"csrf", p.amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "2"}, {"version", "1"},
                          {"outcome.o1.outcome", "Changed"}};
  CHECK(c.Post(kPlan, with_session(p.ws, p.amira.session), edit)->status == 409);
  {
    std::lock_guard<std::mutex> lock(p.ws.mutex);
    auto record = nlohmann::json::parse(store::read_meeting(*p.ws.store, "TEST-0001", 2).text);
    CHECK(record["plan"]["outcomes"][0]["outcome"] == "Ella lives in a clean, safe home");
  }
  p.ws.add_user("eve", server::Role::SocialWorker, "pw-eve-123456");
  LoggedIn eve = log_in(p.ws, "eve", "pw-eve-123456");
  auto theirs = c.Get("/case/plan?ref=TEST-0001&meeting=3", with_session(p.ws, eve.session));
  auto none = c.Get("/case/plan?ref=NO-SUCH-CASE&meeting=3", with_session(p.ws, eve.session));
  CHECK(theirs->status == 404);
  CHECK(theirs->body == none->body);  // no enumeration by reference
  CHECK(p.post(kPlan, eve, {{"outcome.o1.outcome", "Eve's"}}, "1")->status == 404);
  CHECK(p.post("/case/plan/check", eve, {}, "1", true)->status == 404);
  CHECK(c.Get("/case/plan?ref=TEST-0001&meeting=3")->status == 303);  // no session
  httplib::Params no_token = {{"ref", "TEST-0001"}, {"meeting", "3"}, {"version", "1"}, {"outcome.o1.outcome", "No token"}};
  CHECK(c.Post(kPlan, with_session(p.ws, p.amira.session), no_token)->status == 403);
  no_token.emplace("csrf", "not-the-token");
  CHECK(c.Post(kPlan, with_session(p.ws, p.amira.session), no_token)->status == 403);
  CHECK(p.stored()["plan"]["outcomes"][0]["outcome"] == "Ella lives in a clean, safe home");
}

TEST_CASE("workspace plan: script typed in an outcome is shown as text", "[server][plan][security]") {
  Prepared p;
  const std::string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  REQUIRE(p.post(kPlan, p.amira, {{"outcome.o1.outcome", script}, {"outcome.o1.worry", script}}, "1")->status == 303);
  CHECK(p.stored()["plan"]["outcomes"][0]["outcome"] == script);
  std::string html = p.ws.client().Get("/case/plan?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session))->body;
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert('x')&lt;/script&gt;") != std::string::npos);
  // In the minutes editor's heading of the outcome too.
  std::string minutes = p.ws.client().Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session))->body;
  CHECK(minutes.find("<script>alert") == std::string::npos);
}

TEST_CASE("workspace plan: every id on the plan editor is used once", "[server][plan]") {
  Prepared p;
  REQUIRE(p.post(kPlan, p.amira, {{"add_outcome", "1"}}, "1")->status == 303);
  std::string html = p.ws.client().Get("/case/plan?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session))->body;
  std::map<std::string, int> ids = ids_used(html);
  CHECK(ids.size() > 20);
  for (const auto& [id, n] : ids) {
    INFO(id);
    CHECK(n == 1);
  }
}
