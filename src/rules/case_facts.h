#pragma once
// Facts derived from a case that several rules, the schedule and the templates need.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "model/case.h"
#include "model/document_kind.h"
#include "model/profile.h"

namespace cg {

struct StartEvent {
  Date date;
  std::string name;     // "the initial child protection conference"
  std::string pointer;  // "/conference/initial"
};
// What starts the clock for the first meeting: ICPC, assessment, or first looked after review.
std::optional<StartEvent> start_event(const Case& c);

// The current meeting is the last core group before the review conference (child protection):
// the explicit meeting.last_before_review flag when given; else, when the next meeting's date is
// set, whether it falls on or after the review; else whether the next meeting, due by the
// profile's interval after this one, would fall on or after the review.
bool last_before_review(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar);
bool parent_or_carer_absent(const Case& c);
// Whether the plan asks the member to sign it: everyone but a minute-taker who owns no action, is not
// the lead social worker and has no plan signature entry (they write the record; they are not in the plan).
bool signs_plan(const Case& c, const Member& m);
bool item_applies(const AgendaItem& item, const Case& c, const Profile& profile, const WorkingDayCalendar& calendar);

struct HeldMeeting {
  int sequence;
  Date date;
  std::string date_pointer;
};
// Previous meetings and the current one, in order of sequence.
std::vector<HeldMeeting> meetings_in_order(const Case& c);

// The latest date the next review conference may be held (child protection only).
std::optional<Date> review_conference_due(const Case& c, const MeetingRules& rules, const WorkingDayCalendar& calendar);

// The latest date the meeting after `held` may be held: the second meeting's own rule if it has
// one, otherwise the interval; and before the review conference where the profile says so.
std::optional<Date> next_meeting_due(const Case& c, const MeetingRules& rules, const WorkingDayCalendar& calendar,
                                     const HeldMeeting& held, std::string& basis);

}  // namespace cg
