#include "rules/drift.h"

#include <algorithm>
#include <map>

#include "rules/labels.h"

namespace cg {

namespace {

const DriftRule* rule(const Profile& profile, const char* id) {
  auto it = profile.drift.find(id);
  return it == profile.drift.end() ? nullptr : &it->second;
}

struct Placed {
  const Action* action = nullptr;
  size_t outcome = 0, index = 0;
};

std::map<std::string, Placed> actions_by_id(const Case& c) {
  std::map<std::string, Placed> out;
  for (size_t o = 0; o < c.plan.outcomes.size(); ++o)
    for (size_t a = 0; a < c.plan.outcomes[o].actions.size(); ++a)
      out[c.plan.outcomes[o].actions[a].id] = {&c.plan.outcomes[o].actions[a], o, a};
  return out;
}

std::string times(int n) { return n == 1 ? "once" : n == 2 ? "twice" : std::to_string(n) + " times"; }

std::string meetings_text(int n) { return std::to_string(n) + (n == 1 ? " meeting" : " meetings"); }

std::string cite(const DriftRule& r) { return " (" + r.source + ")"; }

void action_stalled(const DriftHistory& h, const DriftRule& r, Findings& out) {
  int n = std::max(r.threshold, 2);
  if (static_cast<int>(h.meetings.size()) < n) return;
  const Case& last = *h.meetings.back();
  for (const auto& [id, here] : actions_by_id(last)) {
    if (!action_open(here.action->status)) continue;
    bool same = true;
    for (int k = 2; k <= n && same; ++k) {
      auto earlier = actions_by_id(*h.meetings[h.meetings.size() - k]);
      auto it = earlier.find(id);
      same = it != earlier.end() && action_open(it->second.action->status) &&
             it->second.action->status == here.action->status && it->second.action->progress == here.action->progress;
    }
    if (!same) continue;
    out.push_back({Severity::Warning, "drift.action_stalled", here.action->pointer + "/progress",
                   action_label(*here.action, here.outcome, here.index) + " has been open across " +
                       meetings_text(n) + " with no change in its progress; the core group should say what is "
                       "stopping it and what will change" + cite(r)});
  }
}

void due_date_slipped(const DriftHistory& h, const DriftRule& r, Findings& out) {
  int n = std::max(r.threshold, 1);
  const Case& last = *h.meetings.back();
  for (const ActionTrack& t : track_actions(h.meetings)) {
    if (!t.in_last || !t.open || t.due_moves < n) continue;
    auto here = actions_by_id(last).at(t.id);
    out.push_back({Severity::Warning, "drift.due_date_slipped", here.action->pointer + "/by",
                   action_label(*here.action, here.outcome, here.index) + " has had its date moved later " +
                       times(t.due_moves) + " (now " + here.action->by + ")" + cite(r)});
  }
}

void first_meeting_dropped(const DriftHistory& h, const DriftRule& r, Findings& out) {
  const Case& last = *h.meetings.back();
  if (!h.first_meeting_as_agreed || last.meeting.sequence != 1) return;
  auto now = actions_by_id(last);
  const Case& agreed = *h.first_meeting_as_agreed;
  for (size_t o = 0; o < agreed.plan.outcomes.size(); ++o) {
    for (size_t a = 0; a < agreed.plan.outcomes[o].actions.size(); ++a) {
      const Action& action = agreed.plan.outcomes[o].actions[a];
      if (now.count(action.id)) continue;
      out.push_back({Severity::Error, "drift.first_meeting_dropped_actions", "/plan/outcomes",
                     action_label(action, o, a) + ", agreed at the conference, was removed at the first " +
                         "core group, which may adjust and add to the plan but not remove agreed actions" + cite(r)});
    }
  }
}

void risk_increasing(const DriftHistory& h, const DriftRule& r, Findings& out) {
  int n = std::max(r.threshold, 1);
  if (static_cast<int>(h.meetings.size()) < n) return;
  for (int k = 1; k <= n; ++k) {
    const Case& c = *h.meetings[h.meetings.size() - k];
    if (!c.risk || c.risk->direction != "increased") return;
  }
  out.push_back({Severity::Warning, "drift.risk_increasing", "/risk/direction",
                 "risk has been judged increased at " + std::to_string(n) +
                     " meetings running; consider whether the plan is working and whether the review conference "
                     "should be brought forward" + cite(r)});
}

// The mean score of each scaling question, by its text.
std::map<std::string, double> scaling_means(const Case& c) {
  std::map<std::string, double> means;
  if (!c.signs_of_safety) return means;
  for (const Scaling& s : c.signs_of_safety->scaling) {
    if (s.scores.empty()) continue;
    double sum = 0;
    for (const ScalingScore& score : s.scores) sum += score.score;
    means[s.question] = sum / static_cast<double>(s.scores.size());
  }
  return means;
}

void scaling_falling(const DriftHistory& h, const DriftRule& r, Findings& out) {
  int n = std::max(r.threshold, 1);  // falling at n meetings running
  if (static_cast<int>(h.meetings.size()) < n + 1) return;
  const Case& last = *h.meetings.back();
  if (!last.signs_of_safety) return;
  for (size_t q = 0; q < last.signs_of_safety->scaling.size(); ++q) {
    const Scaling& s = last.signs_of_safety->scaling[q];
    bool falling = true;
    for (int k = 1; k <= n && falling; ++k) {
      auto now = scaling_means(*h.meetings[h.meetings.size() - k]);
      auto before = scaling_means(*h.meetings[h.meetings.size() - k - 1]);
      falling = now.count(s.question) && before.count(s.question) && now[s.question] < before[s.question];
    }
    if (!falling) continue;
    out.push_back({Severity::Warning, "drift.scaling_falling", s.pointer + "/scores",
                   "the scaling scores for \"" + s.question + "\" have fallen at " + meetings_text(n) +
                       " running; the safety plan may not be working" + cite(r)});
  }
}

void member_absent(const DriftHistory& h, const DriftRule& r, Findings& out) {
  int n = std::max(r.threshold, 1);
  if (static_cast<int>(h.meetings.size()) < n) return;
  const Case& last = *h.meetings.back();
  for (const Member& m : last.members) {
    bool away = true;
    for (int k = 1; k <= n && away; ++k) {
      const Attendance* a = h.meetings[h.meetings.size() - k]->attendance_of(m.id);
      away = a && (a->status == "absent" || a->status == "apologies");
    }
    if (!away) continue;
    out.push_back({Severity::Warning, "drift.member_absent", m.pointer,
                   member_label(m) + " has been absent or sent apologies at " + std::to_string(n) +
                       " meetings running; find out why and how they will take part" + cite(r)});
  }
}

void minutes_late(const DriftHistory& h, const DriftRule& r, const Profile& profile, const WorkingDayCalendar& calendar,
                  Findings& out) {
  const Case& last = *h.meetings.back();
  const MeetingRules* rules = profile.rules_for(last.plan_type);
  if (!rules || !rules->minutes) return;
  int late = 0;
  std::string dates;
  for (const PreviousMeeting& p : last.previous_meetings) {
    if (!p.minutes_sent || *p.minutes_sent <= rules->minutes->after(p.date, calendar)) continue;
    ++late;
    dates += (dates.empty() ? "" : ", ") + p.date.iso();
  }
  if (late < std::max(r.threshold, 1)) return;
  out.push_back({Severity::Warning, "drift.minutes_late", "/previous_meetings",
                 "minutes were sent later than " + rules->minutes->text() + " after " + std::to_string(late) +
                     " meetings (" + dates + ")" + cite(r)});
}

void plan_open_long(const DriftHistory& h, const DriftRule& r, Findings& out) {
  const Case& last = *h.meetings.back();
  if (last.plan_type != PlanType::ChildProtection || !last.conference || !last.conference->initial) return;
  Date limit = last.conference->initial->plus_months(r.threshold);
  if (last.meeting.date < limit) return;
  out.push_back({Severity::Warning, "drift.plan_open_long", "/conference/initial",
                 "the child protection plan has been open since " + last.conference->initial->iso() + ", " +
                     std::to_string(r.threshold) + " months or more by this meeting; the review conference should "
                     "consider whether it is achieving change" + cite(r)});
}

void repeat_plan(const DriftHistory& h, const DriftRule& r, Findings& out) {
  const Case& last = *h.meetings.back();
  if (last.plan_type != PlanType::ChildProtection || !last.conference || !last.conference->initial) return;
  Date start = *last.conference->initial;
  for (Date ended : h.earlier_plans_ended) {
    if (ended > start || ended.plus_months(12 * r.threshold) <= start) continue;
    out.push_back({Severity::Warning, "drift.repeat_plan", "/conference/initial",
                   "this is a second child protection plan within " + std::to_string(r.threshold) +
                       " years: an earlier plan for the same child ended on " + ended.iso() + cite(r)});
    return;
  }
}

}  // namespace

bool action_open(const std::string& status) { return status != "done" && status != "no_longer_needed"; }

std::vector<ActionTrack> track_actions(const std::vector<const Case*>& meetings) {
  std::vector<ActionTrack> tracks;
  std::map<std::string, size_t> index;
  for (size_t m = 0; m < meetings.size(); ++m) {
    const Case& c = *meetings[m];
    for (size_t o = 0; o < c.plan.outcomes.size(); ++o) {
      for (size_t a = 0; a < c.plan.outcomes[o].actions.size(); ++a) {
        const Action& action = c.plan.outcomes[o].actions[a];
        auto [it, added] = index.emplace(action.id, tracks.size());
        if (added) tracks.push_back({action.id, "", {}, 0, 0, false, false});
        ActionTrack& t = tracks[it->second];
        t.label = action_label(action, o, a);
        if (!t.states.empty()) {
          auto before = Date::parse(t.states.back().by), now = Date::parse(action.by);
          if (before && now && *now > *before) ++t.due_moves;
        }
        t.states.push_back({c.meeting.sequence, action.status, action.progress, action.by});
        t.meetings = static_cast<int>(t.states.size());
        t.open = action_open(action.status);
        t.in_last = m + 1 == meetings.size();
      }
    }
  }
  return tracks;
}

Findings check_drift(const DriftHistory& h, const Profile& profile, const WorkingDayCalendar& calendar) {
  Findings out;
  if (h.meetings.empty()) return out;
  if (auto* r = rule(profile, "action_stalled")) action_stalled(h, *r, out);
  if (auto* r = rule(profile, "due_date_slipped")) due_date_slipped(h, *r, out);
  if (auto* r = rule(profile, "first_meeting_dropped_actions")) first_meeting_dropped(h, *r, out);
  if (auto* r = rule(profile, "risk_increasing")) risk_increasing(h, *r, out);
  if (auto* r = rule(profile, "scaling_falling")) scaling_falling(h, *r, out);
  if (auto* r = rule(profile, "member_absent")) member_absent(h, *r, out);
  if (auto* r = rule(profile, "minutes_late")) minutes_late(h, *r, profile, calendar, out);
  if (auto* r = rule(profile, "plan_open_long")) plan_open_long(h, *r, out);
  if (auto* r = rule(profile, "repeat_plan")) repeat_plan(h, *r, out);
  return out;
}

}  // namespace cg
