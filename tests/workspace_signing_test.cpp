// Signing the plan at the table over HTTP: the list of members, each member's own reading of the
// plan, a drawn signature kept with the meeting, a refusal with its reason, and everything the
// handlers refuse (bad pictures, stale versions, missing tokens, other people's cases).
#include <catch2/catch.hpp>

#include <sodium.h>

#include "core/png_codec.h"
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

std::string stroke_png(int width = 600, int height = 200) {
  png::Pixels p{width, height, std::string(static_cast<size_t>(width) * height * 3, '\xff')};
  for (int x = 10; x < width - 10; ++x) p.rgb.replace((static_cast<size_t>(height / 2 + x % 17) * width + x) * 3, 3, 3, '\0');
  return png::encode(p);
}

std::string data_url(const std::string& bytes) {
  std::string b64(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.size() - 1);
  return "data:image/png;base64," + b64;
}

struct Table {
  TestWorkspace ws;
  LoggedIn amira;
  Table() {
    ws.add_user("amira", server::Role::SocialWorker, "pw-amira-1");
    amira = log_in(ws, "amira", "pw-amira-1");
    REQUIRE(import_case(ws, amira, good_case().dump())->status == 303);
  }
  httplib::Result get(const std::string& path, const LoggedIn* who = nullptr) {
    return ws.client().Get(path, with_session(ws, (who ? *who : amira).session));
  }
  httplib::Result sign(const std::string& member, const std::string& version, const std::string& signature,
                       const std::string& file = "", const std::string* csrf = nullptr, const LoggedIn* who = nullptr) {
    const LoggedIn& by = who ? *who : amira;
    httplib::MultipartFormDataItems items = {{"ref", "TEST-0001", "", ""}, {"meeting", "2", "", ""}, {"member", member, "", ""},
                                             {"version", version, "", ""}, {"signature", signature, "", ""}};
    items.push_back({"csrf", csrf ? *csrf : by.csrf, "", ""});
    if (!file.empty()) items.push_back({"signature_file", file, "signature.png", "image/png"});
    return ws.client().Post("/case/sign", with_session(ws, by.session), items);
  }
  httplib::Result decline(const std::string& member, const std::string& version, const std::string& reason) {
    return ws.client().Post("/case/decline", with_session(ws, amira.session),
                            httplib::Params{{"csrf", amira.csrf}, {"ref", "TEST-0001"}, {"meeting", "2"}, {"member", member},
                                            {"version", version}, {"reason", reason}});
  }
  store::MeetingDraft stored() {
    std::lock_guard<std::mutex> lock(ws.mutex);
    return store::read_meeting(*ws.store, "TEST-0001", 2);
  }
  nlohmann::json signature_of(const std::string& member) {
    for (const auto& s : nlohmann::json::parse(stored().text).value("signatures", nlohmann::json::array()))
      if (s["member"] == member && s["document"] == "plan") return s;
    return nullptr;
  }
};

bool has(const httplib::Result& r, const std::string& text) { return r && r->body.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("workspace: members sign the plan on the table's tablet, each reading their own copy, or decline with a reason",
          "[server][sign]") {
  Table t;
  auto list = t.get("/case/sign?ref=TEST-0001&meeting=2");
  REQUIRE(list->status == 200);
  for (const char* name : {"Priya Testworker", "Dawn Testparent", "Dr A. Testdoctor", "Sam Testmanager"}) CHECK(has(list, name));
  CHECK(has(list, "Not signed yet"));
  CHECK(has(list, "href=\"/case/sign/member?ref=TEST-0001&amp;meeting=2&amp;member=m2\""));
  CHECK(has(t.get("/case/meeting?ref=TEST-0001&meeting=2"), "href=\"/case/sign?ref=TEST-0001&amp;meeting=2\""));

  // A parent reads the family plan made for her, in large print when she asks; a GP the plan.
  auto dawn = t.get("/case/sign/member?ref=TEST-0001&meeting=2&member=m2");
  REQUIRE(dawn->status == 200);
  CHECK(has(dawn, "Copy for Dawn Testparent"));
  CHECK(has(dawn, "your family plan"));
  CHECK(has(dawn, "<canvas id=\"signature-pad\""));
  CHECK(has(dawn, "src=\"/assets/sign.js\""));
  CHECK(has(dawn, "name=\"signature_file\""));
  CHECK_FALSE(has(dawn, "cg-reading--large"));
  auto large = t.get("/case/sign/member?ref=TEST-0001&meeting=2&member=m2&large=1");
  CHECK(has(large, "cg-reading cg-reading--large"));
  CHECK(has(large, "Show the plan in standard print"));
  auto gp = t.get("/case/sign/member?ref=TEST-0001&meeting=2&member=m3");
  REQUIRE(gp->status == 200);
  CHECK_FALSE(has(gp, "Copy for"));
  CHECK(has(gp, "This is the plan the meeting agreed"));

  // Dawn signs with her finger: the drawing is kept with the meeting, dated by the clock.
  auto signed_ = t.sign("m2", "1", data_url(stroke_png()));
  REQUIRE(signed_->status == 303);
  CHECK(signed_->get_header_value("Location") == "/case/sign?ref=TEST-0001&meeting=2&signed=m2");
  CHECK(t.signature_of("m2") == nlohmann::json({{"member", "m2"}, {"document", "plan"}, {"status", "signed"},
                                                 {"date", "2026-11-18"}, {"image", "signatures/plan-m2.png"}}));
  std::map<std::string, std::string> images;
  {
    std::lock_guard<std::mutex> lock(t.ws.mutex);
    images = store::meeting_images(*t.ws.store, "TEST-0001", 2);
  }
  REQUIRE(images.count("signatures/plan-m2.png"));
  std::string error;
  CHECK(png::decode(images["signatures/plan-m2.png"], error));
  auto after = t.get(signed_->get_header_value("Location"));
  CHECK(has(after, "Dawn Testparent signed the plan."));
  CHECK(has(after, "Signed on Wednesday 18 November 2026"));
  CHECK(has(after, "<img src=\"/case/signature?ref=TEST-0001&amp;meeting=2&amp;member=m2\""));
  auto picture = t.get("/case/signature?ref=TEST-0001&meeting=2&member=m2");
  REQUIRE(picture->status == 200);
  CHECK(picture->get_header_value("Content-Type") == "image/png");
  CHECK(picture->body == images["signatures/plan-m2.png"]);
  CHECK(t.get("/case/signature?ref=TEST-0001&meeting=2&member=m3")->status == 404);

  // The GP signs with a picture (no JavaScript); the doctor's image and Dawn's are both kept.
  REQUIRE(t.sign("m3", "2", "", stroke_png(300, 120))->status == 303);
  // The manager declines, saying why.
  REQUIRE(t.decline("m4", "3", "Wants the contact arrangements written down first")->status == 303);
  CHECK(t.signature_of("m4")["status"] == "declined");
  CHECK(t.signature_of("m4")["reason"] == "Wants the contact arrangements written down first");
  {
    std::lock_guard<std::mutex> lock(t.ws.mutex);
    images = store::meeting_images(*t.ws.store, "TEST-0001", 2);
    CHECK(images.size() == 2);
    // Audited with the user, and nothing of the case's content in the log.
    auto audit = store::read_audit(t.ws.store->db());
    int signs = 0, declines = 0;
    for (const auto& e : audit) {
      if (e.action == "sign" && e.actor == "amira") ++signs;
      if (e.action == "decline" && e.actor == "amira") ++declines;
      CHECK(e.subject.find("contact arrangements") == std::string::npos);
      CHECK(e.subject.find("Testparent") == std::string::npos);
    }
    CHECK(signs == 2);
    CHECK(declines == 1);
  }
  // A minutes save keeps the images the meeting holds.
  nlohmann::json edited = nlohmann::json::parse(t.stored().text);
  edited["meeting"]["decisions"] = {"The plan continues, reviewed in six weeks"};
  store::DraftSave saved;
  {
    std::lock_guard<std::mutex> lock(t.ws.mutex);
    saved = store::save_meeting_draft(*t.ws.store, *t.ws.shared, t.ws.fs, "TEST-0001", 2, 4, edited.dump(2), "amira");
    CHECK(store::meeting_images(*t.ws.store, "TEST-0001", 2).size() == 2);
  }
  CHECK(saved.result == store::DraftSaveResult::Saved);
  CHECK(saved.version == 5);

  // The draft plan is made with the signatures in it.
  auto pdf = t.get("/case/document?ref=TEST-0001&meeting=2&document=plan&format=pdf");
  REQUIRE(pdf->status == 200);
  TempDir dir;
  std::string text;
  for (char ch : run_tool("pdftotext " + quote(dir.write("plan.pdf", pdf->body)) + " -").out)
    if (!std::isspace(static_cast<unsigned char>(ch)) || (!text.empty() && text.back() != ' ')) text += std::isspace(static_cast<unsigned char>(ch)) ? ' ' : ch;
  INFO(text);
  CHECK(text.find("Declined to sign: Wants the contact arrangements written down first") != std::string::npos);
  CHECK(text.find("Signed on 18 November 2026") != std::string::npos);
}

TEST_CASE("workspace: signing refuses bad pictures, stale versions, missing tokens, unknown members and other people's cases",
          "[server][sign][security]") {
  Table t;
  // No signature, a bad data URL, a damaged, oversized or blank picture: the page says so.
  auto none = t.sign("m2", "1", "");
  CHECK(none->status == 422);
  CHECK(has(none, "Sign in the box, or choose a picture of the signature"));
  CHECK(has(none, "href=\"#signature\""));
  auto text = t.sign("m2", "1", "data:text/html;base64,PHNjcmlwdD4=");
  CHECK(text->status == 422);
  CHECK(has(text, "The signature could not be read"));
  CHECK(t.sign("m2", "1", "data:image/png;base64,!!!")->status == 422);
  std::string damaged = stroke_png();
  damaged.resize(damaged.size() - 40);
  CHECK(t.sign("m2", "1", data_url(damaged))->status == 422);
  CHECK(t.sign("m2", "1", "", "GIF89a not a png")->status == 422);
  CHECK(t.sign("m2", "1", data_url(stroke_png(2100, 2000)))->status == 422);  // 4.2 megapixels
  auto heavy = t.sign("m2", "1", "", std::string(3u << 20, 'x'));
  CHECK(heavy->status == 413);
  CHECK(has(heavy, "smaller than 2 MB"));
  png::Pixels white{100, 50, std::string(100 * 50 * 3, '\xff')};
  CHECK(has(t.sign("m2", "1", data_url(png::encode(white))), "The signature is empty"));
  auto no_reason = t.decline("m2", "1", "   ");
  CHECK(no_reason->status == 422);
  CHECK(has(no_reason, "Enter why Dawn Testparent will not sign the plan"));
  CHECK(t.stored().version == 1);

  // Without the session's CSRF token nothing is signed.
  std::string wrong = "not-the-token";
  CHECK(t.sign("m2", "1", data_url(stroke_png()), "", &wrong)->status == 403);
  CHECK(t.ws.client().Post("/case/decline", with_session(t.ws, t.amira.session),
                           httplib::Params{{"ref", "TEST-0001"}, {"meeting", "2"}, {"member", "m2"}, {"version", "1"},
                                           {"reason", "x"}})->status == 403);
  CHECK(t.ws.client().Get("/case/sign?ref=TEST-0001&meeting=2")->status == 303);  // to the login page

  // Unknown members, meetings and versions.
  CHECK(t.get("/case/sign/member?ref=TEST-0001&meeting=2&member=m9")->status == 404);
  CHECK(t.get("/case/sign/member?ref=TEST-0001&meeting=2")->status == 404);
  CHECK(t.sign("m9", "1", data_url(stroke_png()))->status == 404);
  CHECK(t.get("/case/sign?ref=TEST-0001&meeting=7")->status == 404);
  CHECK(t.sign("m2", "x", data_url(stroke_png()))->status == 400);

  // A case someone may not open answers as one that does not exist, and shows nothing of the request.
  t.ws.add_user("olu", server::Role::SocialWorker, "pw-olu-12345");
  LoggedIn olu = log_in(t.ws, "olu", "pw-olu-12345");
  auto other = t.get("/case/sign?ref=TEST-0001&meeting=2", &olu);
  CHECK(other->status == 404);
  CHECK_FALSE(has(other, "TEST-0001"));
  CHECK(t.get("/case/sign/member?ref=TEST-0001&meeting=2&member=m2", &olu)->status == 404);
  CHECK(t.sign("m2", "1", data_url(stroke_png()), "", nullptr, &olu)->status == 404);
  CHECK(t.get("/case/signature?ref=TEST-0001&meeting=2&member=m2", &olu)->status == 404);

  // A signature on a page read before someone else's save is refused, and says so.
  REQUIRE(t.sign("m3", "1", data_url(stroke_png()))->status == 303);
  auto stale = t.sign("m2", "1", data_url(stroke_png()));
  CHECK(stale->status == 409);
  CHECK(has(stale, "Someone else changed this meeting first"));
  CHECK(has(stale, "amira saved the meeting at"));
  CHECK(t.signature_of("m2").is_null());
  CHECK(t.decline("m2", "1", "Later")->status == 409);
  CHECK(t.stored().version == 2);

  // An approved record is signed no more.
  nlohmann::json approved = nlohmann::json::parse(t.stored().text);
  approved["record"] = {{"status", "approved"}, {"approved_by", "m4"}, {"approved_on", "2026-12-10"}};
  for (const char* m : {"m1", "m2", "m4"})
    approved["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", "declined"}, {"reason", "No"}, {"date", "2026-12-08"}});
  {
    std::lock_guard<std::mutex> lock(t.ws.mutex);
    REQUIRE(store::save_meeting_draft(*t.ws.store, *t.ws.shared, t.ws.fs, "TEST-0001", 2, 2, approved.dump(2), "amira").result ==
            store::DraftSaveResult::Saved);
  }
  CHECK(t.get("/case/sign?ref=TEST-0001&meeting=2")->status == 409);
  CHECK(t.sign("m2", "3", data_url(stroke_png()))->status == 409);
}
