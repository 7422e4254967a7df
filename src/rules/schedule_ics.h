#pragma once
// The schedule as an iCalendar (RFC 5545) file a chair can import into a calendar.
#include <ctime>
#include <string>
#include <vector>

#include "rules/schedule.h"

namespace cg {

// Event titles carry the case reference, never names. `stamp` becomes DTSTAMP.
std::string schedule_to_ics(const std::vector<DueDate>& schedule, const std::string& case_reference, std::time_t stamp);

}  // namespace cg
