#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/findings_output.h"
#include "input/case_bundle.h"
#include "rules/schedule.h"
#include "rules/schedule_ics.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup schedule CASE [--json] [--ics FILE] [--holidays FILE]\n"
    "\n"
    "Prints every due date that applies to the case (first and next meetings, minutes, review\n"
    "conference, visits), with the rule behind each, counted in working days where the\n"
    "authority's rule says so (England and Wales bank holidays excluded).\n"
    "\n"
    "  --json            print an object: first_core_group_due, next_core_group_due, minutes_due,\n"
    "                    review_conference_due (ISO dates; absent when not applicable) and \"items\"\n"
    "  --ics FILE        also write the meetings and deadlines as an iCalendar file\n"
    "  --holidays FILE   extra closure days, one \"YYYY-MM-DD name\" per line\n";

}  // namespace

int schedule_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--ics", "--holidays"}, {"--json", "--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  if (args && args->positional.size() != 1) error = "give exactly one case file";
  if (!error.empty()) {
    env.err << "coregroup schedule: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  const std::string& path = args->positional[0];
  BundleLoad bundle = load_case_bundle(env.fs, path, env.data_dir, args->get("--holidays"));
  if (!bundle.value) {
    print_findings(env.err, path, bundle.findings);
    return kUnusable;
  }
  const CaseBundle& b = *bundle.value;
  auto schedule = compute_schedule(b.c, b.profile, *b.calendar);

  if (args->options.count("--ics")) {
    std::string ics = schedule_to_ics(schedule, b.c.case_reference, env.clock.now());
    if (!env.fs.write_atomic(args->get("--ics"), ics, error)) {
      env.err << "coregroup schedule: " << error << '\n';
      return kUnusable;
    }
  }
  if (args->has("--json")) {
    nlohmann::json out = nlohmann::json::object();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& d : schedule) {
      if (!out.contains(d.key)) out[d.key] = d.date.iso();
      items.push_back({{"key", d.key}, {"date", d.date.iso()}, {"label", d.label}, {"rule", d.basis}});
    }
    out["items"] = items;
    env.out << terminal_json(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
    return kOk;
  }
  if (schedule.empty()) env.out << "No due dates apply to this case.\n";
  for (const auto& d : schedule) {
    env.out << d.date.iso() << "  " << terminal_text(d.label);
    if (d.meeting && !d.start.empty()) env.out << " at " << terminal_text(d.start);
    env.out << "  [" << terminal_text(d.basis) << "]\n";
  }
  return kOk;
}

}  // namespace cg::cli
