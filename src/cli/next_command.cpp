#include "cli/app.h"
#include "cli/args.h"
#include "cli/findings_output.h"
#include "cli/store_options.h"
#include "store/next_meeting.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup next REF --date YYYY-MM-DD [--out FILE] [--store PATH] [--actor NAME]\n"
    "\n"
    "Prepares the next meeting's case file from the last approved meeting of case REF: the plan\n"
    "carried forward (each action with its status, progress and history), sequence + 1, the last\n"
    "meeting added to previous_meetings, agenda items, attendance, views and signatures emptied for\n"
    "the new meeting, members kept. Stores it as a draft and writes it (to FILE, or standard output)\n"
    "for editing; `coregroup case import` stores the edited file.\n"
    "\n"
    "Exit status: 0 prepared, 1 the case has no approved meeting or the store refused, 2 unusable input.\n";

}  // namespace

int next_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--date", "--out", "--store", "--actor"}, {"--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  if (args && args->positional.size() != 1) error = "give exactly one case reference";
  std::optional<Date> date = args ? Date::parse(args->get("--date")) : std::nullopt;
  if (args && error.empty() && !date) error = "--date YYYY-MM-DD is required";
  if (!error.empty()) {
    env.err << "coregroup next: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  auto store = open_store(*args, env, "next");
  if (!store) return kUnusable;
  SharedInputs shared(env.fs, env.data_dir);
  store::NextMeeting next =
      store::prepare_next_meeting(*store, shared, env.fs, args->positional[0], *date, actor_name(*args));
  if (!next.error.empty()) {
    env.err << "coregroup next: " << next.error << '\n';
    if (!next.findings.empty()) print_findings(env.err, args->positional[0], next.findings);
    return kRuleErrors;
  }
  std::string out = args->get("--out");
  if (out.empty()) {
    env.out << next.text;
  } else if (!env.fs.write_atomic(out, next.text, error)) {
    env.err << "coregroup next: cannot write " << out << ": " << error << '\n';
    return kUnusable;
  }
  env.err << "meeting " << next.sequence << " of case " << args->positional[0] << " prepared from meeting "
          << next.from_sequence << " and stored as a draft";
  if (next.due) env.err << "; it is due by " << *next.due;
  if (next.review_due) env.err << "; review conference by " << *next.review_due;
  env.err << '\n';
  return kOk;
}

}  // namespace cg::cli
