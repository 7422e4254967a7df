#include <algorithm>
#include <cctype>
#include <set>

#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (unsigned char ch : text) {
    if (std::isalnum(ch) || ch >= 0x80 || ch == '\'') {
      current += static_cast<char>(std::tolower(ch));
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  for (auto& w : words) {
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    w.erase(std::remove(w.begin(), w.end(), '\''), w.end());
  }
  return words;
}

// "2026-02-30": written as a date, but no such day.
bool date_shaped(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// An action is vague when every word in it is a vague verb, a filler word or a member's name:
// "Social worker to monitor", "Continue to support Dawn".
bool is_vague(const std::string& what, const std::set<std::string>& vague, const std::set<std::string>& filler) {
  auto words = words_of(what);
  if (words.empty()) return true;
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return vague.count(w) || filler.count(w); });
}

void add_words(std::set<std::string>& into, const std::string& text) {
  for (auto& w : words_of(text)) into.insert(w);
}

}  // namespace

void check_smart_actions(const RuleContext& ctx, Findings& out) {
  // Before the meeting the actions are still being written: vague ones are warnings until then.
  Severity severity = kind_info(ctx.document).before_meeting ? Severity::Warning : Severity::Error;
  std::set<std::string> vague, filler;
  for (const auto& t : ctx.profile.vague_terms) add_words(vague, t);
  for (const auto& t : ctx.profile.filler_words) add_words(filler, t);
  for (const auto& m : ctx.c.members) {
    add_words(filler, m.name);
    add_words(filler, m.role);
  }
  for (const auto& ch : ctx.c.children) {
    add_words(filler, ch.name);
    add_words(filler, ch.known_as);
  }

  for (size_t oi = 0; oi < ctx.c.plan.outcomes.size(); ++oi) {
    const Outcome& outcome = ctx.c.plan.outcomes[oi];
    if (blank(outcome.outcome) && !outcome.actions.empty())
      ctx.report(out, severity, "smart.relevant", outcome.pointer + "/outcome",
                 "this outcome has actions but does not say what it is for; state the outcome for the child so each "
                 "action can be judged against it");
    for (size_t ai = 0; ai < outcome.actions.size(); ++ai) {
      const Action& a = outcome.actions[ai];
      std::string label = action_label(a, oi, ai);
      if (is_vague(a.what, vague, filler))
        ctx.report(out, severity, "smart.specific", a.pointer + "/what",
                   blank(a.what) ? label + " does not say what will be done"
                                 : label + " is too vague to check (\"monitor\", \"support\", \"continue\" and similar "
                                           "words need a specific task: what, where, how often)");
      if (blank(a.how_measured))
        ctx.report(out, severity, "smart.measurable", a.pointer + "/how_measured",
                   label + " does not say how we will know it has been done (how_measured)");
      if (a.who.empty())
        ctx.report(out, severity, "smart.owned", a.pointer + "/who", label + " has no owner; name who will do it (who)");

      bool dated = !blank(a.by);
      bool recurring = !blank(a.frequency);
      if (dated && !Date::parse(a.by) && date_shaped(a.by)) {
        ctx.report(out, severity, "smart.time_bound", a.pointer + "/by",
                   label + " has a \"by\" date that is not on the calendar; check the day and the month");
      } else if (dated && !Date::parse(a.by)) {
        ctx.report(out, severity, "smart.time_bound", a.pointer + "/by",
                   label + " has \"by\" that is not a date; words such as \"ongoing\", \"asap\" or \"tbc\" are not "
                           "timescales, give a date as YYYY-MM-DD");
      } else if (!dated && recurring && blank(a.until)) {
        ctx.report(out, severity, "smart.time_bound", a.pointer + "/until",
                   label + " repeats (" + std::string("frequency") + ") but has no end date (until)");
      } else if (!dated && recurring && !Date::parse(a.until)) {
        ctx.report(out, severity, "smart.time_bound", a.pointer + "/until",
                   label + " has \"until\" that is not a date; give a date as YYYY-MM-DD");
      } else if (!dated && !recurring) {
        ctx.report(out, severity, "smart.time_bound", a.pointer + "/by",
                   label + " has no timescale; give a date (by), or a frequency with an end date (until)");
      }

      auto by = a.by_date();
      bool finished = a.status == "done" || a.status == "no_longer_needed";
      if (!kind_info(ctx.document).sets_out_plan && by && *by < ctx.c.meeting.date && !finished)
        ctx.report(out, Severity::Warning, "action.overdue", a.pointer + "/by",
                   label + " was due by " + by->long_text() + " and is not recorded as done");
    }
  }
}

}  // namespace cg
