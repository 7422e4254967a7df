#include "cli/app.h"
#include "cli/args.h"
#include "cli/store_options.h"
#include "store/audit.h"

namespace cg::cli {

namespace {

const char* kStoreHelp =
    "Usage: coregroup store backup FILE [--store PATH]\n"
    "\n"
    "Copies the whole store to FILE (SQLite online backup: consistent while others write).\n";

const char* kAuditHelp =
    "Usage: coregroup audit verify [--store PATH]\n"
    "\n"
    "Checks the audit log's hash chain: every entry carries the hash of the one before it, so a\n"
    "changed, removed or reordered entry is found. Exit status: 0 intact, 1 broken, 2 no store.\n";

}  // namespace

int store_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--store"}, {"--help"}, error);
  if (args && args->has("--help")) {
    env.out << kStoreHelp;
    return kOk;
  }
  if (args && (args->positional.size() != 2 || args->positional[0] != "backup")) error = "give backup FILE";
  if (!error.empty()) {
    env.err << "coregroup store: " << error << "\n\n" << kStoreHelp;
    return kUnusable;
  }
  auto store = open_store(*args, env, "store backup");
  if (!store) return kUnusable;
  if (!store->backup(args->positional[1], error)) {
    env.err << "coregroup store backup: " << error << '\n';
    return kUnusable;
  }
  env.out << "backed up " << store->path() << " to " << args->positional[1] << '\n';
  return kOk;
}

int audit_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--store"}, {"--help"}, error);
  if (args && args->has("--help")) {
    env.out << kAuditHelp;
    return kOk;
  }
  if (args && (args->positional.size() != 1 || args->positional[0] != "verify")) error = "give verify";
  if (!error.empty()) {
    env.err << "coregroup audit: " << error << "\n\n" << kAuditHelp;
    return kUnusable;
  }
  auto store = open_store(*args, env, "audit verify");
  if (!store) return kUnusable;
  store::AuditCheck check;
  try {
    check = store::verify_audit(store->db());
  } catch (const sqlite::Error& e) {
    env.err << "coregroup audit verify: cannot read the audit log: " << e.what() << '\n';
    return kUnusable;
  }
  if (!check.ok) {
    env.out << "audit log broken: " << check.problem << '\n';
    return kRuleErrors;
  }
  env.out << "audit log intact: " << check.entries << " entries\n";
  return kOk;
}

}  // namespace cg::cli
