#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "../../tests/test_support.h"
#include "rules/schedule.h"
#include "rules/schedule_ics.h"

using namespace cg;

namespace {

std::map<std::string, std::string> due_dates(const nlohmann::json& j) {
  Case c = test::load(j);
  std::map<std::string, std::string> out;
  for (const auto& d : compute_schedule(c, test::profile(c.authority), test::calendar()))
    if (!out.count(d.key)) out[d.key] = d.date.iso();
  return out;
}

}  // namespace

TEST_CASE("schedule of a Swindon second core group", "[schedule]") {
  auto due = due_dates(test::good_case());
  CHECK(due.count("first_core_group_due") == 0);  // the first has been held
  CHECK(due["next_core_group_due"] == "2027-01-05");   // 4 weeks after 8 December
  CHECK(due["minutes_due"] == "2026-12-22");           // 10 working days after 8 December
  CHECK(due["minutes_best_practice"] == "2026-12-15"); // 5 working days
  CHECK(due["review_conference_due"] == "2027-01-29"); // 3 months after 29 October
  CHECK(due["pre_review_core_group"] == "2027-01-07"); // 2 weeks before 21 January
  CHECK(due["child_seen_due"] == "2026-12-14");        // 10 days after 4 December
  CHECK(due["next_meeting"] == "2027-01-05");
}

TEST_CASE("schedule across Christmas: working days skip bank holidays", "[schedule]") {
  auto j = test::good_case();
  j["conference"] = {{"initial", "2026-12-17"}, {"next_review", "2027-03-10"}};
  j.erase("previous_meetings");
  j["meeting"]["sequence"] = 1;
  j["meeting"]["date"] = "2026-12-23";
  auto due = due_dates(j);
  CHECK(due["first_core_group_due"] == "2027-01-05");
  CHECK(due["minutes_due"] == "2027-01-11");  // 24, 29, 30, 31 Dec, 4-8 and 11 Jan
}

TEST_CASE("schedule for a Shropshire child in need and looked after child", "[schedule]") {
  auto j = test::good_case();
  j["authority"] = "shropshire";
  j["plan_type"] = "child_in_need";
  j.erase("conference");
  j["assessment"] = {{"completed", "2026-11-02"}};
  j["meeting"]["items"] = nlohmann::json::object();
  j.erase("previous_meetings");
  j["meeting"]["sequence"] = 1;
  j["meeting"]["date"] = "2026-11-16";
  auto due = due_dates(j);
  CHECK(due["first_core_group_due"] == "2026-11-16");  // 10 working days after 2 November
  CHECK(due["next_core_group_due"] == "2026-12-14");   // second meeting within 28 days
  CHECK(due["minutes_due"] == "2026-11-25");           // 7 working days
  CHECK(due.count("review_conference_due") == 0);

  j["plan_type"] = "looked_after";
  j.erase("assessment");
  j["looked_after"] = {{"first_review", "2026-10-20"}};
  due = due_dates(j);
  CHECK(due["first_core_group_due"] == "2026-11-17");  // 28 days
}

TEST_CASE("iCalendar output", "[schedule]") {
  Case c = test::load(test::good_case());
  auto schedule = compute_schedule(c, test::profile("swindon"), test::calendar());
  std::string ics = schedule_to_ics(schedule, c.case_reference, 1795000000);
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
  CHECK(ics.find("END:VCALENDAR\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART:20270105T100000\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20261222\r\n") != std::string::npos);
  CHECK(ics.find("DTSTAMP:20261118T110640Z") != std::string::npos);
  CHECK(ics.find("TEST-0001") != std::string::npos);
  CHECK(ics.find("Ella") == std::string::npos);  // no names in a calendar
  CHECK(ics.find("SUMMARY:Next visit to child 1 due - TEST-0001") != std::string::npos);
  bool named_on_screen = false;  // the chair reading the schedule sees who is to be visited
  for (const auto& d : schedule) named_on_screen |= d.key == "child_seen_due" && d.label == "Next visit to Ella due";
  CHECK(named_on_screen);
  size_t events = 0;
  for (size_t p = ics.find("BEGIN:VEVENT"); p != std::string::npos; p = ics.find("BEGIN:VEVENT", p + 1)) ++events;
  CHECK(events == schedule.size());
  std::istringstream lines(ics);
  for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 76);
}

TEST_CASE("iCalendar text has no control characters but tab, and keeps RFC 5545 escaping", "[schedule]") {
  DueDate d;
  d.key = "next_core_group_due";
  d.date = Date::parse("2027-01-05").value();
  d.label = "Meeting\x1b[31m; with, \\ names\r\nand\tmore\x07\x7f\xc2\x9b";
  d.basis = std::string("NUL\0here", 8);
  d.venue = "Room\xc2\x85 4";
  std::string ics = schedule_to_ics({d}, "TEST\x1b-0001", 1795000000);
  CHECK(ics.find("SUMMARY:Meeting[31m\\; with\\, \\\\ names\\nand\tmore - TEST-0001\r\n") != std::string::npos);
  CHECK(ics.find("DESCRIPTION:Deadline: NULhere\r\n") != std::string::npos);
  CHECK(ics.find("LOCATION:Room 4\r\n") != std::string::npos);
  for (unsigned char c : ics) {
    INFO(static_cast<int>(c));
    CHECK((c >= 0x20 || c == '\r' || c == '\n' || c == '\t'));
    CHECK(c != 0x7F);
  }
  CHECK(ics.find("\xc2\x9b") == std::string::npos);
  CHECK(ics.find("\xc2\x85") == std::string::npos);
}
