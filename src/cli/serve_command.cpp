#include <csignal>
#include <iostream>
#include <memory>
#include <mutex>

#include <httplib.h>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/store_options.h"
#include "server/case_pages.h"
#include "server/store_accounts.h"
#include "server/workspace.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup serve [--store PATH] [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]\n"
    "\n"
    "Runs the web workspace on the case store until stopped (Ctrl-C or SIGTERM). It listens on\n"
    "127.0.0.1:8080 unless told otherwise; to serve other machines give --listen with the server's\n"
    "address and a TLS certificate and key (PEM), so passwords and cases never cross the network in\n"
    "clear. Accounts are made with `coregroup user add`.\n";

httplib::Server* running = nullptr;

void stop_on_signal(int) {
  if (running) running->stop();
}

bool parse_listen(const std::string& s, std::string& host, int& port) {
  size_t colon = s.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  host = s.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  std::string p = s.substr(colon + 1);
  if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos) return false;
  port = std::stoi(p);
  return port >= 0 && port < 65536;  // 0: any free port (the tests use it)
}

bool is_loopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

}  // namespace

int serve_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--store", "--listen", "--tls-cert", "--tls-key"}, {"--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  std::string host;
  int port = 0;
  if (args && !args->positional.empty()) error = "serve takes no file names";
  if (error.empty() && !parse_listen(args->get("--listen", "127.0.0.1:8080"), host, port))
    error = "--listen must be HOST:PORT, e.g. 127.0.0.1:8080";
  bool tls = args && (args->options.count("--tls-cert") || args->options.count("--tls-key"));
  if (error.empty() && tls && (args->get("--tls-cert").empty() || args->get("--tls-key").empty()))
    error = "give both --tls-cert and --tls-key";
  if (error.empty() && !tls && !is_loopback(host))
    error = "without TLS the workspace listens on this machine only (127.0.0.1); give --tls-cert and --tls-key";
  if (!error.empty()) {
    env.err << "coregroup serve: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  auto store = open_store(*args, env, "serve");
  if (!store) return kUnusable;
  std::mutex store_mutex;
  server::StoreAccounts accounts(*store, store_mutex);
  server::WorkspaceOptions options;
  options.data_dir = env.data_dir;
  options.tls = tls;
  options.log = &env.err;
  server::Workspace workspace(accounts, env.clock, options);
  if (!workspace.prepare(error)) {
    env.err << "coregroup serve: " << error << '\n';
    return kUnusable;
  }
  std::unique_ptr<httplib::Server> http;
  if (tls) {
    auto ssl = std::make_unique<httplib::SSLServer>(args->get("--tls-cert").c_str(), args->get("--tls-key").c_str());
    if (!ssl->is_valid()) {
      env.err << "coregroup serve: cannot use the TLS certificate and key (PEM files, the key unencrypted)\n";
      return kUnusable;
    }
    http = std::move(ssl);
  } else {
    http = std::make_unique<httplib::Server>();
  }
  SharedInputs shared(env.fs, env.data_dir);
  workspace.mount(*http);
  server::mount_case_pages(workspace, *http, {*store, store_mutex, shared, env.fs});
  if (port == 0) port = http->bind_to_any_port(host);
  else if (!http->bind_to_port(host, port)) port = -1;
  if (port <= 0) {
    env.err << "coregroup serve: cannot listen on " << args->get("--listen", "127.0.0.1:8080") << " (in use, or not an address of this machine)\n";
    return kUnusable;
  }
  std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  env.out << "coregroup serve: the workspace is at " << (tls ? "https://" : "http://") << shown << ':' << port
          << "/ (Ctrl-C stops it)" << std::endl;
  running = http.get();
  std::signal(SIGINT, stop_on_signal);
  std::signal(SIGTERM, stop_on_signal);
  bool ok = http->listen_after_bind();
  running = nullptr;
  return ok ? kOk : kUnusable;
}

}  // namespace cg::cli
