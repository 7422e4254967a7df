#include "rules/rules.h"

#include "rules/rule_context.h"

namespace cg {

namespace {

struct RuleGroup {
  void (*check)(const RuleContext&, Findings&);
  bool agenda, minutes, plan;
};

// Which rule groups apply to which document; see docs/rules.md.
const RuleGroup kRuleGroups[] = {
    {check_agenda_coverage, true, true, false},
    {check_smart_actions, true, true, true},
    {check_membership, true, true, true},
    {check_views, false, true, false},
    {check_timescales, true, true, true},
    {check_child_seen, false, true, false},
    {check_plan_sections, false, true, true},
    {check_record_sections, false, true, false},
    {check_progress, false, true, false},
    {check_distribution, true, true, false},
};

}  // namespace

Findings check_rules(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar, DocumentKind document) {
  Findings out;
  const MeetingRules* rules = profile.rules_for(c.plan_type);
  if (!rules) {
    out.push_back({Severity::Error, "profile.plan_type", "/plan_type",
                   profile.name + " has no " + plan_type_id(c.plan_type) + " meetings in its profile"});
    return out;
  }
  RuleContext ctx{c, profile, rules, calendar, document};
  for (const auto& group : kRuleGroups) {
    bool applies = (document == DocumentKind::Agenda && group.agenda) ||
                   (document == DocumentKind::Minutes && group.minutes) || (document == DocumentKind::Plan && group.plan);
    if (applies) group.check(ctx, out);
  }
  return out;
}

}  // namespace cg
