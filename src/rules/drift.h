#pragma once
// Drift rules (drift.*): what only a case's history of meetings shows. Actions carried with no
// progress, due dates that slip, agreed actions dropped at the first core group, risk rising, a
// member who stops coming, minutes sent late, a plan open too long or repeated. Thresholds and the
// guidance behind each rule are in the profile ("drift"); a rule the profile leaves out is off.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/finding.h"
#include "model/case.h"
#include "model/profile.h"

namespace cg {

struct DriftHistory {
  // The case as recorded at each meeting, in order of sequence; the last is the meeting checked,
  // and findings point into it.
  std::vector<const Case*> meetings;
  // The first version stored of meeting 1 (the plan as the conference agreed it), when known.
  const Case* first_meeting_as_agreed = nullptr;
  // When earlier child protection plans for the same children ended (other cases in the store).
  std::vector<Date> earlier_plans_ended;
};

Findings check_drift(const DriftHistory& history, const Profile& profile, const WorkingDayCalendar& calendar);

// The life of one action across the meetings of a history.
struct ActionState {
  int sequence = 0;
  std::string status, progress, by;
};
struct ActionTrack {
  std::string id, label;           // label as findings name it: action 1.2 ("...")
  std::vector<ActionState> states;  // one per meeting it appears in, in order
  int meetings = 0;                 // how many meetings it has appeared in
  int due_moves = 0;                // how often its date moved later
  bool open = false;                // not done or no longer needed at the last meeting it appears in
  bool in_last = false;             // present at the history's last meeting
};
// Every action that appears in any meeting, in order of first appearance.
std::vector<ActionTrack> track_actions(const std::vector<const Case*>& meetings);

bool action_open(const std::string& status);  // not done and not no_longer_needed

}  // namespace cg
