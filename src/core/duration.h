#pragma once
// A statutory timescale such as "10 working days", "4 weeks" or "3 months".
#include <string>

#include "core/date.h"

namespace cg {

class WorkingDayCalendar;

struct Duration {
  enum class Unit { WorkingDays, Days, Weeks, Months };
  Unit unit = Unit::Days;
  int count = 0;

  Date after(Date start, const WorkingDayCalendar& calendar) const;  // the last day allowed
  Date before(Date end, const WorkingDayCalendar& calendar) const;   // counting back from `end`
  std::string text() const;                                          // "10 working days"
};

}  // namespace cg
