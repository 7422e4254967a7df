#include "cli/app.h"

#include <unistd.h>

#include <exception>
#include <iostream>

#include "core/partial_files.h"

namespace cg::cli {

namespace {

const char* kUsage =
    "coregroup: the documents of child protection core groups, checked against the authority's rules\n"
    "\n"
    "Usage:\n"
    "  coregroup validate CASE --document agenda|minutes|plan [--json] [--holidays FILE]\n"
    "  coregroup schedule CASE [--json] [--ics FILE] [--holidays FILE]\n"
    "  coregroup render CASE... --document agenda|minutes|plan|all --format pdf|docx|all --out DIR [--draft]\n"
    "  coregroup verify DOCUMENT CASE\n"
    "  coregroup case import CASE.json... | case export REF [--meeting N] [--out FILE]\n"
    "  coregroup case list [--json] [--due-before DATE] | case history REF [--json]\n"
    "  coregroup next REF --date YYYY-MM-DD [--out FILE]\n"
    "  coregroup store backup FILE | audit verify        (all with [--store PATH])\n"
    "  coregroup user add NAME --role ROLE --password-file FILE | user disable NAME | user grant NAME REF\n"
    "  coregroup serve [--store PATH] [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]\n"
    "  coregroup COMMAND --help\n"
    "\n"
    "Exit status: 0 no errors, 1 the case breaks the authority's rules, 2 the input is unusable.\n";

}  // namespace

int run(const std::vector<std::string>& argv, Env& env) {
  if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
    (argv.empty() ? env.err : env.out) << kUsage;
    return argv.empty() ? kUnusable : kOk;
  }
  if (argv[0] == "--version") {
    env.out << "coregroup " << COREGROUP_VERSION << '\n';
    return kOk;
  }
  std::vector<std::string> rest(argv.begin() + 1, argv.end());
  if (argv[0] == "validate") return validate_command(rest, env);
  if (argv[0] == "schedule") return schedule_command(rest, env);
  if (argv[0] == "render") return render_command(rest, env);
  if (argv[0] == "verify") return verify_command(rest, env);
  if (argv[0] == "case") return case_command(rest, env);
  if (argv[0] == "store") return store_command(rest, env);
  if (argv[0] == "audit") return audit_command(rest, env);
  if (argv[0] == "next") return next_command(rest, env);
  if (argv[0] == "user") return user_command(rest, env);
  if (argv[0] == "serve") return serve_command(rest, env);
  env.err << "coregroup: unknown command \"" << argv[0] << "\"\n\n" << kUsage;
  return kUnusable;
}

int run_main(int argc, char** argv) {
  remove_partial_files_on_signal();
  try {
    DiskFileSystem fs;
    SystemClock clock;
    Env env{std::cout, std::cerr, fs, clock, data_dir(), isatty(STDERR_FILENO) != 0};
    return run(std::vector<std::string>(argv + 1, argv + argc), env);
  } catch (const std::exception& e) {
    std::cerr << "coregroup: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "coregroup: internal error\n";
  }
  return kUnusable;
}

}  // namespace cg::cli
