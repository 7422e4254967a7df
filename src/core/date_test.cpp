#include "core/date.h"

#include <catch2/catch.hpp>

using cg::Date;
using cg::Weekday;

TEST_CASE("Date parses strict ISO dates and rejects impossible ones", "[date]") {
  auto d = Date::parse("2026-12-08");
  REQUIRE(d);
  CHECK(d->year() == 2026);
  CHECK(d->month() == 12);
  CHECK(d->day() == 8);
  CHECK(d->iso() == "2026-12-08");
  CHECK(d->compact() == "20261208");
  CHECK(d->long_text() == "Tuesday 8 December 2026");

  CHECK_FALSE(Date::parse("2026-02-30"));
  CHECK_FALSE(Date::parse("2025-02-29"));
  CHECK(Date::parse("2024-02-29"));
  CHECK(Date::parse("2000-02-29"));
  CHECK_FALSE(Date::parse("1900-02-29"));
  CHECK_FALSE(Date::parse("2026-13-01"));
  CHECK_FALSE(Date::parse("2026-00-10"));
  CHECK_FALSE(Date::parse("2026-1-10"));
  CHECK_FALSE(Date::parse("2026/01/10"));
  CHECK_FALSE(Date::parse("2026-01-10 "));
  CHECK_FALSE(Date::parse("0000-01-01"));
  CHECK_FALSE(Date::parse(""));
}

TEST_CASE("Date counts days from 1970 and knows the weekday", "[date]") {
  CHECK(Date::from_ymd(1970, 1, 1)->days() == 0);
  CHECK(Date::from_ymd(1969, 12, 31)->days() == -1);
  CHECK(Date::from_ymd(2000, 3, 1)->days() == 11017);
  CHECK(Date::from_ymd(1970, 1, 1)->weekday() == Weekday::Thursday);
  CHECK(Date::from_ymd(1969, 12, 28)->weekday() == Weekday::Sunday);
  CHECK(Date::from_ymd(2026, 12, 25)->weekday() == Weekday::Friday);
  CHECK(Date::from_ymd(2026, 12, 26)->is_weekend());
  CHECK_FALSE(Date::from_ymd(2026, 12, 28)->is_weekend());
  CHECK(*Date::from_ymd(2026, 12, 31) - *Date::from_ymd(2026, 1, 1) == 364);
  CHECK(Date::from_ymd(2026, 12, 31)->plus_days(1) == *Date::from_ymd(2027, 1, 1));
}

TEST_CASE("Date adds calendar months, clamping to the month's end", "[date]") {
  Date jan31 = *Date::from_ymd(2026, 1, 31);
  CHECK(jan31.plus_months(1).iso() == "2026-02-28");
  CHECK(Date::from_ymd(2024, 1, 31)->plus_months(1).iso() == "2024-02-29");
  CHECK(jan31.plus_months(3).iso() == "2026-04-30");
  CHECK(jan31.plus_months(12).iso() == "2027-01-31");
  CHECK(jan31.plus_months(-1).iso() == "2025-12-31");
  CHECK(jan31.plus_months(-13).iso() == "2024-12-31");
  CHECK(Date::from_ymd(2026, 3, 31)->plus_months(-1).iso() == "2026-02-28");
  CHECK(Date::from_ymd(2026, 6, 15)->plus_months(0).iso() == "2026-06-15");
  // Before year 1 there is no valid from_ymd; the month arithmetic must still work.
  Date first = *Date::from_ymd(1, 1, 15);
  Date before = first.plus_months(-1);
  CHECK(before.month() == 12);
  CHECK(before.day() == 15);
  CHECK(before.year() == 0);
  CHECK(before.plus_months(1) == first);
}

TEST_CASE("Date month and weekday names", "[date]") {
  CHECK(std::string(cg::month_name(1)) == "January");
  CHECK(std::string(cg::month_name(12)) == "December");
  CHECK(std::string(cg::weekday_name(Weekday::Sunday)) == "Sunday");
  CHECK(cg::days_in_month(2026, 2) == 28);
  CHECK(cg::days_in_month(2028, 2) == 29);
  CHECK(cg::days_in_month(2026, 4) == 30);
  CHECK(cg::days_in_month(2026, 13) == 0);
}
