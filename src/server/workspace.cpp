#include "server/workspace.h"

#include "server/password.h"
#include "server/request_limits.h"
#include "server/web_words.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

const char* kLoginCookie = "cg_login";  // double-submit token of the login form (login CSRF)
constexpr std::size_t kConnectionThreads = 96;  // open browser connections served at once
// Where a post larger than its route takes is sent, with the route's limit in MB after it.
const char* const kTooLargePath = "/.too-large/";

std::string status_title(int status) {
  switch (status) {
    case 400: return "The request could not be understood";
    case 401: return "Sign in to continue";
    case 403: return "You cannot do that";
    case 404: return "Page not found";
    case 409: return "Someone else changed this first";
    case 413: return "The file is too large";
    case 429: return "Too many attempts";
    default: return status >= 500 ? "Sorry, there is a problem with the service" : "Something went wrong";
  }
}

}  // namespace

web::PageUser Visitor::page_user() const { return {user.name, role_label(user.role), session.csrf}; }

httplib::Headers security_headers(bool tls) {
  httplib::Headers h = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cache-Control", "no-store"},
  };
  if (tls) h.emplace("Strict-Transport-Security", "max-age=31536000");
  return h;
}

web::Page error_page(int status) {
  web::Page page;
  page.title = status_title(status);
  page.main = {web::heading(status_title(status)),
               web::paragraph(status == 404 || status == 403
                                  ? "Check the address, or go back to your cases."
                                  : status >= 500 ? "Try again later. Nothing you saved has been lost."
                                                  : "Go back and try again."),
               el("p", {{"class", "govuk-body"}}, {web::link("/", "Go to your cases")})};
  return page;
}

web::Page too_large_page(std::size_t limit) {
  const WebWords& w = workspace_words();
  web::Page page;
  page.title = w("too_large.title");
  page.main = {web::heading(page.title),
               web::paragraph(limit ? w("too_large.body", {{"size", std::to_string(limit >> 20)}}) : w("too_large.body_any")),
               web::paragraph(w("too_large.next")),
               el("p", {{"class", "govuk-body"}}, {web::link("/", w("too_large.home"))})};
  return page;
}

std::string form_value(const httplib::Request& req, const std::string& name) {
  if (req.has_param(name.c_str())) return req.get_param_value(name.c_str());
  if (req.is_multipart_form_data() && req.has_file(name.c_str())) return req.get_file_value(name.c_str()).content;
  return "";
}

Workspace::Workspace(Accounts& accounts, const Clock& clock, WorkspaceOptions options)
    : accounts_(accounts),
      options_(std::move(options)),
      sessions_(clock, options_.session_idle, options_.session_lifetime),
      throttle_(clock, options_.max_login_failures, options_.throttle_window),
      dummy_hash_(hash_password(random_token(16), PasswordCost::Minimal)) {}

bool Workspace::prepare(std::string& error) { return assets_.load(options_.data_dir, error); }

void Workspace::send_page(httplib::Response& res, const web::Page& page, int status) {
  res.status = status;
  res.set_content(web::render_page(page), "text/html; charset=utf-8");
}

void Workspace::redirect(httplib::Response& res, const std::string& to) {
  res.status = 303;
  res.set_header("Location", to);
}

std::string Workspace::cookie(const httplib::Request& req, const std::string& name) const {
  for (size_t i = 0, n = req.get_header_value_count("Cookie"); i < n; ++i) {
    std::string header = req.get_header_value("Cookie", i);
    size_t pos = 0;
    while (pos < header.size()) {
      size_t end = header.find(';', pos);
      if (end == std::string::npos) end = header.size();
      std::string pair = header.substr(pos, end - pos);
      size_t first = pair.find_first_not_of(' ');
      if (first != std::string::npos) pair = pair.substr(first);
      size_t eq = pair.find('=');
      if (eq != std::string::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
      pos = end + 1;
    }
  }
  return "";
}

std::string Workspace::set_cookie(const std::string& name, const std::string& value, std::time_t max_age) const {
  std::string c = name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (options_.tls) c += "; Secure";
  return c;
}

std::optional<Visitor> Workspace::visitor(const httplib::Request& req) {
  std::string id = cookie(req, session_cookie_name());
  if (id.empty()) return std::nullopt;
  auto session = sessions_.find(id);
  if (!session) return std::nullopt;
  auto user = accounts_.find(session->user);
  if (!user || user->disabled) {
    sessions_.end(id);
    return std::nullopt;
  }
  return Visitor{*session, *user};
}

void Workspace::get(httplib::Server& server, const std::string& pattern, Handler handler) {
  server.Get(pattern, [this, handler](const httplib::Request& req, httplib::Response& res) {
    auto v = visitor(req);
    if (!v) return redirect(res, "/login");
    handler(req, res, *v);
  });
}

void Workspace::post(httplib::Server& server, const std::string& pattern, Handler handler) {
  server.Post(pattern, [this, handler](const httplib::Request& req, httplib::Response& res) {
    auto v = visitor(req);
    if (!v) return send_page(res, error_page(403), 403);
    std::string token = req.has_header("X-CSRF-Token") ? req.get_header_value("X-CSRF-Token") : form_value(req, "csrf");
    if (token.empty() || !same_secret(token, v->session.csrf)) return send_page(res, error_page(403), 403);
    handler(req, res, *v);
  });
}

void Workspace::show_login(httplib::Response& res, const std::string& username, const std::string& error, int status) {
  std::string token = random_token(32);
  res.set_header("Set-Cookie", set_cookie(kLoginCookie, token, 3600));
  web::Page page;
  page.title = error.empty() ? "Sign in" : "Error: Sign in";
  std::vector<web::FieldError> errors;
  if (!error.empty()) errors.push_back({"username", error});
  page.main = {
      el("div", {{"class", "govuk-grid-row"}},
         {el("div", {{"class", "govuk-grid-column-two-thirds"}},
             {web::error_summary(errors), web::heading("Sign in"),
              el("form", {{"method", "post"}, {"action", "/login"}, {"novalidate", ""}},
                 {el("input", {{"type", "hidden"}, {"name", "login_token"}, {"value", token}}),
                  web::text_input({"username", "username", "Username", username, "text", "username", "", error}),
                  web::text_input({"password", "password", "Password", "", "password", "current-password", "", ""}),
                  web::button("Sign in")})})})};
  send_page(res, page, status);
}

void Workspace::login_page(const httplib::Request& req, httplib::Response& res) {
  if (visitor(req)) return redirect(res, "/");
  show_login(res, "", "", 200);
}

void Workspace::login(const httplib::Request& req, httplib::Response& res) {
  std::string username = form_value(req, "username");
  std::string password = form_value(req, "password");
  std::string ip_key = "ip:" + req.remote_addr, user_key = "user:" + username;
  std::time_t wait = std::max(throttle_.wait(ip_key), throttle_.wait(user_key));
  if (wait > 0) {
    res.set_header("Retry-After", std::to_string(wait));
    web::Page page = error_page(429);
    page.main[1] = web::paragraph("There have been too many failed attempts to sign in. Wait " +
                                  std::to_string((wait + 59) / 60) + " minutes, then try again.");
    return send_page(res, page, 429);
  }
  std::string token = cookie(req, kLoginCookie), sent = form_value(req, "login_token");
  if (token.empty() || !same_secret(token, sent)) {
    return show_login(res, username, "The sign-in form had expired. Enter your username and password again", 403);
  }
  auto user = username.empty() ? std::nullopt : accounts_.find(username);
  bool ok = verify_password(user ? user->password_hash : dummy_hash_, password) && user && !user->disabled;
  if (!ok) {
    if (user) accounts_.record(user->name, SessionEvent::SignInFailed);
    throttle_.failed(ip_key);
    throttle_.failed(user_key);
    return show_login(res, username, "Enter a correct username and password", 401);
  }
  throttle_.succeeded(user_key);
  // A new session id at every login: an id planted before login is worth nothing after it.
  std::string old = cookie(req, session_cookie_name());
  if (!old.empty()) sessions_.end(old);
  Session s = sessions_.start(user->name);
  accounts_.record(user->name, SessionEvent::SignedIn);
  res.set_header("Set-Cookie", set_cookie(session_cookie_name(), s.id, options_.session_lifetime));
  res.set_header("Set-Cookie", set_cookie(kLoginCookie, "", 0));
  redirect(res, "/");
}

void Workspace::mount(httplib::Server& server) {
  server.set_default_headers(security_headers(options_.tls));
  // The largest body any route takes, read by cpp-httplib before a handler runs. A body larger
  // than its own route takes is read by a handler of its own instead, which keeps nothing of it:
  // the browser, still sending, then gets the 413 page rather than a broken connection.
  server.set_payload_max_length(kImportBodyMax);
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!body_too_large(req)) return httplib::Server::HandlerResponse::Unhandled;
    if (req.method != "POST") {  // no route takes a body but by POST
      send_page(res, too_large_page(body_limit(req.path)), 413);
      res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    // The request object is the server's own, not const: only its path is changed, to route it
    // to the handler below (cpp-httplib routes by path alone).
    const_cast<httplib::Request&>(req).path = kTooLargePath + std::to_string(body_limit(req.path) >> 20);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.Post(std::string(kTooLargePath) + "([0-9]+)",
              [](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
                read([](const char*, size_t) { return true; });  // read and let go
                send_page(res, too_large_page(std::stoul(req.matches[1].str()) << 20), 413);
              });
  // A browser keeps its connection open between requests, and cpp-httplib gives each open
  // connection a thread until it closes: with the default 8 threads the ninth user of a busy
  // meeting waited for someone else's connection to time out. Threads are cheap next to that.
  server.new_task_queue = [] { return new httplib::ThreadPool(kConnectionThreads); };
  server.set_keep_alive_max_count(100);
  // Method and status only: a path can name a case, and nothing about a case goes in the log.
  if (options_.log) {
    server.set_logger([log = options_.log](const httplib::Request& req, const httplib::Response& res) {
      *log << "coregroup serve: " << req.method << ' ' << res.status << std::endl;
    });
  }
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send_page(res, error_page(500), 500);
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    // Over the route's limit, or a url-encoded form over cpp-httplib's own limit of 8 KB.
    if (res.status == 413) return send_page(res, too_large_page(0), 413);
    send_page(res, error_page(res.status), res.status);
  });

  server.Get("/assets/([a-z0-9.-]+)", [this](const httplib::Request& req, httplib::Response& res) {
    const Asset* a = assets_.find(req.matches[1]);
    if (!a) {
      res.status = 404;
      return;
    }
    res.set_header("Cache-Control", "max-age=3600");
    res.set_content(a->bytes, a->content_type.c_str());
  });
  server.Get("/favicon.ico", [this](const httplib::Request&, httplib::Response& res) {
    if (const Asset* a = assets_.find("favicon.ico")) res.set_content(a->bytes, a->content_type.c_str());
  });
  server.Get("/login", [this](const httplib::Request& req, httplib::Response& res) { login_page(req, res); });
  server.Post("/login", [this](const httplib::Request& req, httplib::Response& res) { login(req, res); });
  post(server, "/logout", [this](const httplib::Request&, httplib::Response& res, const Visitor& v) {
    sessions_.end(v.session.id);
    accounts_.record(v.user.name, SessionEvent::SignedOut);
    res.set_header("Set-Cookie", set_cookie(session_cookie_name(), "", 0));
    redirect(res, "/login");
  });
}

}  // namespace cg::server
