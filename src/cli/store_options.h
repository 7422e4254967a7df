#pragma once
// What every command that uses the case store shares: where the store is and who is acting.
#include <memory>
#include <string>

#include "cli/app.h"
#include "cli/args.h"
#include "store/store.h"

namespace cg::cli {

// --actor, else the login name (for the audit log).
std::string actor_name(const Args& args);

// Opens the store named by --store (else $COREGROUP_STORE, else the XDG default); prints why not
// as "coregroup COMMAND: ..." and returns null when it cannot be opened.
std::unique_ptr<store::Store> open_store(const Args& args, Env& env, const std::string& command);

}  // namespace cg::cli
