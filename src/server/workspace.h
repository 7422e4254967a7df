#pragma once
// The web workspace: routes, sessions, CSRF and the security headers, mounted on a cpp-httplib
// server. Every route but the login page and /assets/ needs a session; every POST needs the
// session's CSRF token; every response carries the security headers; an error page never shows
// more than its status.
#include <ctime>
#include <functional>
#include <ostream>
#include <memory>
#include <string>

#include <httplib.h>

#include "core/clock.h"
#include "server/accounts.h"
#include "server/login_throttle.h"
#include "server/session_table.h"
#include "server/static_assets.h"
#include "web/page.h"

namespace cg::server {

struct WorkspaceOptions {
  std::string data_dir;          // holds web/ (the assets)
  bool tls = false;              // cookies are Secure and named __Host-, and HSTS is sent
  std::time_t session_idle = 30 * 60;
  std::time_t session_lifetime = 10 * 3600;
  int max_login_failures = 5;
  std::time_t throttle_window = 15 * 60;
  std::ostream* log = nullptr;  // one line per request: method and status only
};

// What a handler gets about the person making the request.
struct Visitor {
  Session session;
  User user;
  web::PageUser page_user() const;
};

class Workspace {
 public:
  Workspace(Accounts& accounts, const Clock& clock, WorkspaceOptions options);

  // Loads the assets; false with `error` when they are missing (scripts/setup installs them).
  bool prepare(std::string& error);
  void mount(httplib::Server& server);

  SessionTable& sessions() { return sessions_; }
  std::string session_cookie_name() const { return options_.tls ? "__Host-cg_session" : "cg_session"; }

  using Handler = std::function<void(const httplib::Request&, httplib::Response&, const Visitor&)>;
  // Routes that need a session; post() also checks the CSRF token.
  void get(httplib::Server& server, const std::string& pattern, Handler handler);
  void post(httplib::Server& server, const std::string& pattern, Handler handler);

  static void send_page(httplib::Response& res, const web::Page& page, int status = 200);
  static void redirect(httplib::Response& res, const std::string& to);

 private:
  std::optional<Visitor> visitor(const httplib::Request& req);
  std::string cookie(const httplib::Request& req, const std::string& name) const;
  std::string set_cookie(const std::string& name, const std::string& value, std::time_t max_age) const;
  void login_page(const httplib::Request& req, httplib::Response& res);
  void login(const httplib::Request& req, httplib::Response& res);
  void show_login(httplib::Response& res, const std::string& username, const std::string& error, int status);

  Accounts& accounts_;
  WorkspaceOptions options_;
  SessionTable sessions_;
  LoginThrottle throttle_;
  StaticAssets assets_;
  std::string dummy_hash_;  // verified against when the name is unknown, so timing does not tell
};

// The Content-Security-Policy and the other headers on every response.
httplib::Headers security_headers(bool tls);

// The error page for a status, with nothing from the request in it.
web::Page error_page(int status);

// 413: what was sent is larger than the route takes (`limit` bytes, 0 when not known), and what
// to do.
web::Page too_large_page(std::size_t limit);

// The form value `name` of a url-encoded or multipart POST ("" when absent).
std::string form_value(const httplib::Request& req, const std::string& name);

}  // namespace cg::server
