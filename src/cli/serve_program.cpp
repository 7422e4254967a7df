// coregroup-serve: the same command line as coregroup, with the web workspace's commands (serve,
// user) linked in. `coregroup serve` and `coregroup user` run this program in their place (see
// workspace_commands_exec.cpp), so no other command loads the HTTP, TLS and password libraries.
#include "cli/app.h"

int main(int argc, char** argv) { return cg::cli::run_main(argc, argv); }
