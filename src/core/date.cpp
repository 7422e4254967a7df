#include "core/date.h"

#include <algorithm>
#include <cstdio>

namespace cg {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil { long y; unsigned m; unsigned d; };

Civil civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap(year)) return 29;
  return kDays[month - 1];
}

const char* month_name(int month) {
  static const char* kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  if (month < 1 || month > 12) return "";
  return kNames[month - 1];
}

const char* weekday_name(Weekday day) {
  static const char* kNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return kNames[static_cast<int>(day)];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return std::nullopt;
  return from_days(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t count, int& out) {
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y, m, d;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  return from_ymd(y, m, d);
}

int Date::year() const { return static_cast<int>(civil_from_days(days_).y); }
int Date::month() const { return static_cast<int>(civil_from_days(days_).m); }
int Date::day() const { return static_cast<int>(civil_from_days(days_).d); }

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday.
  long w = (days_ + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<Weekday>(w);
}

bool Date::is_weekend() const {
  Weekday w = weekday();
  return w == Weekday::Saturday || w == Weekday::Sunday;
}

std::string Date::iso() const {
  Civil c = civil_from_days(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

std::string Date::compact() const {
  Civil c = civil_from_days(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04ld%02u%02u", c.y, c.m, c.d);
  return buf;
}

std::string Date::long_text() const {
  Civil c = civil_from_days(days_);
  return std::string(weekday_name(weekday())) + " " + std::to_string(c.d) + " " +
         month_name(static_cast<int>(c.m)) + " " + std::to_string(c.y);
}

Date Date::plus_months(int n) const {
  Civil c = civil_from_days(days_);
  long total = c.y * 12 + (static_cast<long>(c.m) - 1) + n;
  // Floor division: a result before year 1 must not turn into an impossible month.
  long y = total >= 0 ? total / 12 : (total - 11) / 12;
  int m = static_cast<int>(total - y * 12) + 1;
  int d = std::min(static_cast<int>(c.d), days_in_month(static_cast<int>(y), m));
  // from_ymd only accepts years 1-9999; dates outside that range are still representable.
  return from_days(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

}  // namespace cg
