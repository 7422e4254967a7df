// A plan that is not progressing, and what the core group did about it: escalation (a strategy
// discussion, legal planning, the review conference brought forward, who was told, the outcome)
// and professional disagreement resolved in stages.
#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

// An action is failing when it was not done, or is overdue.
bool failing(const Action& a, const Date& meeting) {
  if (a.status == "not_done") return true;
  auto by = a.by_date();
  return by && *by < meeting && a.status != "done" && a.status != "no_longer_needed";
}

void check_not_progressing(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  if (!ctx.profile.not_progressing || !c.risk || c.risk->direction != "increased" || c.meeting.escalation) return;
  int counted = 0, failed = 0;
  for (const auto& o : c.plan.outcomes)
    for (const auto& a : o.actions) {
      if (a.status == "no_longer_needed") continue;
      ++counted;
      if (failing(a, c.meeting.date)) ++failed;
    }
  if (counted == 0 || failed < counted) return;
  ctx.report(out, ctx.profile.not_progressing->severity, "plan.not_progressing", c.risk->pointer + "/direction",
             "risk has increased and every action on the plan (" + std::to_string(counted) +
                 ") is not done or overdue, and no escalation is recorded (meeting.escalation: the reasons, a "
                 "strategy discussion, legal planning or the review conference brought forward, who was told, and "
                 "the outcome); " + ctx.profile.not_progressing->source);
}

void check_escalation(const RuleContext& ctx, Findings& out) {
  if (!ctx.c.meeting.escalation) return;
  const Escalation& e = *ctx.c.meeting.escalation;
  std::vector<std::string> missing;
  if (e.steps.empty()) missing.push_back("what was done (steps)");
  if (e.informed.empty()) missing.push_back("who was told (informed)");
  if (blank(e.outcome)) missing.push_back("the outcome");
  if (missing.empty()) return;
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i) list += (i ? (i + 1 == missing.size() ? " and " : ", ") : "") + missing[i];
  ctx.report(out, Severity::Warning, "escalation.incomplete", e.pointer,
             "the escalation record does not say " + list);
}

void check_disagreement_stages(const RuleContext& ctx, Findings& out) {
  if (!ctx.profile.disagreement_in_stages) return;
  for (const auto& d : ctx.c.meeting.disagreements) {
    int expected = 1;
    for (const auto& s : d.stages) {
      if (s.stage > expected) {
        ctx.report(out, Severity::Error, "disagreement.stage_skipped", s.pointer + "/stage",
                   "the disagreement about \"" + d.about + "\" reached stage " + std::to_string(s.stage) +
                       " without stage " + std::to_string(expected) + " before it; " +
                       ctx.profile.disagreement_in_stages->source);
        break;
      }
      if (s.stage == expected) ++expected;
    }
  }
}

}  // namespace


void check_progress(const RuleContext& ctx, Findings& out) {
  check_not_progressing(ctx, out);
  check_escalation(ctx, out);
  check_disagreement_stages(ctx, out);
}

}  // namespace cg
