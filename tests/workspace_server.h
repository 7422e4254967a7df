#pragma once
// A workspace server on a free loopback port in a thread of the test, on a store in a temporary
// folder, with a clock the test moves. Never bound to anything but 127.0.0.1.
#include <memory>
#include <mutex>
#include <thread>

#include <httplib.h>

#include "source_dir.h"
#include "temp_dir.h"
#include "server/case_pages.h"
#include "server/password.h"
#include "server/store_accounts.h"
#include "server/workspace.h"

namespace cg::test {

class StepClock : public Clock {
 public:
  std::time_t t = 1795000000;
  std::time_t now() const override { return t; }
};

class TestWorkspace {
 public:
  explicit TestWorkspace(server::WorkspaceOptions options = {}) {
    options.data_dir = COREGROUP_SOURCE_DIR;
    store::Opened opened = store::Store::open(dir.file("store.db"), clock);
    if (!opened.store) throw std::runtime_error(opened.error);
    store = std::move(opened.store);
    accounts = std::make_unique<server::StoreAccounts>(*store, mutex);
    shared = std::make_unique<SharedInputs>(fs, COREGROUP_SOURCE_DIR);
    workspace = std::make_unique<server::Workspace>(*accounts, clock, options);
    std::string error;
    if (!workspace->prepare(error)) throw std::runtime_error(error);
    workspace->mount(http);
    server::mount_case_pages(*workspace, http, {*store, mutex, *shared, fs});
    port = http.bind_to_any_port("127.0.0.1");
    if (port <= 0) throw std::runtime_error("cannot bind a loopback port");
    // The socket is listening once bound: requests queue until the thread accepts them.
    thread = std::thread([this] { http.listen_after_bind(); });
  }
  ~TestWorkspace() {
    http.stop();
    thread.join();
  }
  void add_user(const std::string& name, server::Role role, const std::string& password, bool disabled = false) {
    std::string error;
    std::lock_guard<std::mutex> lock(mutex);
    if (!server::add_user(*store, {name, role, server::hash_password(password, server::PasswordCost::Minimal), disabled},
                          "test", error))
      throw std::runtime_error(error);
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_follow_location(false);
    return c;
  }

  TempDir dir;
  StepClock clock;
  std::unique_ptr<store::Store> store;
  std::mutex mutex;
  std::unique_ptr<server::StoreAccounts> accounts;
  DiskFileSystem fs;
  std::unique_ptr<SharedInputs> shared;
  std::unique_ptr<server::Workspace> workspace;
  httplib::Server http;
  int port = 0;
  std::thread thread;
};

// The value of cookie `name` in a response's Set-Cookie headers ("" when not set).
inline std::string set_cookie_value(const httplib::Result& r, const std::string& name) {
  for (size_t i = 0, n = r->get_header_value_count("Set-Cookie"); i < n; ++i) {
    std::string c = r->get_header_value("Set-Cookie", i);
    if (c.rfind(name + "=", 0) == 0) return c.substr(name.size() + 1, c.find(';') - name.size() - 1);
  }
  return "";
}

inline std::string set_cookie_header(const httplib::Result& r, const std::string& name) {
  for (size_t i = 0, n = r->get_header_value_count("Set-Cookie"); i < n; ++i) {
    std::string c = r->get_header_value("Set-Cookie", i);
    if (c.rfind(name + "=", 0) == 0) return c;
  }
  return "";
}

// The value="..." of the hidden input `name` in a page.
inline std::string hidden_value(const std::string& html, const std::string& name) {
  std::string key = "name=\"" + name + "\" value=\"";
  size_t at = html.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  return html.substr(at, html.find('"', at) - at);
}

struct LoggedIn {
  std::string session, csrf;
  int status = 0;
};

// Signs in through the login form as a browser would; session is "" when it fails.
inline LoggedIn log_in(const TestWorkspace& ws, const std::string& user, const std::string& password,
                       const std::string& planted_session = "") {
  auto c = ws.client();
  auto form = c.Get("/login");
  std::string login_cookie = set_cookie_value(form, "cg_login");
  std::string cookies = "cg_login=" + login_cookie;
  if (!planted_session.empty()) cookies += "; " + ws.workspace->session_cookie_name() + "=" + planted_session;
  httplib::Params p = {{"username", user}, {"password", password}, {"login_token", hidden_value(form->body, "login_token")}};
  auto r = c.Post("/login", httplib::Headers{{"Cookie", cookies}}, p);
  LoggedIn out;
  out.status = r ? r->status : 0;
  if (!r || r->status != 303) return out;
  out.session = set_cookie_value(r, ws.workspace->session_cookie_name());
  auto home = c.Get("/", httplib::Headers{{"Cookie", ws.workspace->session_cookie_name() + "=" + out.session}});
  out.csrf = hidden_value(home->body, "csrf");
  return out;
}

// Imports a case file through the dashboard's form, as `in`.
inline httplib::Result import_case(const TestWorkspace& ws, const LoggedIn& in, const std::string& text) {
  httplib::MultipartFormDataItems items = {{"csrf", in.csrf, "", ""}, {"case", text, "case.json", "application/json"}};
  return ws.client().Post("/cases/import", httplib::Headers{{"Cookie", ws.workspace->session_cookie_name() + "=" + in.session}},
                          items);
}

}  // namespace cg::test
