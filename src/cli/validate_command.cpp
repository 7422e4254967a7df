#include "cli/app.h"
#include "cli/args.h"
#include "cli/findings_output.h"
#include "input/case_bundle.h"
#include "cli/store_options.h"
#include "rules/rules.h"
#include "store/case_history.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup validate CASE --document agenda|minutes|plan [--json] [--holidays FILE]\n"
    "\n"
    "Checks a case file against its authority's rules for one document: agenda items covered,\n"
    "SMART actions, membership, timescales in working days, required plan sections.\n"
    "Prints one finding per line as FILE: POINTER: error|warning RULE: message.\n"
    "\n"
    "  --document KIND   agenda, minutes or plan (required)\n"
    "  --json            print a JSON array of {severity, rule, pointer, message}\n"
    "  --holidays FILE   extra closure days, one \"YYYY-MM-DD name\" per line\n"
    "  --store PATH      also check the drift rules (drift.*) against the case's meetings in the store:\n"
    "                    for an agenda as of the last approved meeting, otherwise with this case as the\n"
    "                    latest meeting\n"
    "\n"
    "Exit status: 0 no errors (warnings allowed), 1 errors, 2 the input is unusable.\n";

}  // namespace

int validate_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--document", "--holidays", "--store"}, {"--json", "--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  if (args && args->positional.size() != 1) error = "give exactly one case file";
  if (args && !args->options.count("--document")) error = "--document is required (agenda, minutes or plan)";
  auto kind = args ? parse_document_kind(args->get("--document")) : std::nullopt;
  if (args && error.empty() && !kind) error = "--document must be agenda, minutes or plan";
  if (!error.empty()) {
    env.err << "coregroup validate: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  const DocumentKind document = *kind;
  const std::string& path = args->positional[0];
  BundleLoad bundle = load_case_bundle(env.fs, path, env.data_dir, args->get("--holidays"));
  bool json = args->has("--json");
  if (!bundle.value) {
    if (json) print_findings_json(env.out, bundle.findings);
    else print_findings(env.err, path, bundle.findings);
    return kUnusable;
  }
  Findings findings = check_rules(bundle.value->c, bundle.value->profile, *bundle.value->calendar, document);
  if (args->options.count("--store")) {
    auto store = open_store(*args, env, "validate");
    if (!store) return kUnusable;
    SharedInputs shared(env.fs, env.data_dir);
    store::CaseDrift drift = store::drift_for_case(*store, shared, bundle.value->c, kind_info(document).before_meeting);
    if (!drift.error.empty()) {
      env.err << "coregroup validate: " << drift.error << '\n';
      return kUnusable;
    }
    findings.insert(findings.end(), drift.drift.begin(), drift.drift.end());
  }
  if (json) print_findings_json(env.out, findings);
  else print_findings(env.out, path, findings);
  return has_errors(findings) ? kRuleErrors : kOk;
}

}  // namespace cg::cli
