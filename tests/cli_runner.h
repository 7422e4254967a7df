#pragma once
// Runs the coregroup command line in-process with the real file system and a fixed clock.
#include <sstream>
#include <string>
#include <vector>

#include "source_dir.h"
#include "cli/app.h"

namespace cg::test {

struct CliRun {
  int code;
  std::string out, err;
};

inline CliRun run_cli(const std::vector<std::string>& argv) {
  std::ostringstream out, err;
  DiskFileSystem disk;
  FixedClock clock(1795000000);
  cli::Env env{out, err, disk, clock, COREGROUP_SOURCE_DIR};
  int code = cli::run(argv, env);
  return {code, out.str(), err.str()};
}

}  // namespace cg::test
