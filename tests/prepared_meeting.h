#pragma once
// A workspace with the good case imported as the approved record of meeting 2 and meeting 3
// prepared from it, for the tests of the editors of a draft meeting (minutes, plan).
#include <map>
#include <mutex>
#include <string>

#include <catch2/catch.hpp>

#include "store/meeting_draft.h"
#include "test_support.h"
#include "workspace_server.h"

namespace cg::test {

inline httplib::Headers with_session(const TestWorkspace& ws, const std::string& id, bool json = false) {
  httplib::Headers h = {{"Cookie", ws.workspace->session_cookie_name() + "=" + id}};
  if (json) h.emplace("Accept", "application/json");
  return h;
}

// The good case as the approved record of meeting 2.
inline std::string approved_case() {
  nlohmann::json j = good_case();
  for (const char* m : {"m1", "m2", "m3", "m4"}) j["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", "pending"}});
  j["record"] = {{"status", "approved"}, {"approved_by", "m4"}, {"approved_on", "2026-12-10"}};
  return j.dump();
}

// The field id a finding of `rule` about `pointer` is placed beside in a live check's answer;
// "(none)" when there is no such finding.
inline std::string field_of(const nlohmann::json& findings, const std::string& rule, const std::string& pointer) {
  for (const auto& f : findings)
    if (f["rule"] == rule && f["pointer"] == pointer) return f["field"].get<std::string>();
  return "(none)";
}

// How many times each id="..." is used in a page.
inline std::map<std::string, int> ids_used(const std::string& html) {
  std::map<std::string, int> ids;
  for (size_t at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1)) {
    size_t start = at + 5;
    ids[html.substr(start, html.find('"', start) - start)]++;
  }
  return ids;
}

struct Prepared {
  TestWorkspace ws;
  LoggedIn amira;
  Prepared() {
    ws.add_user("amira", server::Role::MinuteTaker, "pw-amira-1");
    amira = log_in(ws, "amira", "pw-amira-1");
    REQUIRE(import_case(ws, amira, approved_case())->status == 303);
    auto r = ws.client().Post("/case/prepare", with_session(ws, amira.session),
                              httplib::Params{{"csrf", amira.csrf}, {"ref", "TEST-0001"}, {"date", "2027-01-05"}});
    REQUIRE(r->status == 303);
    CHECK(r->get_header_value("Location") == "/case/meeting?ref=TEST-0001&meeting=3&prepared=2");
  }
  // A user with the case granted to them by amira, signed in.
  LoggedIn colleague(const std::string& name, const std::string& password) {
    ws.add_user(name, server::Role::SocialWorker, password);
    {
      std::string error;
      std::lock_guard<std::mutex> lock(ws.mutex);
      REQUIRE(server::grant_case(*ws.store, name, "TEST-0001", "amira", error));
    }
    return log_in(ws, name, password);
  }
  // A post of `form` to `path` about meeting 3, based on `version`, multipart as the editors'
  // forms and minutes.js send it.
  httplib::Result post(const std::string& path, const LoggedIn& who, httplib::Params form, const std::string& version,
                       bool json = false) {
    form.emplace("csrf", who.csrf);
    form.emplace("ref", "TEST-0001");
    form.emplace("meeting", "3");
    form.emplace("version", version);
    httplib::MultipartFormDataItems items;
    for (const auto& [name, value] : form) items.push_back({name, value, "", ""});
    return ws.client().Post(path, with_session(ws, who.session, json), items);
  }
  httplib::Result save(const LoggedIn& who, httplib::Params form, const std::string& version, bool json = false) {
    return post("/case/minutes", who, std::move(form), version, json);
  }
  nlohmann::json stored() {
    std::lock_guard<std::mutex> lock(ws.mutex);
    return nlohmann::json::parse(store::read_meeting(*ws.store, "TEST-0001", 3).text);
  }
};

}  // namespace cg::test
