// A manager approves a meeting's record in the workspace: refused with the findings while the
// rules are broken, then stored as the approved record, which no save changes, which downloads,
// and which `coregroup verify` proves.
#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "run_tool.h"
#include "store/audit.h"
#include "store/meeting_draft.h"
#include "test_support.h"
#include "workspace_server.h"

using namespace cg;
using namespace cg::test;

namespace {

httplib::Headers with_session(const TestWorkspace& ws, const std::string& id) {
  return {{"Cookie", ws.workspace->session_cookie_name() + "=" + id}};
}

// Swindon approves a plan once each member has signed or declined it.
nlohmann::json signed_draft(const char* status = "declined") {
  nlohmann::json j = good_case();
  for (const char* m : {"m1", "m2", "m3", "m4"}) {
    j["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", status}});
    if (std::string(status) == "declined") {
      j["signatures"].back()["reason"] = "Wants to read it at home first";
      j["signatures"].back()["date"] = "2026-12-08";
    }
  }
  return j;
}

struct Approval {
  TestWorkspace ws;
  LoggedIn sam;
  explicit Approval(const nlohmann::json& draft) {
    ws.add_user("sam", server::Role::Manager, "pw-sam-123456");
    sam = log_in(ws, "sam", "pw-sam-123456");
    REQUIRE(import_case(ws, sam, draft.dump())->status == 303);
  }
  httplib::Result approve(const std::string& by, const std::string& on, const std::string& version = "1") {
    return ws.client().Post("/case/approve", with_session(ws, sam.session),
                            httplib::Params{{"csrf", sam.csrf}, {"ref", "TEST-0001"}, {"meeting", "2"}, {"version", version},
                                            {"approved_by", by}, {"approved_on", on}});
  }
  store::MeetingDraft stored() {
    std::lock_guard<std::mutex> lock(ws.mutex);
    return store::read_meeting(*ws.store, "TEST-0001", 2);
  }
};

}  // namespace

TEST_CASE("workspace: a manager approves a record that keeps the rules, and it is then immutable", "[server][approve]") {
  Approval a(signed_draft());
  auto c = a.ws.client();
  auto form = c.Get("/case/approve?ref=TEST-0001&meeting=2", with_session(a.ws, a.sam.session));
  REQUIRE(form->status == 200);
  CHECK(form->body.find("<option value=\"m4\" selected=\"\">") != std::string::npos);  // the chair
  CHECK(a.approve("", "2026-12-10")->status == 422);
  auto done = a.approve("m4", "2026-12-10");
  REQUIRE(done->status == 303);
  CHECK(done->get_header_value("Location") == "/case/meeting?ref=TEST-0001&meeting=2&approved=1");
  CHECK(a.stored().status == "approved");
  auto page = c.Get(done->get_header_value("Location"), with_session(a.ws, a.sam.session));
  CHECK(page->body.find("The record of meeting 2 is approved") != std::string::npos);
  {
    std::lock_guard<std::mutex> lock(a.ws.mutex);
    auto audit = store::read_audit(a.ws.store->db());
    CHECK(std::any_of(audit.begin(), audit.end(), [](const store::AuditEntry& e) { return e.action == "approve" && e.actor == "sam"; }));
  }

  // It downloads, and verify proves the PDF against the exported case.
  auto pdf = c.Get("/case/document?ref=TEST-0001&meeting=2&document=minutes&format=pdf", with_session(a.ws, a.sam.session));
  REQUIRE(pdf->status == 200);
  auto json = c.Get("/case/export?ref=TEST-0001&meeting=2", with_session(a.ws, a.sam.session));
  REQUIRE(json->status == 200);
  TempDir dir;
  std::string pdf_path = dir.write("minutes.pdf", pdf->body), case_path = dir.write("case.json", json->body);
  auto verified = run_cli({"verify", pdf_path, case_path});
  INFO(verified.err);
  CHECK(verified.code == 0);
  CHECK(run_tool("pdftotext " + quote(pdf_path) + " -").out.find("DRAFT") == std::string::npos);

  // Nothing changes it now: not the editor, not approving again.
  auto locked = c.Get("/case/minutes?ref=TEST-0001&meeting=2", with_session(a.ws, a.sam.session));
  CHECK(locked->status == 409);
  CHECK(locked->body.find("An approved record cannot be changed.") != std::string::npos);
  httplib::Params edit = {{"csrf", a.sam.csrf}, {"ref", "TEST-0001"}, {"meeting", "2"}, {"version", "2"}, {"decisions", "Changed"}};
  CHECK(c.Post("/case/minutes", with_session(a.ws, a.sam.session), edit)->status == 409);
  CHECK(a.approve("m1", "2026-12-11", "2")->status == 409);
  CHECK(nlohmann::json::parse(a.stored().text)["record"]["approved_by"] == "m4");
}

TEST_CASE("workspace: approval is refused with the findings while the rules are broken, and only for managers",
          "[server][approve][security]") {
  nlohmann::json broken = signed_draft();
  broken["plan"]["outcomes"][0]["actions"][0].erase("how_measured");
  Approval a(broken);
  auto c = a.ws.client();
  auto refused = c.Get("/case/approve?ref=TEST-0001&meeting=2", with_session(a.ws, a.sam.session));
  CHECK(refused->status == 422);
  CHECK(refused->body.find("href=\"/case/minutes?ref=TEST-0001&amp;meeting=2#action-o1-a1-how_measured\"") != std::string::npos);
  CHECK(a.approve("m4", "2026-12-10")->status == 422);
  CHECK(a.stored().status == "draft");
  // Signatures still pending are a reason too (Swindon).
  Approval pending(signed_draft("pending"));
  auto waiting = pending.ws.client().Get("/case/approve?ref=TEST-0001&meeting=2", with_session(pending.ws, pending.sam.session));
  CHECK(waiting->status == 422);
  CHECK(waiting->body.find("has not yet signed the plan") != std::string::npos);

  a.ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  {
    std::string error;
    std::lock_guard<std::mutex> lock(a.ws.mutex);
    REQUIRE(server::grant_case(*a.ws.store, "amira", "TEST-0001", "sam", error));
  }
  LoggedIn amira = log_in(a.ws, "amira", "pw-amira-1");
  CHECK(c.Get("/case/approve?ref=TEST-0001&meeting=2", with_session(a.ws, amira.session))->status == 403);
  auto r = c.Post("/case/approve", with_session(a.ws, amira.session),
                  httplib::Params{{"csrf", amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "2"}, {"version", "1"},
                                  {"approved_by", "m4"}, {"approved_on", "2026-12-10"}});
  CHECK(r->status == 403);
}
