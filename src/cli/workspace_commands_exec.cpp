// coregroup's `serve` and `user`: each runs coregroup-serve in this process's place (execv), found
// where the program's parts are (core/program_parts.h). The workspace's libraries
// (cpp-httplib with OpenSSL's TLS, libsodium) then load only for the commands that use them.
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/app.h"
#include "core/program_parts.h"

namespace cg::cli {
namespace {

constexpr const char* kProgram = "coregroup-serve";

int exec_workspace_program(const char* command, const std::vector<std::string>& argv, Env& env) {
  std::vector<std::string> args{kProgram, command};
  args.insert(args.end(), argv.begin(), argv.end());
  std::vector<char*> c_args;
  for (std::string& a : args) c_args.push_back(a.data());
  c_args.push_back(nullptr);
  env.out.flush();
  env.err.flush();
  std::string tried;
  for (const std::string& path : program_part_paths(kProgram)) {
    execv(path.c_str(), c_args.data());
    tried += "\n  " + path + ": " + std::strerror(errno);
  }
  env.err << "coregroup " << command << ": cannot run " << kProgram << ", which serves the workspace:" << tried
          << "\nBuild coregroup again (cmake --build build).\n";
  return kUnusable;
}

}  // namespace

int serve_command(const std::vector<std::string>& argv, Env& env) { return exec_workspace_program("serve", argv, env); }

int user_command(const std::vector<std::string>& argv, Env& env) { return exec_workspace_program("user", argv, env); }

}  // namespace cg::cli
