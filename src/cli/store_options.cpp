#include "cli/store_options.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace cg::cli {

std::string actor_name(const Args& args) {
  std::string actor = args.get("--actor");
  if (!actor.empty()) return actor;
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name) return pw->pw_name;
  if (const char* user = std::getenv("USER"); user && *user) return user;
  return "uid " + std::to_string(geteuid());
}

std::unique_ptr<store::Store> open_store(const Args& args, Env& env, const std::string& command) {
  store::Opened opened = store::Store::open(store::default_store_path(args.get("--store")), env.clock);
  if (!opened.store) env.err << "coregroup " << command << ": " << opened.error << '\n';
  return std::move(opened.store);
}

}  // namespace cg::cli
