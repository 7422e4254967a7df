#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/store_options.h"
#include "core/file_limits.h"
#include "server/password.h"
#include "server/store_accounts.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup user add NAME --role admin|manager|social_worker|minute_taker --password-file FILE\n"
    "       coregroup user disable NAME | user enable NAME\n"
    "       coregroup user grant NAME CASE_REFERENCE\n"
    "       (each with [--store PATH] [--actor NAME])\n"
    "\n"
    "Accounts of the web workspace (coregroup serve), kept in the case store. The password is the\n"
    "first line of FILE (so it never appears in the process list or the shell history; use - for\n"
    "standard input) and is stored only as an argon2id hash. A disabled user cannot sign in and their\n"
    "open sessions end. `grant` lets a user open a case (an admin opens every case). Every change goes\n"
    "to the store's audit log.\n";

std::string first_line(std::string text) {
  size_t end = text.find_first_of("\r\n");
  return end == std::string::npos ? text : text.substr(0, end);
}

}  // namespace

int user_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--role", "--password-file", "--store", "--actor"}, {"--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  const auto& pos = args ? args->positional : std::vector<std::string>{};
  std::string verb = pos.empty() ? "" : pos[0];
  if (error.empty()) {
    if (verb == "add" && pos.size() != 2) error = "give one user name";
    else if (verb == "add" && !args->options.count("--role")) error = "give --role";
    else if (verb == "add" && !args->options.count("--password-file")) error = "give --password-file";
    else if ((verb == "disable" || verb == "enable") && pos.size() != 2) error = "give one user name";
    else if (verb == "grant" && pos.size() != 3) error = "give the user name and the case reference";
    else if (verb != "add" && verb != "disable" && verb != "enable" && verb != "grant") error = "unknown user command";
  }
  std::optional<server::Role> role;
  if (error.empty() && verb == "add" && !(role = server::parse_role(args->get("--role"))))
    error = "--role must be admin, manager, social_worker or minute_taker";
  if (error.empty() && verb == "add" && !server::valid_user_name(pos[1]))
    error = "a user name is 1 to 64 letters, digits, '.', '_', '-' or '@'";
  if (!error.empty()) {
    env.err << "coregroup user: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  std::string password;
  if (verb == "add") {
    std::string file = args->get("--password-file");
    // "-" is standard input, which is a pipe or a terminal: the file system reads regular files only.
    std::optional<std::string> text;
    if (file == "-") text = std::string(std::istreambuf_iterator<char>(std::cin), {});
    else text = env.fs.read(file, error, kMaxDataFileBytes);
    if (!text) {
      env.err << "coregroup user: " << file << ": cannot read: " << error << '\n';
      return kUnusable;
    }
    password = first_line(*text);
    if (password.size() < 10) {
      env.err << "coregroup user: the password must be at least 10 characters long\n";
      return kUnusable;
    }
  }
  auto store = open_store(*args, env, "user");
  if (!store) return kUnusable;
  std::string actor = actor_name(*args);
  bool ok = false;
  if (verb == "add") {
    std::string hash = server::hash_password(password);
    if (hash.empty()) {
      env.err << "coregroup user: cannot hash the password (out of memory)\n";
      return kUnusable;
    }
    ok = server::add_user(*store, {pos[1], *role, hash, false}, actor, error);
    if (ok) env.out << "added " << pos[1] << " (" << server::role_id(*role) << ")\n";
  } else if (verb == "disable" || verb == "enable") {
    ok = server::set_user_disabled(*store, pos[1], verb == "disable", actor, error);
    if (ok) env.out << verb << "d " << pos[1] << '\n';
  } else {
    ok = server::grant_case(*store, pos[1], pos[2], actor, error);
    if (ok) env.out << pos[1] << " may open case " << pos[2] << '\n';
  }
  if (!ok) {
    env.err << "coregroup user: " << error << '\n';
    return kUnusable;
  }
  return kOk;
}

}  // namespace cg::cli
