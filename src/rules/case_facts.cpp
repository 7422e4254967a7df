#include "rules/case_facts.h"

#include <algorithm>

namespace cg {

std::optional<StartEvent> start_event(const Case& c) {
  switch (c.plan_type) {
    case PlanType::ChildProtection:
      if (c.conference && c.conference->initial)
        return StartEvent{*c.conference->initial, "the initial child protection conference", "/conference/initial"};
      break;
    case PlanType::ChildInNeed:
      if (c.assessment_completed)
        return StartEvent{*c.assessment_completed, "the social work assessment", "/assessment/completed"};
      break;
    case PlanType::LookedAfter:
      if (c.looked_after_first_review)
        return StartEvent{*c.looked_after_first_review, "the first looked after review", "/looked_after/first_review"};
      break;
  }
  return std::nullopt;
}

namespace {

// The flag, or the arranged next meeting against the review; nullopt when neither decides.
std::optional<bool> last_before_review_known(const Case& c) {
  if (c.meeting.last_before_review) return *c.meeting.last_before_review;
  if (c.plan_type != PlanType::ChildProtection || !c.conference || !c.conference->next_review) return false;
  Date review = *c.conference->next_review;
  if (c.meeting.date >= review) return false;
  if (c.meeting.next_meeting && c.meeting.next_meeting->date) return *c.meeting.next_meeting->date >= review;
  return std::nullopt;
}

}  // namespace

bool last_before_review(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar) {
  if (auto known = last_before_review_known(c)) return *known;
  const MeetingRules* rules = profile.rules_for(c.plan_type);
  if (!rules) return false;
  std::string basis;
  auto due = next_meeting_due(c, *rules, calendar, HeldMeeting{c.meeting.sequence, c.meeting.date, ""}, basis);
  return due && *due >= *c.conference->next_review;
}

bool signs_plan(const Case& c, const Member& m) {
  if (m.id != c.meeting.minute_taker || m.lead_social_worker) return true;
  for (const auto& o : c.plan.outcomes)
    for (const auto& a : o.actions)
      if (std::find(a.who.begin(), a.who.end(), m.id) != a.who.end()) return true;
  return std::any_of(c.signatures.begin(), c.signatures.end(),
                     [&](const Signature& s) { return s.member == m.id && s.document == "plan"; });
}

bool parent_or_carer_absent(const Case& c) {
  for (const auto& m : c.members) {
    if (m.kind != "parent" && m.kind != "carer") continue;
    const Attendance* a = c.attendance_of(m.id);
    if (!a || a->status != "present") return true;
  }
  return false;
}

namespace {

bool item_applies_when(const AgendaItem& item, const Case& c, bool last_before) {
  if (item.when.empty()) return true;
  if (item.when == "last_before_review") return last_before;
  if (item.when == "parent_or_carer_absent") return parent_or_carer_absent(c);
  if (item.when == "first_meeting") return c.meeting.sequence == 1;
  return true;
}

}  // namespace

bool item_applies(const AgendaItem& item, const Case& c, const Profile& profile, const WorkingDayCalendar& calendar) {
  return item_applies_when(item, c, item.when == "last_before_review" && last_before_review(c, profile, calendar));
}

std::vector<HeldMeeting> meetings_in_order(const Case& c) {
  std::vector<HeldMeeting> out;
  for (const auto& p : c.previous_meetings) out.push_back({p.sequence, p.date, p.pointer + "/date"});
  out.push_back({c.meeting.sequence, c.meeting.date, c.meeting.pointer + "/date"});
  std::stable_sort(out.begin(), out.end(), [](const HeldMeeting& a, const HeldMeeting& b) { return a.sequence < b.sequence; });
  return out;
}

std::optional<Date> review_conference_due(const Case& c, const MeetingRules& rules, const WorkingDayCalendar& calendar) {
  if (c.plan_type != PlanType::ChildProtection || !c.conference) return std::nullopt;
  if (c.conference->last_review && rules.later_reviews) return rules.later_reviews->after(*c.conference->last_review, calendar);
  if (c.conference->initial && rules.first_review) return rules.first_review->after(*c.conference->initial, calendar);
  return std::nullopt;
}

std::optional<Date> next_meeting_due(const Case& c, const MeetingRules& rules, const WorkingDayCalendar& calendar,
                                     const HeldMeeting& held, std::string& basis) {
  std::optional<Date> due;
  if (held.sequence == 1 && rules.second_meeting) {
    due = rules.second_meeting->after(held.date, calendar);
    basis = "the second meeting within " + rules.second_meeting->text() + " of the first";
  } else if (rules.interval) {
    due = rules.interval->after(held.date, calendar);
    basis = "meetings at most " + rules.interval->text() + " apart";
  }
  bool before_review = held.sequence == 1 && rules.second_before_review && c.conference && c.conference->next_review &&
                       held.date < *c.conference->next_review && !c.conference->last_review;
  if (before_review) {
    Date limit = c.conference->next_review->plus_days(-1);
    if (!due || limit < *due) {
      due = limit;
      basis = "the second meeting before the first review conference";
    }
  }
  return due;
}

}  // namespace cg
