#include "cli/app.h"

int main(int argc, char** argv) { return cg::cli::run_main(argc, argv); }
