#pragma once
// Runs one job per input on N threads, collecting each job's output so it prints in input order,
// with an optional progress bar on a terminal.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace cg::cli {

struct JobOutput {
  int status = 0;
  std::string out, err;
};

// Returns the worst (highest) status. `progress` draws a bar on `err` as jobs finish.
int run_batch(size_t count, int threads, const std::function<JobOutput(size_t)>& job, std::ostream& out,
              std::ostream& err, bool progress);

// Case files named on the command line: files as given, folders expanded to their *.json files
// in name order. Folders that cannot be read are reported in `error`.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& error);

}  // namespace cg::cli
