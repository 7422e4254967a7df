#pragma once
// Working days in England and Wales: weekends and bank holidays (by rule, plus one-off changes
// loaded as data) and any council closure days are not working days.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/finding.h"

namespace cg {

struct Holiday {
  Date date;
  std::string name;
};

class WorkingDayCalendar {
 public:
  // The regular bank holidays by rule for every year, substitute days included: New Year's Day,
  // Good Friday, Easter Monday, Early May, Spring, Summer, Christmas Day, Boxing Day.
  WorkingDayCalendar();

  // One-off changes as JSON: {"source": "...", "changes": [{"year": 2012, "name": "...",
  // "source": "...", "remove": ["2012-05-28"], "add": [{"date": "2012-06-04", "name": "..."}]}]}.
  // All or nothing: if any error is found, nothing is applied. Findings use rule "calendar.data"
  // and a JSON pointer into json_text; messages start "source_name: ".
  Findings apply_changes_json(std::string_view json_text, const std::string& source_name);

  // Council closure days, one "YYYY-MM-DD Name of closure" per line; blank lines and lines
  // starting '#' are skipped. All or nothing, like apply_changes_json. Findings use rule
  // "calendar.closures"; messages start "source_name:LINE: ".
  Findings add_closures_text(std::string_view text, const std::string& source_name);

  // A date that is already a holiday keeps its first name.
  void add_holiday(Date date, std::string name);

  // SHA-256 over what was added to or taken from the rule holidays (the rules themselves are
  // coregroup's code): two calendars with the same digest count the same working days.
  std::string data_digest() const;

  bool is_working_day(Date d) const;  // not a weekend, not a holiday
  std::optional<std::string> holiday_name(Date d) const;
  std::vector<Holiday> holidays_in_year(int year) const;  // sorted by date

  // The n-th working day after start (start itself not counted); n == 0 returns start and a
  // negative n counts back.
  Date add_working_days(Date start, int n) const;
  // Number of working days d with from < d <= to (0 if to <= from).
  int working_days_between(Date from, Date to) const;

 private:
  void remove_holiday(Date date);

  // Rule holidays precomputed for kFirstYear..kLastYear; other years are computed on demand.
  std::map<long, std::string> rules_;
  std::set<long> removed_;               // rule holidays taken away by one-off changes
  std::map<long, std::string> added_;    // one-offs, closures, add_holiday
};

// The rule holidays of one year (before any one-off change), sorted.
std::vector<Holiday> england_and_wales_rule_holidays(int year);

// Western (Gregorian) Easter Sunday; nullopt outside years 1..9999.
std::optional<Date> easter_sunday(int year);

// The standard England and Wales calendar: rules plus the one-off changes in
// `<data_dir>/locales/calendar/england-and-wales.json`.
Findings load_england_and_wales(WorkingDayCalendar& calendar, const std::string& data_dir);

}  // namespace cg
