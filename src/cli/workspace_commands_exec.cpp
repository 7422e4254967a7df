// coregroup's `serve` and `user`: each runs coregroup-serve in this process's place (execv), from
// beside this executable, else from the build tree it was built in. The workspace's libraries
// (cpp-httplib with OpenSSL's TLS, libsodium) then load only for the commands that use them.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "cli/app.h"

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
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string tried;
  for (const std::filesystem::path& dir : {exe.parent_path(), std::filesystem::path(COREGROUP_MODULE_DIR)}) {
    if (dir.empty()) continue;
    std::string path = (dir / kProgram).string();
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
