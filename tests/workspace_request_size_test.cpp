// How large a body each route takes: a case file to import may be large, a signature picture a
// few MB, every other post is a form of text and is refused with 413 and a page that says what to
// do, before its body is read.
#include <catch2/catch.hpp>

#include "prepared_meeting.h"
#include "server/request_limits.h"

using namespace cg;
using namespace cg::test;

TEST_CASE("workspace request size: each route's limit", "[server][security]") {
  CHECK(server::body_limit("/cases/import") == server::kImportBodyMax);
  CHECK(server::body_limit("/case/sign") == server::kSignatureBodyMax);
  for (const char* path : {"/case/minutes", "/case/plan", "/case/minutes/check", "/login", "/case/approve", "/case/decline"})
    CHECK(server::body_limit(path) == server::kFormBodyMax);
  CHECK(server::kFormBodyMax < server::kSignatureBodyMax);
  CHECK(server::kSignatureBodyMax < server::kImportBodyMax);
}

TEST_CASE("workspace request size: a large body on a form's route is refused with 413 and a page", "[server][security]") {
  Prepared p;
  auto c = p.ws.client();
  const std::string big(server::kFormBodyMax + 1, 'x');
  auto r = c.Post("/case/minutes", with_session(p.ws, p.amira.session), "decisions=" + big, "application/x-www-form-urlencoded");
  REQUIRE(r);
  CHECK(r->status == 413);
  CHECK(r->body.find("What you sent is too large") != std::string::npos);
  CHECK(r->body.find("at most 1 MB") != std::string::npos);
  CHECK(r->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);
  CHECK_FALSE(p.stored()["meeting"].contains("decisions"));
  // Before sign-in too: the login form takes no more than a form.
  auto login = p.ws.client().Post("/login", big, "application/x-www-form-urlencoded");
  REQUIRE(login);
  CHECK(login->status == 413);
  // A body of unknown length on a form's route is refused as well.
  auto chunked = p.ws.client().Post(
      "/case/plan", with_session(p.ws, p.amira.session),
      [](size_t offset, httplib::DataSink& sink) {
        if (offset < 4096) sink.write("a=bbbbbbbb", 10);
        else sink.done();
        return true;
      },
      "application/x-www-form-urlencoded");
  REQUIRE(chunked);
  CHECK(chunked->status == 413);
  // The server goes on serving, and long minutes (far over cpp-httplib's 8 KB for a url-encoded
  // form, so the editor posts multipart) are saved.
  auto ok = p.save(p.amira, {{"decisions", std::string(90'000, 'y')}, {"item.introductions.notes", std::string(90'000, 'z')}}, "1");
  REQUIRE(ok);
  CHECK(ok->status == 303);
  CHECK(p.stored()["meeting"]["decisions"][0].get<std::string>().size() == 90'000);
  CHECK(p.stored()["meeting"]["items"]["introductions"]["notes"].get<std::string>().size() == 90'000);
  // A url-encoded form over those 8 KB gets the 413 page too, not a bare status.
  auto encoded = p.ws.client().Post("/case/minutes", with_session(p.ws, p.amira.session),
                                    httplib::Params{{"csrf", p.amira.csrf}, {"decisions", std::string(9'000, 'e')}});
  REQUIRE(encoded);
  CHECK(encoded->status == 413);
  CHECK(encoded->body.find("What was sent is larger than this page accepts.") != std::string::npos);
}

TEST_CASE("workspace request size: a case file larger than a form is still imported", "[server][security]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
  LoggedIn in = log_in(ws, "amira", "pw-amira-1");
  nlohmann::json j = good_case();
  j["plan"]["x-padding"] = std::string(server::kFormBodyMax + 100, 'p');  // x- fields are kept and ignored
  auto r = import_case(ws, in, j.dump());
  REQUIRE(r);
  CHECK(r->status == 303);
}
