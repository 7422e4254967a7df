// Who received the minutes of each earlier meeting, when, and with what (docs/rules.md,
// distribution.*). Checked only where a meeting lists its recipients (`sent_to`): a file with one
// `minutes_sent` date for everyone keeps the timescale rules only.
#include <algorithm>

#include "input/json_walker.h"
#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

void check_distribution(const RuleContext& ctx, Findings& out) {
  const DistributionRules& rules = ctx.profile.distribution;
  const MeetingRules& timing = *ctx.meeting_rules;
  for (const auto& p : ctx.c.previous_meetings) {
    if (p.sent_to.empty()) continue;
    const std::string which = "the minutes of meeting " + std::to_string(p.sequence) + " (" + p.date.long_text() + ")";
    if (rules.every_member)
      for (const auto& m : ctx.c.members)
        if ((!m.joined || *m.joined <= p.date) && std::none_of(p.sent_to.begin(), p.sent_to.end(), [&](const Recipient& r) { return r.member == m.id; }))
          ctx.report(out, *rules.every_member, "distribution.member_missing", pointer_child(p.pointer, "sent_to"),
                     which + " are not recorded as sent to " + member_label(m) + "; " + rules.source);
    for (const auto& r : p.sent_to) {
      const Member* m = ctx.c.member(r.member);
      const std::string who = m ? member_label(*m) : r.member;
      if (!r.date) {
        ctx.report(out, Severity::Error, "distribution.not_sent", r.pointer,
                   which + " are listed for " + who + " with no date they were sent");
        continue;
      }
      // Barnsley: the timescale is the minute-taker's copy to the social worker; the social
      // worker's own sending has none in the guidance.
      if (timing.minutes && !rules.via_lead_social_worker) {
        Date due = timing.minutes->after(p.date, ctx.calendar);
        if (*r.date > due)
          ctx.report(out, Severity::Error, "distribution.recipient_late", pointer_child(r.pointer, "date"),
                     which + " reached " + who + " on " + r.date->long_text() + ", after the " + timing.minutes->text() +
                         " " + ctx.profile.short_name + " allows (due by " + due.long_text() + ")");
      }
      if (rules.with_plan && std::find(r.with.begin(), r.with.end(), "plan") == r.with.end())
        ctx.report(out, *rules.with_plan, "distribution.plan_not_sent", pointer_child(r.pointer, "with"),
                   which + " went to " + who + " without the plan; " + rules.source);
    }
  }
}

}  // namespace cg
