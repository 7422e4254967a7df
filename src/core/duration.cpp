#include "core/duration.h"

#include "core/calendar.h"

namespace cg {

Date Duration::after(Date start, const WorkingDayCalendar& calendar) const {
  switch (unit) {
    case Unit::WorkingDays: return calendar.add_working_days(start, count);
    case Unit::Days: return start.plus_days(count);
    case Unit::Weeks: return start.plus_days(7L * count);
    case Unit::Months: return start.plus_months(count);
  }
  return start;
}

Date Duration::before(Date end, const WorkingDayCalendar& calendar) const {
  switch (unit) {
    case Unit::WorkingDays: return calendar.add_working_days(end, -count);
    case Unit::Days: return end.plus_days(-static_cast<long>(count));
    case Unit::Weeks: return end.plus_days(-7L * count);
    case Unit::Months: return end.plus_months(-count);
  }
  return end;
}

std::string Duration::text() const {
  const char* unit_name = "days";
  switch (unit) {
    case Unit::WorkingDays: unit_name = count == 1 ? "working day" : "working days"; break;
    case Unit::Days: unit_name = count == 1 ? "day" : "days"; break;
    case Unit::Weeks: unit_name = count == 1 ? "week" : "weeks"; break;
    case Unit::Months: unit_name = count == 1 ? "month" : "months"; break;
  }
  return std::to_string(count) + " " + unit_name;
}

}  // namespace cg
