// Preparing the next meeting and editing its minutes over HTTP: the prepare form, the agenda page,
// the editor's fields, the live check, saving with the version it was based on, and the 409 that
// a save after someone else's gets.
#include <catch2/catch.hpp>

#include <future>

#include "prepared_meeting.h"
#include "store/audit.h"
#include "web/html.h"

using namespace cg;
using namespace cg::test;

TEST_CASE("workspace: the case page prepares the next meeting, whose agenda downloads", "[server][minutes]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  httplib::MultipartFormDataItems items = {{"csrf", in.csrf, "", ""}, {"case", approved_case(), "case.json", "application/json"}};
  REQUIRE(ws.client().Post("/cases/import", with_session(ws, in.session), items)->status == 303);
  auto c = ws.client();
  auto page = c.Get("/case?ref=TEST-0001", with_session(ws, in.session));
  CHECK(page->body.find("action=\"/case/prepare\"") != std::string::npos);
  CHECK(page->body.find("value=\"2027-01-05\"") != std::string::npos);  // the date meeting 2 arranged

  auto prepare = [&](const std::string& date, bool csrf = true) {
    httplib::Params p = {{"ref", "TEST-0001"}, {"date", date}};
    if (csrf) p.emplace("csrf", in.csrf);
    return c.Post("/case/prepare", with_session(ws, in.session), p);
  };
  CHECK(prepare("2027-01-05", false)->status == 403);
  auto bad = prepare("next week");
  CHECK(bad->status == 422);
  CHECK(bad->body.find("Enter the date of the next meeting") != std::string::npos);
  auto early = prepare("2026-12-01");
  CHECK(early->status == 422);
  CHECK(early->body.find("the next meeting must be after meeting 2") != std::string::npos);
  auto made = prepare("2027-01-05");
  REQUIRE(made->status == 303);
  auto agenda = c.Get(made->get_header_value("Location"), with_session(ws, in.session));
  REQUIRE(agenda->status == 200);
  CHECK(agenda->body.find("Meeting 3 was prepared from meeting 2.") != std::string::npos);
  const std::string pdf = "/case/document?ref=TEST-0001&meeting=3&document=agenda&format=pdf";
  CHECK(agenda->body.find(web::escape_attr(pdf)) != std::string::npos);
  CHECK(agenda->body.find("href=\"/case/minutes?ref=TEST-0001&amp;meeting=3\"") != std::string::npos);
  CHECK(agenda->body.find("Dawn to attend the 6-week parenting course at the Family Centre") != std::string::npos);
  auto file = c.Get(pdf, with_session(ws, in.session));
  REQUIRE(file->status == 200);
  CHECK(file->body.rfind("%PDF-", 0) == 0);
  // Prepared once: the draft is kept, not prepared over.
  CHECK(prepare("2027-01-06")->status == 422);
  // The case page now leads to the draft.
  CHECK(c.Get("/case?ref=TEST-0001", with_session(ws, in.session))->body.find("Record the minutes of meeting 3") != std::string::npos);
  std::lock_guard<std::mutex> lock(ws.mutex);
  auto audit = store::read_audit(ws.store->db());
  bool next_by_amira = std::any_of(audit.begin(), audit.end(), [](const store::AuditEntry& e) {
    return e.action == "next" && e.actor == "amira" && e.subject == "case TEST-0001 meeting 3 (draft)";
  });
  CHECK(next_by_amira);
}

TEST_CASE("workspace: the minutes editor has every agenda item, and a save is the next version", "[server][minutes]") {
  Prepared p;
  auto c = p.ws.client();
  auto page = c.Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  REQUIRE(page->status == 200);
  for (const char* item : {"introductions", "attendance", "apologies", "child_seen", "member_updates", "action_progress",
                           "family_views", "risk_assessment", "plan_amendments", "raise_concern", "bring_forward"})
    CHECK(page->body.find(std::string("name=\"item.") + item + ".notes\"") != std::string::npos);
  CHECK(hidden_value(page->body, "version") == "1");
  CHECK(page->body.find("src=\"/assets/minutes.js\"") != std::string::npos);
  CHECK(page->body.find("name=\"action.o1.a1.how_measured\"") != std::string::npos);

  auto saved = p.save(p.amira, {{"item.introductions.notes", "All introduced"}, {"attendance.m1.status", "present"},
                                {"action.o1.a1.by", "tomorrow"}}, "1");
  REQUIRE(saved->status == 303);
  CHECK(saved->get_header_value("Location") == "/case/minutes?ref=TEST-0001&meeting=3&saved=1");
  nlohmann::json now = p.stored();
  CHECK(now["meeting"]["items"]["introductions"]["notes"] == "All introduced");
  CHECK(now["meeting"]["attendance"][0] == nlohmann::json({{"member", "m1"}, {"status", "present"}}));
  // After a plain post the findings are shown: in the summary, linked to the field, and beside it.
  auto after = c.Get(saved->get_header_value("Location"), with_session(p.ws, p.amira.session));
  CHECK(after->body.find("govuk-error-summary") != std::string::npos);
  CHECK(after->body.find("href=\"#action-o1-a1-by\"") != std::string::npos);
  CHECK(after->body.find("id=\"action-o1-a1-by-error\"") != std::string::npos);
  CHECK(hidden_value(after->body, "version") == "2");

  // Adding an action saves and names it in the address.
  auto added = p.save(p.amira, {{"add_action", "o1"}}, "2");
  REQUIRE(added->status == 303);
  CHECK(added->get_header_value("Location") == "/case/minutes?ref=TEST-0001&meeting=3&saved=1#action-o1-a3-what");
  CHECK(p.stored()["plan"]["outcomes"][0]["actions"][2]["id"] == "a3");
}

TEST_CASE("workspace: the live check places each finding beside its field", "[server][minutes]") {
  Prepared p;
  httplib::Params form = {{"csrf", p.amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "3"},
                          {"action.o1.a1.what", "To monitor and support"}, {"action.o1.a1.who", ""},
                          {"action.o1.a1.by", ""}};
  auto r = p.ws.client().Post("/case/minutes/check", with_session(p.ws, p.amira.session, true), form);
  REQUIRE(r->status == 200);
  nlohmann::json findings = nlohmann::json::parse(r->body)["findings"];
  CHECK(field_of(findings, "smart.specific", "/plan/outcomes/0/actions/0/what") == "action-o1-a1-what");
  CHECK(field_of(findings, "smart.owned", "/plan/outcomes/0/actions/0/who") == "action-o1-a1-who");
  CHECK(field_of(findings, "smart.time_bound", "/plan/outcomes/0/actions/0/by") == "action-o1-a1-by");
  // Checking stores nothing.
  CHECK(p.stored()["plan"]["outcomes"][0]["actions"][0]["what"] == "Dawn to attend the 6-week parenting course at the Family Centre");
  // Fixed, the findings about the action are gone.
  form = {{"csrf", p.amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "3"}};
  findings = nlohmann::json::parse(p.ws.client().Post("/case/minutes/check", with_session(p.ws, p.amira.session, true), form)->body)["findings"];
  CHECK(field_of(findings, "smart.owned", "/plan/outcomes/0/actions/0/who") == "(none)");
  // Without the CSRF token, nothing is checked.
  form.erase("csrf");
  CHECK(p.ws.client().Post("/case/minutes/check", with_session(p.ws, p.amira.session, true), form)->status == 403);
}

TEST_CASE("workspace: a save based on an older version gets 409 with what the other person saved", "[server][minutes]") {
  Prepared p;
  LoggedIn ben = p.colleague("ben", "pw-ben-12345");
  // Both opened version 1; ben saves first (autosave, JSON).
  auto first = p.save(ben, {{"decisions", "Ben's decision"}}, "1", true);
  REQUIRE(first->status == 200);
  CHECK(nlohmann::json::parse(first->body)["version"] == 2);
  // Amira's plain post of version 1 is refused, with both versions shown.
  auto late = p.save(p.amira, {{"decisions", "Amira's decision"}}, "1");
  CHECK(late->status == 409);
  CHECK(late->body.find("Someone else changed these minutes first") != std::string::npos);
  CHECK(late->body.find("ben saved these minutes at ") != std::string::npos);
  CHECK(late->body.find(" UTC on ") != std::string::npos);
  CHECK(late->body.find("Ben's decision") != std::string::npos);
  CHECK(late->body.find("Amira's decision") != std::string::npos);
  // Her autosave of version 1 too, as JSON.
  auto late_json = p.save(p.amira, {{"decisions", "Amira's decision"}}, "1", true);
  REQUIRE(late_json->status == 409);
  nlohmann::json j = nlohmann::json::parse(late_json->body);
  CHECK(j["saved_by"] == "ben");
  CHECK(j["version"] == 2);
  REQUIRE(j["changes"].size() == 1);
  CHECK(j["changes"][0]["where"] == "Decisions");
  CHECK(j["changes"][0]["theirs"] == "Ben's decision");
  CHECK(j["changes"][0]["yours"] == "Amira's decision");
  CHECK(p.stored()["meeting"]["decisions"] == nlohmann::json({"Ben's decision"}));
  // On top of version 2 her save goes in.
  CHECK(p.save(p.amira, {{"decisions", "Amira's decision"}}, "2", true)->status == 200);
  CHECK(p.stored()["meeting"]["decisions"] == nlohmann::json({"Amira's decision"}));
}

TEST_CASE("workspace: approved minutes, other people's cases and bad dates are not saved", "[server][minutes][security]") {
  Prepared p;
  auto c = p.ws.client();
  CHECK(c.Get("/case/minutes?ref=TEST-0001&meeting=2", with_session(p.ws, p.amira.session))->status == 409);
  p.ws.add_user("eve", server::Role::SocialWorker, "pw-eve-123456");
  LoggedIn eve = log_in(p.ws, "eve", "pw-eve-123456");
  CHECK(c.Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, eve.session))->status == 404);
  CHECK(p.save(eve, {{"decisions", "x"}}, "1")->status == 404);
  CHECK(c.Get("/case/minutes?ref=TEST-0001&meeting=3")->status == 303);  // no session
  // A date that is no date is not stored; the form comes back as typed with the reason beside it.
  auto bad = p.save(p.amira, {{"seen.0.child", "c1"}, {"seen.0.date", "2026-13-45"}, {"decisions", "Kept as typed"}}, "1");
  CHECK(bad->status == 422);
  CHECK(bad->body.find("id=\"seen-0-date-error\"") != std::string::npos);
  CHECK(bad->body.find("Kept as typed") != std::string::npos);
  CHECK_FALSE(p.stored()["meeting"].contains("decisions"));
}

TEST_CASE("workspace: every id on the minutes editor is used once", "[server][minutes]") {
  Prepared p;
  std::string html = p.ws.client().Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session))->body;
  std::map<std::string, int> ids = ids_used(html);
  CHECK(ids.size() > 100);
  for (const auto& [id, n] : ids) {
    INFO(id);
    CHECK(n == 1);
  }
}

TEST_CASE("workspace: two saves of one version at once, one stored and one told of the conflict", "[server][minutes]") {
  Prepared p;
  LoggedIn ben = p.colleague("ben", "pw-ben-12345");
  for (int round = 0; round < 3; ++round) {
    const std::string version = std::to_string(1 + round);
    std::promise<void> go;
    std::shared_future<void> start = go.get_future().share();
    auto save = [&](const LoggedIn& who, const std::string& text) {
      return std::async(std::launch::async, [&p, &who, text, version, start] {
        start.wait();
        auto r = p.save(who, {{"decisions", text}}, version, true);
        return r ? r->status : 0;
      });
    };
    auto a = save(p.amira, "Amira in round " + std::to_string(round));
    auto b = save(ben, "Ben in round " + std::to_string(round));
    go.set_value();
    int x = a.get(), y = b.get();
    INFO("round " << round << ": " << x << " and " << y);
    CHECK(((x == 200 && y == 409) || (x == 409 && y == 200)));
    std::string winner = x == 200 ? "Amira" : "Ben";
    CHECK(p.stored()["meeting"]["decisions"][0] == winner + " in round " + std::to_string(round));
  }
}

TEST_CASE("workspace: when earlier minutes were sent is recorded, with the timescale findings beside it", "[server][minutes]") {
  Prepared p;
  auto c = p.ws.client();
  auto page = c.Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  REQUIRE(page->status == 200);
  CHECK(page->body.find("When the minutes of meeting 2 (Tuesday 8 December 2026) were sent") != std::string::npos);
  CHECK(page->body.find("id=\"previous-1-minutes_sent\"") != std::string::npos);
  CHECK(page->body.find("value=\"2026-11-16\"") != std::string::npos);
  auto check = [&](const std::string& sent) {
    httplib::Params form = {{"csrf", p.amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "3"}, {"previous.2.minutes_sent", sent}};
    auto r = c.Post("/case/minutes/check", with_session(p.ws, p.amira.session, true), form);
    REQUIRE(r->status == 200);
    return nlohmann::json::parse(r->body)["findings"];
  };
  // Not sent, and due before this meeting.
  CHECK(field_of(check(""), "timescale.minutes_not_sent", "/previous_meetings/1") == "previous-2-minutes_sent");
  // Sent late.
  CHECK(field_of(check("2027-01-04"), "timescale.minutes_late", "/previous_meetings/1/minutes_sent") == "previous-2-minutes_sent");
  // Sent in time: nothing about it.
  auto in_time = check("2026-12-14");
  CHECK(field_of(in_time, "timescale.minutes_not_sent", "/previous_meetings/1") == "(none)");
  CHECK(field_of(in_time, "timescale.minutes_late", "/previous_meetings/1/minutes_sent") == "(none)");
  // Saved into the case as previous_meetings[].minutes_sent.
  REQUIRE(p.save(p.amira, {{"previous.2.minutes_sent", "2026-12-14"}}, "1")->status == 303);
  nlohmann::json now = p.stored();
  CHECK(now["previous_meetings"][1]["minutes_sent"] == "2026-12-14");
  CHECK(now["previous_meetings"][0]["minutes_sent"] == "2026-11-16");
}

TEST_CASE("workspace: one tab's saves arriving out of order never put an older one over a newer", "[server][minutes]") {
  Prepared p;
  auto page = p.ws.client().Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  REQUIRE(page->status == 200);
  const std::string token = hidden_value(page->body, "edit_token");
  REQUIRE(token.size() == 32);
  CHECK(page->body.find("name=\"edit_changes\" value=\"\"") != std::string::npos);
  auto save = [&](const std::string& decision, const std::string& changes, const std::string& version) {
    return p.save(p.amira, {{"decisions", decision}, {"edit_token", token}, {"edit_changes", changes}}, version, true);
  };
  // The tab's save of 7 changes overtakes its save of 5; both were based on version 1.
  auto newer = save("seven changes", "7", "1");
  REQUIRE(newer->status == 200);
  CHECK(nlohmann::json::parse(newer->body)["version"] == 2);
  auto older = save("five changes", "5", "1");
  REQUIRE(older->status == 200);
  CHECK(nlohmann::json::parse(older->body)["version"] == 2);
  CHECK(p.stored()["meeting"]["decisions"][0] == "seven changes");
  // Sent as the tab closed, still naming version 1: it is the same tab going on.
  auto last = save("nine changes", "9", "1");
  REQUIRE(last->status == 200);
  CHECK(nlohmann::json::parse(last->body)["version"] == 3);
  CHECK(p.stored()["meeting"]["decisions"][0] == "nine changes");
  // A new page load has a new token.
  auto again = p.ws.client().Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  CHECK(hidden_value(again->body, "edit_token") != token);
  // Someone else's save in between is still a conflict for the tab.
  LoggedIn ben = p.colleague("ben", "pw-ben-12345");
  REQUIRE(p.save(ben, {{"decisions", "Ben's decision"}}, "3", true)->status == 200);
  CHECK(save("eleven changes", "11", "3")->status == 409);
  CHECK(p.stored()["meeting"]["decisions"][0] == "Ben's decision");
}

TEST_CASE("workspace: findings about no field are in an error summary at the top of the form", "[server][minutes]") {
  Prepared p;
  auto c = p.ws.client();
  const std::string missing = "Dawn Testparent (Mother) is not in the attendance list";
  auto opened = c.Get("/case/minutes?ref=TEST-0001&meeting=3", with_session(p.ws, p.amira.session));
  CHECK(opened->body.find("id=\"form-findings\"") == std::string::npos);  // shown after a save
  // The live check gives them with no field, for minutes.js to list in the same summary.
  httplib::Params form = {{"csrf", p.amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "3"}};
  auto checked = c.Post("/case/minutes/check", with_session(p.ws, p.amira.session, true), form);
  CHECK(field_of(nlohmann::json::parse(checked->body)["findings"], "attendance.member_missing", "/members/1") == "");
  CHECK(opened->body.find("data-other-findings=\"Also needed before the minutes can be approved\"") != std::string::npos);

  REQUIRE(p.save(p.amira, {{"attendance.m1.status", "present"}}, "1")->status == 303);
  auto after = c.Get("/case/minutes?ref=TEST-0001&meeting=3&saved=1", with_session(p.ws, p.amira.session));
  const std::string& html = after->body;
  size_t form_at = html.find("id=\"minutes-form\"");
  size_t summary_at = html.find("<div class=\"govuk-error-summary\" id=\"form-findings\" data-module=\"govuk-error-summary\">"
                                "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">Also needed before the minutes "
                                "can be approved</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list "
                                "govuk-error-summary__list\"><li>");
  REQUIRE(form_at != std::string::npos);
  REQUIRE(summary_at != std::string::npos);
  CHECK(summary_at > form_at);
  CHECK(summary_at < html.find("name=\"item.introductions.notes\""));  // at the top of the form
  size_t summary_end = html.find("</ul>", summary_at);
  CHECK(html.find(missing, summary_at) < summary_end);
  CHECK(html.find("Priya Testworker (Lead Social Worker) is not in the attendance list", summary_at) > summary_end);
  CHECK(html.find("govuk-inset-text") == std::string::npos);  // not listed a second time
}
