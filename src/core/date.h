#pragma once
// A calendar date (proleptic Gregorian, no time zone), stored as days since 1970-01-01.
#include <optional>
#include <string>
#include <string_view>

namespace cg {

enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

class Date {
 public:
  Date() = default;
  static Date from_days(long days) { Date d; d.days_ = days; return d; }
  static std::optional<Date> from_ymd(int year, int month, int day);  // nullopt if no such day
  // Strict ISO "YYYY-MM-DD"; nullopt for anything else, including 2026-02-30.
  static std::optional<Date> parse(std::string_view iso);

  long days() const { return days_; }
  int year() const;
  int month() const;  // 1-12
  int day() const;    // 1-31
  Weekday weekday() const;
  bool is_weekend() const;

  std::string iso() const;                     // 2026-12-08
  std::string long_text() const;               // Tuesday 8 December 2026
  std::string compact() const;                 // 20261208 (iCalendar)

  Date plus_days(long n) const { return from_days(days_ + n); }
  // Calendar months; the day is clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
  Date plus_months(int n) const;

  friend bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
  friend bool operator<(Date a, Date b) { return a.days_ < b.days_; }
  friend bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
  friend bool operator>(Date a, Date b) { return a.days_ > b.days_; }
  friend bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }
  friend long operator-(Date a, Date b) { return a.days_ - b.days_; }

 private:
  long days_ = 0;
};

int days_in_month(int year, int month);
const char* month_name(int month);      // "January"
const char* weekday_name(Weekday day);  // "Monday"

}  // namespace cg
