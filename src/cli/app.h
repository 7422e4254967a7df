#pragma once
// The coregroup command line. Commands take their streams, file system and clock as arguments so
// tests can run them in memory; run_main is the only place exceptions are caught, but for a batch's
// threads (run_pipeline), which report a job's exception as that job's failure.
#include <ostream>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/file_system.h"

namespace cg::cli {

enum ExitCode { kOk = 0, kRuleErrors = 1, kUnusable = 2 };

struct Env {
  std::ostream& out;
  std::ostream& err;
  FileSystem& fs;
  const Clock& clock;
  std::string data_dir;
  bool interactive = false;  // stderr is a terminal: progress bars are welcome
};

int run(const std::vector<std::string>& argv, Env& env);  // argv without the program name
int run_main(int argc, char** argv);

int validate_command(const std::vector<std::string>& argv, Env& env);
int schedule_command(const std::vector<std::string>& argv, Env& env);
int render_command(const std::vector<std::string>& argv, Env& env);
int verify_command(const std::vector<std::string>& argv, Env& env);
int case_command(const std::vector<std::string>& argv, Env& env);
int store_command(const std::vector<std::string>& argv, Env& env);
int audit_command(const std::vector<std::string>& argv, Env& env);
int next_command(const std::vector<std::string>& argv, Env& env);
int user_command(const std::vector<std::string>& argv, Env& env);
int serve_command(const std::vector<std::string>& argv, Env& env);

}  // namespace cg::cli
