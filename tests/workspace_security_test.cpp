// The workspace's security promises, over real HTTP on the loopback interface.
#include <catch2/catch.hpp>

#include "workspace_server.h"
#include "store/audit.h"

using namespace cg;
using namespace cg::test;

namespace {
httplib::Headers with_session(const TestWorkspace& ws, const std::string& id) {
  return {{"Cookie", ws.workspace->session_cookie_name() + "=" + id}};
}
}  // namespace

TEST_CASE("workspace: every response carries the security headers", "[server][security]") {
  TestWorkspace ws;
  auto c = ws.client();
  for (const char* path : {"/login", "/", "/no/such/page", "/assets/coregroup.css"}) {
    auto r = c.Get(path);
    REQUIRE(r);
    INFO(path);
    std::string csp = r->get_header_value("Content-Security-Policy");
    CHECK(csp.find("script-src 'self'") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(r->get_header_value("Referrer-Policy") == "no-referrer");
  }
}

TEST_CASE("workspace: pages have no inline script", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  REQUIRE(!in.session.empty());
  auto c = ws.client();
  for (const char* path : {"/login", "/"}) {
    auto r = c.Get(path, with_session(ws, in.session));
    REQUIRE(r);
    size_t at = 0;
    while ((at = r->body.find("<script", at)) != std::string::npos) {
      size_t end = r->body.find("</script>", at);
      std::string tag = r->body.substr(at, end - at);
      CHECK(tag.find(" src=\"/assets/") != std::string::npos);
      CHECK(r->body.substr(r->body.find('>', at) + 1, 9) == "</script>");
      at = end;
    }
    CHECK(r->body.find(" onclick=") == std::string::npos);
  }
}

TEST_CASE("workspace: routes but login refuse without a session", "[server][security]") {
  TestWorkspace ws;
  auto c = ws.client();
  auto home = c.Get("/");
  REQUIRE(home);
  CHECK(home->status == 303);
  CHECK(home->get_header_value("Location") == "/login");
  auto forged = c.Get("/", with_session(ws, std::string(64, 'a')));
  CHECK(forged->status == 303);
  auto out = c.Post("/logout", httplib::Params{{"csrf", "x"}});
  CHECK(out->status == 403);
  auto login = c.Get("/login");
  CHECK(login->status == 200);
  CHECK(login->body.find("name=\"username\"") != std::string::npos);
  CHECK(login->body.find("name=\"password\"") != std::string::npos);
  CHECK(c.Get("/assets/govuk-frontend.min.css")->status == 200);
}

TEST_CASE("workspace: only the known asset files are served", "[server][security]") {
  TestWorkspace ws;
  auto c = ws.client();
  auto css = c.Get("/assets/govuk-frontend.min.css");
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  CHECK(c.Get("/assets/coregroup.js")->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(c.Get("/assets/package.json")->status == 404);
  CHECK(c.Get("/assets/..%2F..%2FCMakeLists.txt")->status == 404);
  CHECK(c.Get("/assets/../CMakeLists.txt")->status != 200);
  CHECK(c.Get("/web/package.json")->status == 404);
}

TEST_CASE("workspace: login rotates the session id, so a planted id is worthless", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  std::string planted(64, 'b');
  LoggedIn in = log_in(ws, "amira", "pw-amira-1", planted);
  REQUIRE(in.status == 303);
  CHECK(in.session != planted);
  CHECK(in.session.size() == 64);
  auto c = ws.client();
  CHECK(c.Get("/", with_session(ws, planted))->status == 303);
  CHECK(c.Get("/", with_session(ws, in.session))->status == 200);
  // Logging in again from the same browser ends the session it had.
  auto form = c.Get("/login");
  std::string cookies = "cg_login=" + set_cookie_value(form, "cg_login") + "; cg_session=" + in.session;
  auto again = c.Post("/login", httplib::Headers{{"Cookie", cookies}},
                      httplib::Params{{"username", "amira"}, {"password", "pw-amira-1"},
                                      {"login_token", hidden_value(form->body, "login_token")}});
  REQUIRE(again->status == 303);
  std::string second = set_cookie_value(again, "cg_session");
  CHECK(second != in.session);
  CHECK(c.Get("/", with_session(ws, in.session))->status == 303);
  CHECK(c.Get("/", with_session(ws, second))->status == 200);
}

TEST_CASE("workspace: the session cookie is HttpOnly, SameSite=Strict and expires", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  auto c = ws.client();
  auto form = c.Get("/login");
  auto r = c.Post("/login", httplib::Headers{{"Cookie", "cg_login=" + set_cookie_value(form, "cg_login")}},
                  httplib::Params{{"username", "amira"}, {"password", "pw-amira-1"},
                                  {"login_token", hidden_value(form->body, "login_token")}});
  std::string header = set_cookie_header(r, "cg_session");
  CHECK(header.find("HttpOnly") != std::string::npos);
  CHECK(header.find("SameSite=Strict") != std::string::npos);
  CHECK(header.find("Max-Age=36000") != std::string::npos);
  CHECK(header.find("Secure") == std::string::npos);  // plain HTTP on loopback

  std::string id = set_cookie_value(r, "cg_session");
  ws.clock.t += 29 * 60;
  CHECK(c.Get("/", with_session(ws, id))->status == 200);
  ws.clock.t += 30 * 60;  // idle for 30 minutes
  CHECK(c.Get("/", with_session(ws, id))->status == 303);
}

TEST_CASE("workspace: under TLS the session cookie is Secure and __Host-", "[server][security]") {
  server::WorkspaceOptions o;
  o.tls = true;
  TestWorkspace ws(o);
  CHECK(ws.workspace->session_cookie_name() == "__Host-cg_session");
  auto r = ws.client().Get("/login");
  CHECK(set_cookie_header(r, "cg_login").find("; Secure") != std::string::npos);
  CHECK(r->get_header_value("Strict-Transport-Security") == "max-age=31536000");
}

TEST_CASE("workspace: a POST without the session's CSRF token is refused", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  REQUIRE(in.csrf.size() == 64);
  auto c = ws.client();
  CHECK(c.Post("/logout", with_session(ws, in.session), httplib::Params{})->status == 403);
  CHECK(c.Post("/logout", with_session(ws, in.session), httplib::Params{{"csrf", std::string(64, '0')}})->status == 403);
  CHECK(c.Get("/", with_session(ws, in.session))->status == 200);  // still signed in
  auto out = c.Post("/logout", with_session(ws, in.session), httplib::Params{{"csrf", in.csrf}});
  CHECK(out->status == 303);
  CHECK(c.Get("/", with_session(ws, in.session))->status == 303);
}

TEST_CASE("workspace: the login form needs its own token (no login CSRF)", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  auto r = ws.client().Post("/login", httplib::Params{{"username", "amira"}, {"password", "pw-amira-1"}});
  CHECK(r->status == 403);
  CHECK(set_cookie_value(r, "cg_session").empty());
}

TEST_CASE("workspace: wrong passwords are throttled with 429", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  ws.add_user("disabled", server::Role::SocialWorker, "pw-dis-1", true);
  CHECK(log_in(ws, "disabled", "pw-dis-1").status == 401);
  CHECK(log_in(ws, "nobody", "pw").status == 401);
  for (int i = 0; i < 2; ++i) CHECK(log_in(ws, "amira", "wrong").status == 401);
  // The fifth failure from this address; the next attempt, even with the right password, waits.
  CHECK(log_in(ws, "amira", "wrong").status == 401);
  auto c = ws.client();
  auto form = c.Get("/login");
  auto r = c.Post("/login", httplib::Headers{{"Cookie", "cg_login=" + set_cookie_value(form, "cg_login")}},
                  httplib::Params{{"username", "amira"}, {"password", "pw-amira-1"},
                                  {"login_token", hidden_value(form->body, "login_token")}});
  CHECK(r->status == 429);
  CHECK(r->get_header_value("Retry-After") != "");
  ws.clock.t += 15 * 60;
  CHECK(log_in(ws, "amira", "pw-amira-1").status == 303);
  // The audit log has each sign-in and each failure of a known user, never a name nobody has (it
  // may be a password typed into the wrong box).
  std::vector<std::string> events;
  {
    std::lock_guard<std::mutex> lock(ws.mutex);
    for (const auto& e : store::read_audit(ws.store->db()))
      if (e.action.rfind("session.", 0) == 0) events.push_back(e.actor + " " + e.action);
  }
  CHECK(events == std::vector<std::string>{"disabled session.sign_in_failed", "amira session.sign_in_failed",
                                           "amira session.sign_in_failed", "amira session.sign_in_failed",
                                           "amira session.sign_in"});
}

TEST_CASE("workspace: error pages show no paths or internals", "[server][security]") {
  TestWorkspace ws;
  auto r = ws.client().Get("/no/such/<script>alert(1)</script>");
  CHECK(r->status == 404);
  CHECK(r->body.find("Page not found") != std::string::npos);
  CHECK(r->body.find("<script>alert") == std::string::npos);
  CHECK(r->body.find("no/such") == std::string::npos);
}

TEST_CASE("workspace: a typed username is shown back as text", "[server][security]") {
  TestWorkspace ws;
  auto c = ws.client();
  auto form = c.Get("/login");
  auto r = c.Post("/login", httplib::Headers{{"Cookie", "cg_login=" + set_cookie_value(form, "cg_login")}},
                  httplib::Params{{"username", "\"><script>alert(1)</script>"}, {"password", "x"},
                                  {"login_token", hidden_value(form->body, "login_token")}});
  CHECK(r->status == 401);
  CHECK(r->body.find("<script>alert(1)") == std::string::npos);
  CHECK(r->body.find("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"") != std::string::npos);
}
