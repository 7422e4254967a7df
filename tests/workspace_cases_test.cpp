// The workspace's case pages over HTTP: import, the dashboard, a case page, export, and who may
// see which case.
#include <catch2/catch.hpp>

#include "run_tool.h"
#include "test_support.h"
#include "web/html.h"
#include "workspace_server.h"

using namespace cg;
using namespace cg::test;

namespace {

httplib::Headers with_session(const TestWorkspace& ws, const std::string& id) {
  return {{"Cookie", ws.workspace->session_cookie_name() + "=" + id}};
}

}  // namespace

TEST_CASE("workspace: an imported case is on the importer's dashboard and page", "[server][cases]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  auto r = import_case(ws, in, good_case().dump());
  REQUIRE(r);
  CHECK(r->status == 303);
  CHECK(r->get_header_value("Location") == "/case?ref=TEST-0001");
  auto c = ws.client();
  auto home = c.Get("/", with_session(ws, in.session));
  CHECK(home->body.find("href=\"/case?ref=TEST-0001\"") != std::string::npos);
  CHECK(home->body.find("2026-12-08 (draft)") != std::string::npos);
  auto page = c.Get("/case?ref=TEST-0001", with_session(ws, in.session));
  CHECK(page->status == 200);
  CHECK(page->body.find("<h1 class=\"govuk-heading-l\">TEST-0001</h1>") != std::string::npos);
  auto json = c.Get("/case/export?ref=TEST-0001&meeting=2", with_session(ws, in.session));
  REQUIRE(json->status == 200);
  CHECK(nlohmann::json::parse(json->body)["case_reference"] == "TEST-0001");
  CHECK(json->get_header_value("Content-Disposition") == "attachment; filename=\"case-meeting-2.json\"");
}

TEST_CASE("workspace: another user's case answers as a case that does not exist", "[server][cases][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  ws.add_user("ben", server::Role::SocialWorker, "pw-ben-12345");
  ws.add_user("root", server::Role::Admin, "pw-root-12345");
  LoggedIn amira = log_in(ws, "amira", "pw-amira-1");
  REQUIRE(import_case(ws, amira, good_case().dump())->status == 303);
  LoggedIn ben = log_in(ws, "ben", "pw-ben-12345");
  auto c = ws.client();
  auto theirs = c.Get("/case?ref=TEST-0001", with_session(ws, ben.session));
  auto missing = c.Get("/case?ref=TEST-9999", with_session(ws, ben.session));
  CHECK(theirs->status == 404);
  CHECK(missing->status == 404);
  CHECK(theirs->body == missing->body);
  CHECK(c.Get("/case/export?ref=TEST-0001", with_session(ws, ben.session))->status == 404);
  CHECK(c.Get("/", with_session(ws, ben.session))->body.find("TEST-0001") == std::string::npos);
  // An admin sees every case.
  LoggedIn root = log_in(ws, "root", "pw-root-12345");
  CHECK(c.Get("/case?ref=TEST-0001", with_session(ws, root.session))->status == 200);
  // Access granted, ben sees it.
  std::string error;
  CHECK(server::grant_case(*ws.store, "ben", "TEST-0001", "root", error));
  CHECK(c.Get("/case?ref=TEST-0001", with_session(ws, ben.session))->status == 200);
}

TEST_CASE("workspace: script in case fields is shown as text", "[server][cases][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  nlohmann::json j = good_case();
  j["case_reference"] = "<script>alert(1)</script>\"'";
  auto r = import_case(ws, in, j.dump());
  REQUIRE(r->status == 303);
  // (cpp-httplib's client decodes the Location header it reads.)
  CHECK(r->get_header_value("Location") == "/case?ref=" + j["case_reference"].get<std::string>());
  std::string path = "/case?ref=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22%27";
  auto c = ws.client();
  auto home = c.Get("/", with_session(ws, in.session));
  CHECK(home->body.find("<script>alert") == std::string::npos);
  CHECK(home->body.find("&lt;script&gt;alert(1)&lt;/script&gt;\"'") != std::string::npos);
  CHECK(home->body.find("href=\"" + path + "\"") != std::string::npos);
  auto page = c.Get(path.c_str(), with_session(ws, in.session));
  CHECK(page->status == 200);
  CHECK(page->body.find("<script>alert") == std::string::npos);
}

TEST_CASE("workspace: a refused import shows the findings and stores nothing", "[server][cases]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  auto r = import_case(ws, in, "{\"format\": \"coregroup/1\"");
  CHECK(r->status == 422);
  CHECK(r->body.find("There is a problem") != std::string::npos);
  auto none = import_case(ws, in, "");
  CHECK(none->status == 400);
  CHECK(none->body.find("Choose a case file to import") != std::string::npos);
  CHECK(ws.client().Get("/", with_session(ws, in.session))->body.find("No cases are open to you yet") != std::string::npos);
  // Without the CSRF token nothing is imported.
  httplib::MultipartFormDataItems items = {{"case", good_case().dump(), "case.json", "application/json"}};
  CHECK(ws.client().Post("/cases/import", with_session(ws, in.session), items)->status == 403);
}

namespace {

// amira imports good_case and is signed in; ben is a user who may not open it.
LoggedIn amira_with_case_ben_without(TestWorkspace& ws) {
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  ws.add_user("ben", server::Role::SocialWorker, "pw-ben-12345");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  REQUIRE(import_case(ws, in, good_case().dump())->status == 303);
  return in;
}

}  // namespace

TEST_CASE("workspace: a meeting's documents download as the command line renders them", "[server][cases]") {
  TestWorkspace ws;
  LoggedIn in = amira_with_case_ben_without(ws);
  auto c = ws.client();
  auto page = c.Get("/case?ref=TEST-0001", with_session(ws, in.session));
  const std::string plan_pdf = "/case/document?ref=TEST-0001&meeting=2&document=plan&format=pdf";
  CHECK(page->body.find("href=\"" + web::escape_attr(plan_pdf) + "\"") != std::string::npos);
  CHECK(page->body.find("Family plan for ") != std::string::npos);

  auto pdf = c.Get(plan_pdf, with_session(ws, in.session));
  REQUIRE(pdf->status == 200);
  CHECK(pdf->get_header_value("Content-Type") == "application/pdf");
  CHECK(pdf->get_header_value("Content-Disposition") == "attachment; filename=\"TEST-0001-plan.pdf\"");
  CHECK(pdf->body.rfind("%PDF-", 0) == 0);
  TempDir dir;
  std::string saved = dir.write("plan.pdf", pdf->body);
  std::string text = run_tool("pdftotext -enc UTF-8 " + quote(saved) + " -").out;
  CHECK(text.find("DRAFT") != std::string::npos);  // the case is a draft
  CHECK(text.find(good_case()["case_reference"].get<std::string>()) != std::string::npos);

  const std::string member = good_case()["members"][0]["id"];
  auto copy = c.Get("/case/document?ref=TEST-0001&meeting=2&document=plan&format=docx&audience=family&for=" + member,
                    with_session(ws, in.session));
  REQUIRE(copy->status == 200);
  CHECK(copy->get_header_value("Content-Disposition") ==
        "attachment; filename=\"TEST-0001-plan-family-" + member + ".docx\"");
  CHECK(copy->body.rfind("PK", 0) == 0);

  // Nonsense asks and other people's cases answer as nothing there.
  for (const std::string& bad : {std::string("document=nonsense&format=pdf"), std::string("document=plan&format=exe"),
                                std::string("document=plan&format=pdf&audience=press"),
                                "document=plan&format=pdf&for=" + member})
    CHECK(c.Get("/case/document?ref=TEST-0001&meeting=2&" + bad, with_session(ws, in.session))->status == 404);
  CHECK(c.Get("/case/document?ref=TEST-0001&meeting=9&document=plan&format=pdf", with_session(ws, in.session))->status ==
        404);
  LoggedIn ben = log_in(ws, "ben", "pw-ben-12345");
  CHECK(c.Get(plan_pdf, with_session(ws, ben.session))->status == 404);
  CHECK(c.Get(plan_pdf)->status == 303);  // no session: to the login page
}

TEST_CASE("workspace: a case's dates download as a calendar file", "[server][cases]") {
  TestWorkspace ws;
  LoggedIn in = amira_with_case_ben_without(ws);
  auto c = ws.client();
  const std::string href = "/case/schedule.ics?ref=TEST-0001";
  CHECK(c.Get("/case?ref=TEST-0001", with_session(ws, in.session))->body.find("href=\"" + web::escape_attr(href) + "\"") !=
        std::string::npos);
  auto ics = c.Get(href, with_session(ws, in.session));
  REQUIRE(ics->status == 200);
  CHECK(ics->get_header_value("Content-Type") == "text/calendar; charset=utf-8");
  CHECK(ics->get_header_value("Content-Disposition") == "attachment; filename=\"TEST-0001-schedule.ics\"");
  // The same file `coregroup schedule --ics` writes for the case, but for its time stamp.
  TempDir dir;
  const std::string path = dir.write("case.json", good_case().dump());
  const std::string cli_ics = dir.file("cli.ics");
  REQUIRE(run_tool(quote(test::binary()) + " schedule " + quote(path) + " --ics " + quote(cli_ics)).status == 0);
  auto without_stamp = [](std::string text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(pos, end - pos);
      if (line.rfind("DTSTAMP", 0) != 0) out += line + "\n";
      pos = end + 1;
    }
    return out;
  };
  CHECK(ics->body.find("BEGIN:VCALENDAR") == 0);
  CHECK(without_stamp(ics->body) == without_stamp(test::file_bytes(cli_ics)));
  LoggedIn ben = log_in(ws, "ben", "pw-ben-12345");
  CHECK(c.Get(href, with_session(ws, ben.session))->status == 404);
  CHECK(c.Get("/case/schedule.ics?ref=NOPE", with_session(ws, in.session))->status == 404);
  CHECK(c.Get(href)->status == 303);
}
