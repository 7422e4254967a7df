#include <algorithm>
#include <map>

#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

void check_first_meeting(const RuleContext& ctx, const std::vector<HeldMeeting>& meetings, Findings& out) {
  const MeetingRules& rules = *ctx.meeting_rules;
  auto start = start_event(ctx.c);
  if (!rules.first_meeting || !start || meetings.empty() || meetings.front().sequence != 1) return;
  const HeldMeeting& first = meetings.front();
  Date due = rules.first_meeting->after(start->date, ctx.calendar);
  if (first.date > due)
    ctx.report(out, Severity::Error, "timescale.first_meeting_late", first.date_pointer,
               "the first " + rules.meeting_name + " on " + first.date.long_text() + " is late: it must be held within " +
                   rules.first_meeting->text() + " of " + start->name + " (" + start->date.long_text() + "), by " +
                   due.long_text());
}

// Usually every so often (a warning), within a longer limit (an error, reported elsewhere): later
// meetings only, since a second meeting may have its own rule.
void check_usual_interval(const RuleContext& ctx, const HeldMeeting& previous, Date next, std::optional<Date> limit,
                          const std::string& pointer, const std::string& what, Findings& out) {
  const MeetingRules& rules = *ctx.meeting_rules;
  if (!rules.usual_interval || (previous.sequence == 1 && rules.second_meeting)) return;
  if (limit && next > *limit) return;  // already an error
  Date usual = rules.usual_interval->after(previous.date, ctx.calendar);
  if (next > usual)
    ctx.report(out, Severity::Warning, "timescale.meeting_interval_usual", pointer,
               what + " on " + next.long_text() + " is more than " + rules.usual_interval->text() + " after the one on " +
                   previous.date.long_text() + "; " + ctx.profile.short_name + " usually meets every " +
                   rules.usual_interval->text() + " (by " + usual.long_text() + ")");
}

void check_intervals(const RuleContext& ctx, const std::vector<HeldMeeting>& meetings, Findings& out) {
  for (size_t i = 1; i < meetings.size(); ++i) {
    std::string basis;
    auto due = next_meeting_due(ctx.c, *ctx.meeting_rules, ctx.calendar, meetings[i - 1], basis);
    if (due && meetings[i].date > *due)
      ctx.report(out, Severity::Error, "timescale.meeting_interval", meetings[i].date_pointer,
                 "meeting " + std::to_string(meetings[i].sequence) + " on " + meetings[i].date.long_text() +
                     " came too long after the one on " + meetings[i - 1].date.long_text() + " (" + basis +
                     "; it was due by " + due->long_text() + ")");
    check_usual_interval(ctx, meetings[i - 1], meetings[i].date, due, meetings[i].date_pointer,
                         "meeting " + std::to_string(meetings[i].sequence), out);
  }
}

// Good practice: a meeting within the profile's time after the last review conference (a warning
// once that time has passed without one).
void check_after_review(const RuleContext& ctx, const std::vector<HeldMeeting>& meetings, Findings& out) {
  const Case& c = ctx.c;
  const MeetingRules& rules = *ctx.meeting_rules;
  if (!rules.after_review || c.plan_type != PlanType::ChildProtection || !c.conference || !c.conference->last_review)
    return;
  Date review = *c.conference->last_review;
  Date due = rules.after_review->after(review, ctx.calendar);
  if (c.meeting.date <= due) return;  // there is still time, or this meeting is it
  bool held = std::any_of(meetings.begin(), meetings.end(), [&](const HeldMeeting& m) { return m.date > review && m.date <= due; });
  if (!held)
    ctx.report(out, Severity::Warning, "timescale.after_review_meeting", "/conference/last_review",
               "no " + rules.meeting_name + " is recorded within " + rules.after_review->text() +
                   " after the review conference on " + review.long_text() + " (by " + due.long_text() + "); " +
                   ctx.profile.short_name + " good practice is to meet then");
}

void check_next_meeting(const RuleContext& ctx, const std::vector<HeldMeeting>& meetings, Findings& out) {
  const Meeting& m = ctx.c.meeting;
  bool has_date = m.next_meeting && m.next_meeting->date;
  if (!has_date) {
    if (kind_info(ctx.document).records_meeting)
      ctx.report(out, Severity::Error, "timescale.next_meeting_missing", m.pointer + "/next_meeting",
                 "no date was set for the next meeting; set it before the meeting ends so everyone can attend");
    return;
  }
  auto current = std::find_if(meetings.begin(), meetings.end(), [&](const HeldMeeting& h) { return h.sequence == m.sequence; });
  std::string basis;
  auto due = next_meeting_due(ctx.c, *ctx.meeting_rules, ctx.calendar, *current, basis);
  Date next = *m.next_meeting->date;
  if (due && next > *due)
    ctx.report(out, Severity::Error, "timescale.next_meeting_late", m.pointer + "/next_meeting/date",
               "the next meeting on " + next.long_text() + " is too far away (" + basis + "; it is due by " +
                   due->long_text() + ")");
  check_usual_interval(ctx, *current, next, due, m.pointer + "/next_meeting/date", "the next meeting", out);
}

void check_minutes(const RuleContext& ctx, Findings& out) {
  const MeetingRules& rules = *ctx.meeting_rules;
  if (!rules.minutes) return;
  for (const auto& p : ctx.c.previous_meetings) {
    Date due = rules.minutes->after(p.date, ctx.calendar);
    std::string which = "the minutes of meeting " + std::to_string(p.sequence) + " (" + p.date.long_text() + ")";
    // Barnsley: the timescale is for the minute-taker's copy to the social worker, who then sends
    // them on with the plan; everyone's copy is no earlier, so minutes_sent stands in without it.
    if (ctx.profile.distribution.via_lead_social_worker && p.minutes_to_social_worker) {
      if (*p.minutes_to_social_worker > due)
        ctx.report(out, Severity::Error, "timescale.minutes_late", p.pointer + "/minutes_to_social_worker",
                   which + " reached the social worker on " + p.minutes_to_social_worker->long_text() + ", after the " +
                       rules.minutes->text() + " allowed (due by " + due.long_text() + ")");
      continue;
    }
    if (!p.minutes_sent) {
      if (due < ctx.c.meeting.date)
        ctx.report(out, Severity::Error, "timescale.minutes_not_sent", p.pointer,
                   which + " were due by " + due.long_text() + " and are not recorded as sent (minutes_sent)");
      continue;
    }
    if (*p.minutes_sent > due) {
      ctx.report(out, Severity::Error, "timescale.minutes_late", p.pointer + "/minutes_sent",
                 which + " were sent on " + p.minutes_sent->long_text() + ", after the " + rules.minutes->text() +
                     " allowed (due by " + due.long_text() + ")");
    } else if (rules.minutes_best_practice) {
      Date good = rules.minutes_best_practice->after(p.date, ctx.calendar);
      if (*p.minutes_sent > good)
        ctx.report(out, Severity::Warning, "timescale.minutes_best_practice", p.pointer + "/minutes_sent",
                   which + " were sent on " + p.minutes_sent->long_text() + "; best practice in " +
                       ctx.profile.short_name + " is within " + rules.minutes_best_practice->text() + " (by " +
                       good.long_text() + ")");
    }
  }
}

void check_review_conference(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  if (c.plan_type != PlanType::ChildProtection || !c.conference) return;
  auto due = review_conference_due(c, *ctx.meeting_rules, ctx.calendar);
  if (!due) return;
  if (!c.conference->next_review) {
    ctx.report(out, Severity::Error, "timescale.review_conference_late", "/conference/next_review",
               "no date is recorded for the review child protection conference; it is due by " + due->long_text());
    return;
  }
  if (*c.conference->next_review > *due) {
    bool first = !c.conference->last_review;
    const Duration& limit = first ? *ctx.meeting_rules->first_review : *ctx.meeting_rules->later_reviews;
    ctx.report(out, Severity::Error, "timescale.review_conference_late", "/conference/next_review",
               "the review child protection conference on " + c.conference->next_review->long_text() +
                   " is too late: it must be within " + limit.text() + " of the " +
                   (first ? "initial conference" : "last review") + ", by " + due->long_text());
  }
}

}  // namespace

void check_timescales(const RuleContext& ctx, Findings& out) {
  if (!kind_info(ctx.document).sets_out_plan) {
    auto meetings = meetings_in_order(ctx.c);
    check_first_meeting(ctx, meetings, out);
    check_intervals(ctx, meetings, out);
    check_next_meeting(ctx, meetings, out);
    check_after_review(ctx, meetings, out);
    check_minutes(ctx, out);
  }
  check_review_conference(ctx, out);
}

// Visits by whom the profile says (Swindon: social work visits), the gap counted from the last such
// visit before the period since the previous meeting, else from the start of the plan, to the first
// visit in it, between visits, and from the last visit to this meeting.
void check_child_seen(const RuleContext& ctx, Findings& out) {
  const MeetingRules& rules = *ctx.meeting_rules;
  if (!rules.child_seen) return;
  const Case& c = ctx.c;
  const Meeting& m = c.meeting;
  Date period = m.date;
  for (const auto& p : c.previous_meetings)
    if (p.sequence == m.sequence - 1) period = p.date;
  auto start = start_event(c);
  if (period == m.date && start) period = start->date;
  const auto& by = ctx.profile.visits_by;
  const std::string visitor = by ? " by " + by->description : "";
  for (const auto& child : c.children) {
    std::vector<Date> seen;
    for (const auto& s : m.child_seen) {
      const Member* v = c.member(s.by);
      if (s.child == child.id && s.date <= m.date && (!by || (v && member_matches(*v, *by)))) seen.push_back(s.date);
    }
    std::sort(seen.begin(), seen.end());
    std::optional<Date> before;
    for (Date d : seen)
      if (d <= period) before = d;
    bool in_period = !seen.empty() && seen.back() > period;
    if (!in_period && !before) {
      ctx.report(out, Severity::Error, "timescale.child_not_seen", child.pointer,
                 "no visits" + visitor + " to " + child_label(child) + " are recorded since " + period.long_text() + "; " +
                     ctx.profile.short_name + " expects the child to be seen" + visitor + " at least every " +
                     rules.child_seen->text());
      continue;
    }
    Date previous = before ? *before : start && start->date <= period ? start->date : period;
    seen.push_back(m.date);
    for (Date d : seen) {
      if (d <= previous) continue;
      if (d > rules.child_seen->after(previous, ctx.calendar))
        ctx.report(out, Severity::Error, "timescale.child_not_seen", m.pointer + "/child_seen",
                   child_label(child) + " was not seen" + visitor + " for " + std::to_string(d - previous) + " days (from " +
                       previous.long_text() + " to " + d.long_text() + "); visits" + visitor + " should be at least every " +
                       rules.child_seen->text());
      previous = d;
    }
  }
}

}  // namespace cg
