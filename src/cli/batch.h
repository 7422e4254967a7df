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

// What a job leaves to be done after its work: writing its files, which mostly waits for the disk.
using Finish = std::function<JobOutput()>;

// Like run_batch, for jobs in two parts: `work(i)` runs on `threads` threads and the Finish it
// returns runs on one more, in the order the work ended, so no job's work waits while another's
// files are synced to disk. At most threads + 1 finished works wait for their Finish, which holds
// memory to what a few jobs need. A work that throws is reported as that job's failure.
int run_pipeline(size_t count, int threads, const std::function<Finish(size_t)>& work, std::ostream& out,
                 std::ostream& err, bool progress);

// Case files named on the command line: files as given, folders expanded to their *.json files
// in name order. Folders that cannot be read are reported in `error`.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& error);

}  // namespace cg::cli
