#include "rules/rules.h"

#include "rules/rule_context.h"

namespace cg {

namespace {

struct RuleGroup {
  void (*check)(const RuleContext&, Findings&);
  RuleSet set;
};

// The rule groups in the order they report; which apply to which document is in the document kinds
// table (model/document_kind.cpp); see docs/rules.md.
const RuleGroup kRuleGroups[] = {
    {check_agenda_coverage, kAgendaCoverageRules},
    {check_smart_actions, kSmartActionRules},
    {check_membership, kMembershipRules},
    {check_views, kViewsRules},
    {check_timescales, kTimescaleRules},
    {check_child_seen, kChildSeenRules},
    {check_plan_sections, kPlanSectionRules},
    {check_record_sections, kRecordSectionRules},
    {check_progress, kProgressRules},
    {check_distribution, kDistributionRules},
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
  const unsigned applies = kind_info(document).rule_sets;
  for (const auto& group : kRuleGroups)
    if (applies & group.set) group.check(ctx, out);
  return out;
}

}  // namespace cg
