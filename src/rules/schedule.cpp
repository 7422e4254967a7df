#include "rules/schedule.h"

#include <algorithm>

#include "rules/case_facts.h"
#include "rules/schedule_words.h"

namespace cg {

std::vector<DueDate> compute_schedule(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar) {
  std::vector<DueDate> out;
  const MeetingRules* rules = profile.rules_for(c.plan_type);
  if (!rules) return out;
  const std::string& meeting = rules->meeting_name;
  auto word = [&](const char* key, const std::map<std::string, std::string>& values = {}) {
    return schedule_word(profile, key, values);
  };
  const std::string source = word("source", {{"authority", profile.short_name}});

  auto start = start_event(c);
  if (rules->first_meeting && start && c.meeting.sequence == 1)
    out.push_back({"first_core_group_due", rules->first_meeting->after(start->date, calendar),
                   word("first_due", {{"meeting", meeting}}),
                   word("first_basis", {{"duration", rules->first_meeting->text()}, {"event", start->name}}) + source});

  HeldMeeting current{c.meeting.sequence, c.meeting.date, ""};
  std::string basis;
  if (auto due = next_meeting_due(c, *rules, calendar, current, basis))
    out.push_back({"next_core_group_due", *due, word("next_due", {{"meeting", meeting}}), basis + source});

  if (rules->minutes)
    out.push_back({"minutes_due", rules->minutes->after(c.meeting.date, calendar), word("minutes_due"),
                   word("minutes_basis", {{"duration", rules->minutes->text()}}) + source});
  if (rules->minutes_best_practice)
    out.push_back({"minutes_best_practice", rules->minutes_best_practice->after(c.meeting.date, calendar),
                   word("minutes_best_practice"),
                   word("minutes_basis", {{"duration", rules->minutes_best_practice->text()}}) + source});

  if (auto review = review_conference_due(c, *rules, calendar)) {
    bool first = !c.conference->last_review;
    const Duration& d = first ? *rules->first_review : *rules->later_reviews;
    out.push_back({"review_conference_due", *review, word("review_due"),
                   word(first ? "review_basis_first" : "review_basis_later", {{"duration", d.text()}}) + source});
  }
  if (rules->before_review && c.conference && c.conference->next_review)
    out.push_back({"pre_review_core_group", rules->before_review->before(*c.conference->next_review, calendar),
                   word("pre_review", {{"meeting", meeting}}),
                   word("pre_review_basis", {{"duration", rules->before_review->text()}}) + source});

  if (rules->after_review && c.plan_type == PlanType::ChildProtection && c.conference && c.conference->last_review)
    out.push_back({"post_review_core_group", rules->after_review->after(*c.conference->last_review, calendar),
                   word("post_review", {{"meeting", meeting}}),
                   word("post_review_basis", {{"duration", rules->after_review->text()}}) + source});

  if (rules->child_seen) {
    for (const auto& child : c.children) {
      Date last = c.meeting.date;
      bool any = false;
      for (const auto& s : c.meeting.child_seen)
        if (s.child == child.id && (!any || s.date > last)) {
          last = s.date;
          any = true;
        }
      if (!any) continue;
      const std::string number = std::to_string(&child - c.children.data() + 1);
      DueDate visit{"child_seen_due", rules->child_seen->after(last, calendar),
                    word("visit_due", {{"child", child.first_name()}}),
                    word("visit_basis", {{"duration", rules->child_seen->text()}}) + source};
      visit.calendar_label = word("visit_calendar", {{"number", number}});
      out.push_back(visit);
    }
  }

  if (c.meeting.next_meeting && c.meeting.next_meeting->date) {
    DueDate next{"next_meeting", *c.meeting.next_meeting->date, word("arranged", {{"meeting", meeting}}),
                 word("arranged_basis")};
    next.meeting = true;
    next.start = c.meeting.next_meeting->start;
    next.end = c.meeting.next_meeting->end;
    next.venue = c.meeting.next_meeting->venue;
    out.push_back(next);
  }
  // A meeting or a deadline cannot fall on a weekend or a bank holiday: what is due by then is due by
  // the last working day before it, and the basis says why. Visits to a child may be any day.
  for (auto& d : out) {
    if (d.meeting || d.key == "child_seen_due" || calendar.is_working_day(d.date)) continue;
    Date limit = d.date;
    while (!calendar.is_working_day(d.date)) d.date = d.date.plus_days(-1);
    d.basis += word("not_working_day", {{"date", limit.long_text()}});
  }
  for (auto& d : out)
    if (!d.meeting) d.calendar_description = word("deadline", {{"basis", d.basis}});
  std::stable_sort(out.begin(), out.end(), [](const DueDate& a, const DueDate& b) { return a.date < b.date; });
  return out;
}

}  // namespace cg
