#pragma once
// Every due date that applies to a case, each with the rule behind it.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "model/case.h"
#include "model/profile.h"

namespace cg {

struct DueDate {
  std::string key;    // "first_core_group_due", "next_core_group_due", "minutes_due", ...
  Date date;
  std::string label;  // "Next Core Group due"
  std::string basis;  // the rule behind it, in plain words
  bool meeting = false;      // a meeting rather than a deadline
  std::string start{}, end{};  // times, for a scheduled meeting
  std::string venue{};
  // For calendar files, which leave the case system (phones, shared calendars): the label with no
  // child's name in it. Empty when the label names nobody.
  std::string calendar_label{};
  // The calendar event's description in the profile's words ("Deadline: " and the basis for a
  // deadline); empty for a meeting, whose description is its basis.
  std::string calendar_description{};
};

std::vector<DueDate> compute_schedule(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar);

}  // namespace cg
