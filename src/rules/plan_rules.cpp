#include <algorithm>

#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

bool section_present(const Case& c, const std::string& pointer) {
  auto nonblank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; };
  const Plan& p = c.plan;
  if (pointer == "/plan/reasons") return nonblank(p.reasons);
  if (pointer == "/plan/needs") return !p.needs.empty();
  if (pointer == "/plan/outcomes") return !p.outcomes.empty();
  if (pointer == "/plan/contingency") return nonblank(p.contingency);
  if (pointer == "/plan/contact") return !p.contact.empty();
  if (pointer == "/plan/resources") return !p.resources.empty();
  if (pointer == "/plan/success_measures") return nonblank(p.success_measures);
  const SignsOfSafety* s = c.signs_of_safety ? &*c.signs_of_safety : nullptr;
  if (pointer == "/signs_of_safety/danger_statements") return s && !s->danger_statements.empty();
  if (pointer == "/signs_of_safety/safety_goals") return s && !s->safety_goals.empty();
  if (pointer == "/signs_of_safety/worries") return s && !s->worries.empty();
  if (pointer == "/signs_of_safety/working_well") return s && !s->working_well.empty();
  if (pointer == "/signs_of_safety/next_steps") return s && !s->next_steps.empty();
  // A scale no one scored is not scaling: the questions are there to be answered.
  if (pointer == "/signs_of_safety/scaling")
    return s && std::any_of(s->scaling.begin(), s->scaling.end(), [](const Scaling& q) { return !q.scores.empty(); });
  if (pointer == "/risk") return c.risk.has_value();
  return false;
}

}  // namespace

// The first meeting turns the conference's outline plan into a detailed one: it may adjust and add,
// not remove (Swindon). An action deleted outright needs the history of the plan to be seen.
void check_first_meeting_keeps_actions(const RuleContext& ctx, Findings& out) {
  if (!ctx.profile.first_meeting_keeps_actions || ctx.c.meeting.sequence != 1) return;
  const auto& outcomes = ctx.c.plan.outcomes;
  for (size_t oi = 0; oi < outcomes.size(); ++oi)
    for (size_t ai = 0; ai < outcomes[oi].actions.size(); ++ai) {
      const Action& a = outcomes[oi].actions[ai];
      if (a.status == "no_longer_needed")
        ctx.report(out, Severity::Error, "plan.first_meeting_removed_action", a.pointer + "/status",
                   action_label(a, oi, ai) + " is marked no longer needed at the first " +
                       ctx.meeting_rules->meeting_name + "; in " + ctx.profile.short_name +
                       " the first meeting may adjust and add to the plan from the conference, but may not remove "
                       "any agreed action");
    }
}

void check_plan_sections(const RuleContext& ctx, Findings& out) {
  check_first_meeting_keeps_actions(ctx, out);
  for (const auto& section : ctx.profile.required_plan_sections) {
    if (!section_present(ctx.c, section.pointer))
      ctx.report(out, Severity::Error, "plan.section_missing", section.pointer,
                 "the " + ctx.meeting_rules->plan_name + " must include \"" + section.title + "\", which is missing or empty");
  }
}

}  // namespace cg

namespace cg {

// What the minutes of every meeting record, beyond the plan (Barnsley's Signs of Safety mapping:
// scaling, worries, next steps).
void check_record_sections(const RuleContext& ctx, Findings& out) {
  for (const auto& section : ctx.profile.required_record_sections) {
    if (section_present(ctx.c, section.pointer)) continue;
    ctx.report(out, section.severity, "record.section_missing", section.pointer,
               "the minutes of a " + ctx.profile.short_name + " " + ctx.meeting_rules->meeting_name + " record \"" +
                   section.title + "\", which is missing or empty (" + section.source + ")");
  }
}

}  // namespace cg
