#include <filesystem>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/findings_output.h"
#include "cli/store_options.h"
#include "rules/labels.h"
#include "store/case_history.h"
#include "store/case_list.h"
#include "store/case_store.h"

#include <nlohmann/json.hpp>

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup case import CASE.json... [--store PATH] [--actor NAME]\n"
    "       coregroup case export REF [--meeting N] [--out FILE] [--store PATH] [--actor NAME]\n"
    "       coregroup case list [--json] [--due-before YYYY-MM-DD] [--store PATH]\n"
    "       coregroup case history REF [--json] [--store PATH]\n"
    "\n"
    "import  validates each case file and stores it as its meeting (one transaction per file). An\n"
    "        approved case (record.status approved) becomes that meeting's approved record, which\n"
    "        is never replaced; importing the same meeting again changes nothing.\n"
    "export  writes a meeting's case file (the latest unless --meeting) exactly as imported, to\n"
    "        standard output or FILE (its signature images beside it).\n"
    "list    every case with its latest meeting and due dates (next meeting, minutes, review\n"
    "        conference); OVERDUE marks a date already passed.\n"
    "history each meeting (date, attendance, minutes sent), the life of each action across the\n"
    "        meetings, and the drift findings (drift.* in docs/rules.md) at each approved meeting.\n"
    "\n"
    "  --store PATH   the store (else $COREGROUP_STORE, else $XDG_DATA_HOME/coregroup/coregroup.db)\n"
    "  --actor NAME   who is acting, for the audit log (default: the login name)\n"
    "\n"
    "Exit status: 0 done, 1 a case was refused by the rules or the store, 2 unusable input.\n";

int usage_error(Env& env, const std::string& error) {
  env.err << "coregroup case: " << error << "\n\n" << kHelp;
  return kUnusable;
}

int import_command(const Args& args, Env& env) {
  if (args.positional.empty()) return usage_error(env, "give at least one case file");
  auto store = open_store(args, env, "case import");
  if (!store) return kUnusable;
  std::string actor = actor_name(args);
  SharedInputs shared(env.fs, env.data_dir);
  int code = kOk;
  for (const std::string& path : args.positional) {
    store::ImportOutcome r = store::import_case_file(*store, shared, env.fs, path, actor);
    std::string what = "case " + r.case_reference + " meeting " + std::to_string(r.sequence) +
                       (r.approved ? " (approved)" : " (draft)");
    switch (r.status) {
      case store::ImportStatus::Added: env.out << path << ": stored " << what << '\n'; break;
      case store::ImportStatus::Updated: env.out << path << ": updated " << what << '\n'; break;
      case store::ImportStatus::Unchanged: env.out << path << ": unchanged " << what << '\n'; break;
      case store::ImportStatus::Conflict:  // only an edit based on a version conflicts; import is not one
      case store::ImportStatus::AlreadySaved:
        env.err << path << ": " << what << " was changed by someone else meanwhile\n";
        code = std::max(code, int(kRuleErrors));
        break;
      case store::ImportStatus::Refused: {
        print_findings(env.err, path, r.findings);
        bool unusable = false;
        for (const Finding& f : r.findings) {
          unusable = unusable || f.rule.rfind("load.", 0) == 0 || f.rule.rfind("profile.", 0) == 0 ||
                     f.rule.rfind("calendar.", 0) == 0 || f.rule.rfind("signature.", 0) == 0 ||
                     f.rule == "store.write";
        }
        code = std::max(code, unusable ? int(kUnusable) : int(kRuleErrors));
        break;
      }
    }
  }
  return code;
}

int export_command(const Args& args, Env& env) {
  if (args.positional.size() != 1) return usage_error(env, "give exactly one case reference");
  std::optional<int> sequence;
  if (args.options.count("--meeting")) {
    const std::string& n = args.get("--meeting");
    if (n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos)
      return usage_error(env, "--meeting must be a meeting's sequence number");
    sequence = std::stoi(n);
  }
  auto store = open_store(args, env, "case export");
  if (!store) return kUnusable;
  store::Exported e = store::export_case(*store, args.positional[0], sequence, actor_name(args));
  if (!e.error.empty()) {
    env.err << "coregroup case export: " << e.error << '\n';
    return kRuleErrors;
  }
  std::string out = args.get("--out");
  if (out.empty()) {
    env.out << e.text;
    return kOk;
  }
  std::string error;
  std::filesystem::path folder = std::filesystem::path(out).parent_path();
  for (const auto& [relative, png] : e.images) {
    std::filesystem::path target = folder / relative;
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (!env.fs.write_atomic(target.string(), png, error)) {
      env.err << "coregroup case export: cannot write " << target.string() << ": " << error << '\n';
      return kUnusable;
    }
  }
  if (!env.fs.write_atomic(out, e.text, error)) {
    env.err << "coregroup case export: cannot write " << out << ": " << error << '\n';
    return kUnusable;
  }
  return kOk;
}

Date today(const Env& env) { return Date::from_days(static_cast<long>(env.clock.now() / 86400)); }

int list_command(const Args& args, Env& env) {
  if (!args.positional.empty()) return usage_error(env, "case list takes no case reference");
  std::string due_before = args.get("--due-before");
  if (args.options.count("--due-before") && !Date::parse(due_before))
    return usage_error(env, "--due-before must be a date, YYYY-MM-DD");
  auto store = open_store(args, env, "case list");
  if (!store) return kUnusable;
  std::string error;
  auto cases = store::list_cases(*store, due_before, error);
  if (!error.empty()) {
    env.err << "coregroup case list: " << error << '\n';
    return kUnusable;
  }
  std::string now = today(env).iso();
  if (args.has("--json")) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& c : cases) {
      nlohmann::ordered_json j = {{"case_reference", c.reference}, {"authority", c.authority},
                                  {"plan_type", c.plan_type},      {"last_meeting", c.last_sequence},
                                  {"last_meeting_date", c.last_date}, {"last_meeting_status", c.last_status}};
      auto put = [&](const char* key, const std::optional<std::string>& v) {
        j[key] = v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
      };
      put("next_meeting", c.next_meeting);
      put("next_meeting_due", c.meeting_due);
      put("minutes_due", c.minutes_due);
      put("review_conference_due", c.review_due);
      auto earliest = c.earliest_due();
      j["overdue"] = earliest && *earliest < now;
      all.push_back(j);
    }
    env.out << all.dump(2) << '\n';
    return kOk;
  }
  for (const auto& c : cases) {
    env.out << c.reference << " (" << c.authority << ", " << c.plan_type << "): meeting " << c.last_sequence << " on "
            << c.last_date << " (" << c.last_status << ")";
    if (c.next_meeting) env.out << "; next meeting " << *c.next_meeting;
    auto due = [&](const char* what, const std::optional<std::string>& d) {
      if (d) env.out << "; " << what << " due by " << *d << (*d < now ? " OVERDUE" : "");
    };
    due("meeting", c.meeting_due);
    due("minutes", c.minutes_due);
    due("review conference", c.review_due);
    env.out << '\n';
  }
  return kOk;
}

nlohmann::ordered_json findings_json(const Findings& findings) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const Finding& f : findings)
    all.push_back({{"severity", severity_name(f.severity)}, {"rule", f.rule}, {"pointer", f.pointer},
                   {"message", f.message}});
  return all;
}

int history_command(const Args& args, Env& env) {
  if (args.positional.size() != 1) return usage_error(env, "give exactly one case reference");
  auto store = open_store(args, env, "case history");
  if (!store) return kUnusable;
  SharedInputs shared(env.fs, env.data_dir);
  store::History h = store::load_history(*store, shared, args.positional[0]);
  if (!h.error.empty()) {
    env.err << "coregroup case history: " << h.error << '\n';
    return kRuleErrors;
  }
  const Case& latest = h.cases.back();
  std::map<int, std::string> minutes_sent;  // by meeting sequence, as later meetings record it
  for (const Case& c : h.cases)
    for (const PreviousMeeting& p : c.previous_meetings)
      if (p.minutes_sent) minutes_sent[p.sequence] = p.minutes_sent->iso();
  std::vector<Findings> drift(h.cases.size());
  for (size_t i = 0; i < h.cases.size(); ++i)
    if (h.meetings[i].status == "approved")
      drift[i] = check_drift(store::drift_history_at(h, i), *h.profile, *h.calendar);
  std::vector<const Case*> approved;
  for (size_t i = 0; i < h.cases.size(); ++i)
    if (h.meetings[i].status == "approved") approved.push_back(&h.cases[i]);
  std::vector<ActionTrack> tracks = track_actions(approved);

  auto attendance = [&](const Case& c) {
    std::vector<std::pair<std::string, std::string>> rows;  // name, status
    for (const Attendance& a : c.meeting.attendance) {
      const Member* m = c.member(a.member);
      rows.emplace_back(m ? member_label(*m) : a.member, a.status);
    }
    return rows;
  };

  if (args.has("--json")) {
    nlohmann::ordered_json j = {{"case_reference", h.reference}, {"authority", latest.authority},
                                {"plan_type", plan_type_id(latest.plan_type)}};
    nlohmann::ordered_json meetings = nlohmann::ordered_json::array();
    for (size_t i = 0; i < h.cases.size(); ++i) {
      const Case& c = h.cases[i];
      nlohmann::ordered_json m = {{"sequence", c.meeting.sequence}, {"date", c.meeting.date.iso()},
                                  {"status", h.meetings[i].status}};
      nlohmann::ordered_json att = nlohmann::ordered_json::array();
      for (const auto& [name, status] : attendance(c)) att.push_back({{"member", name}, {"status", status}});
      m["attendance"] = att;
      auto sent = minutes_sent.find(c.meeting.sequence);
      m["minutes_sent"] = sent == minutes_sent.end() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(sent->second);
      m["drift"] = findings_json(drift[i]);
      meetings.push_back(m);
    }
    j["meetings"] = meetings;
    nlohmann::ordered_json actions = nlohmann::ordered_json::array();
    for (const ActionTrack& t : tracks) {
      nlohmann::ordered_json states = nlohmann::ordered_json::array();
      for (const ActionState& s : t.states)
        states.push_back({{"sequence", s.sequence}, {"status", s.status}, {"progress", s.progress}, {"by", s.by}});
      actions.push_back({{"id", t.id}, {"action", t.label}, {"meetings", t.meetings}, {"date_moved_later", t.due_moves},
                         {"open", t.open}, {"states", states}});
    }
    j["actions"] = actions;
    env.out << j.dump(2) << '\n';
    return kOk;
  }

  env.out << "case " << h.reference << " (" << latest.authority << ", " << plan_type_id(latest.plan_type) << ")\n\n";
  env.out << "Meetings\n";
  for (size_t i = 0; i < h.cases.size(); ++i) {
    const Case& c = h.cases[i];
    env.out << "  " << c.meeting.sequence << ". " << c.meeting.date.iso() << " (" << h.meetings[i].status << ")";
    auto sent = minutes_sent.find(c.meeting.sequence);
    if (sent != minutes_sent.end()) env.out << ", minutes sent " << sent->second;
    env.out << '\n';
    for (const auto& [name, status] : attendance(c)) env.out << "     " << status << ": " << name << '\n';
    for (const Finding& f : drift[i])
      env.out << "     " << severity_name(f.severity) << " " << f.rule << ": " << f.message << '\n';
  }
  env.out << "\nActions\n";
  for (const ActionTrack& t : tracks) {
    env.out << "  " << t.label << ": " << (t.open ? "open" : "closed") << ", in " << t.meetings
            << (t.meetings == 1 ? " meeting" : " meetings");
    if (t.due_moves) env.out << ", date moved later " << t.due_moves << (t.due_moves == 1 ? " time" : " times");
    env.out << '\n';
    for (const ActionState& s : t.states) {
      env.out << "     meeting " << s.sequence << ": " << s.status;
      if (!s.by.empty()) env.out << ", by " << s.by;
      if (!s.progress.empty()) env.out << ", \"" << s.progress << "\"";
      env.out << '\n';
    }
  }
  return kOk;
}

}  // namespace

int case_command(const std::vector<std::string>& argv, Env& env) {
  if (argv.empty()) return usage_error(env, "give a subcommand: import, export, list or history");
  if (argv[0] == "--help" || argv[0] == "-h") {
    env.out << kHelp;
    return kOk;
  }
  std::string error;
  std::vector<std::string> rest(argv.begin() + 1, argv.end());
  auto args = parse_args(rest, {"--store", "--actor", "--meeting", "--out", "--due-before"}, {"--help", "--json"}, error);
  if (!args) return usage_error(env, error);
  if (args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  if (argv[0] == "import") return import_command(*args, env);
  if (argv[0] == "export") return export_command(*args, env);
  if (argv[0] == "list") return list_command(*args, env);
  if (argv[0] == "history") return history_command(*args, env);
  return usage_error(env, "unknown subcommand \"" + argv[0] + "\"");
}

}  // namespace cg::cli
