#include "../../tests/source_dir.h"
#include "core/calendar.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

using cg::Date;
using cg::WorkingDayCalendar;

namespace {

Date D(const char* iso) {
  auto d = Date::parse(iso);
  REQUIRE(d);
  return *d;
}

std::vector<std::string> iso_dates(const std::vector<cg::Holiday>& holidays) {
  std::vector<std::string> out;
  for (const auto& h : holidays) out.push_back(h.date.iso());
  return out;
}

const WorkingDayCalendar& standard() {
  static WorkingDayCalendar calendar = [] {
    WorkingDayCalendar c;
    cg::Findings f = cg::load_england_and_wales(c, COREGROUP_SOURCE_DIR);
    REQUIRE(f.empty());
    return c;
  }();
  return calendar;
}

// England and Wales bank holidays as published on GOV.UK (https://www.gov.uk/bank-holidays),
// typed in by hand, not generated.
const std::map<int, std::vector<std::string>> kPublished = {
    {2012, {"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27",
            "2012-12-25", "2012-12-26"}},
    {2013, {"2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25",
            "2013-12-26"}},
    {2014, {"2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25",
            "2014-12-26"}},
    {2015, {"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25",
            "2015-12-28"}},
    {2016, {"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26",
            "2016-12-27"}},
    {2017, {"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25",
            "2017-12-26"}},
    {2018, {"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25",
            "2018-12-26"}},
    {2019, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25",
            "2019-12-26"}},
    {2020, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25",
            "2020-12-28"}},
    {2021, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27",
            "2021-12-28"}},
    {2022, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26"}},
    {2024, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
            "2024-12-26"}},
    {2025, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
            "2025-12-26"}},
    {2026, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
            "2026-12-28"}},
    {2027, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
            "2027-12-28"}},
};

}  // namespace

TEST_CASE("calendar matches the published England and Wales bank holidays 2012-2027", "[calendar]") {
  const auto& cal = standard();
  for (const auto& [year, published] : kPublished) {
    INFO("year " << year);
    CHECK(iso_dates(cal.holidays_in_year(year)) == published);
    for (const auto& iso : published) {
      INFO(iso);
      CHECK_FALSE(cal.is_working_day(D(iso.c_str())));
      CHECK(cal.holiday_name(D(iso.c_str())));
    }
  }
}

TEST_CASE("calendar names the holidays, substitute days and one-offs", "[calendar]") {
  const auto& cal = standard();
  CHECK(cal.holiday_name(D("2026-12-25")) == std::string("Christmas Day"));
  CHECK(cal.holiday_name(D("2026-12-28")) == std::string("Boxing Day (substitute day)"));
  CHECK(cal.holiday_name(D("2027-12-27")) == std::string("Christmas Day (substitute day)"));
  CHECK(cal.holiday_name(D("2022-12-27")) == std::string("Christmas Day (substitute day)"));
  CHECK(cal.holiday_name(D("2022-12-26")) == std::string("Boxing Day"));
  CHECK(cal.holiday_name(D("2023-01-02")) == std::string("New Year's Day (substitute day)"));
  CHECK(cal.holiday_name(D("2026-04-03")) == std::string("Good Friday"));
  CHECK(cal.holiday_name(D("2026-04-06")) == std::string("Easter Monday"));
  CHECK(cal.holiday_name(D("2026-05-04")) == std::string("Early May bank holiday"));
  CHECK(cal.holiday_name(D("2026-05-25")) == std::string("Spring bank holiday"));
  CHECK(cal.holiday_name(D("2026-08-31")) == std::string("Summer bank holiday"));
  CHECK(cal.holiday_name(D("2011-04-29")) == std::string("Royal Wedding"));
  CHECK(cal.holiday_name(D("2023-05-08")).value_or("").find("Charles III") != std::string::npos);
  CHECK(cal.holiday_name(D("2022-09-19")).value_or("").find("Queen Elizabeth II") != std::string::npos);
  // Moved holidays no longer fall on their rule dates.
  CHECK(cal.is_working_day(D("2012-05-28")));
  CHECK(cal.is_working_day(D("2020-05-04")));
  CHECK(cal.is_working_day(D("2022-05-30")));
  CHECK_FALSE(cal.holiday_name(D("2026-12-24")));
  CHECK_FALSE(cal.holiday_name(D("2026-12-26")));  // a Saturday: weekend, not a holiday
  CHECK_FALSE(cal.is_working_day(D("2026-12-26")));
}

TEST_CASE("rule calendar without the data file", "[calendar]") {
  WorkingDayCalendar rules;
  // Without the one-off changes, 2012 and 2022 follow the ordinary rules.
  CHECK_FALSE(rules.is_working_day(D("2012-05-28")));
  CHECK(rules.is_working_day(D("2012-06-05")));
  CHECK(rules.is_working_day(D("2022-09-19")));
  CHECK(iso_dates(rules.holidays_in_year(2026)) == kPublished.at(2026));
  // Easter by the Gregorian computus, spot checks across centuries.
  CHECK(cg::easter_sunday(2000)->iso() == "2000-04-23");
  CHECK(cg::easter_sunday(2008)->iso() == "2008-03-23");
  CHECK(cg::easter_sunday(2038)->iso() == "2038-04-25");
  CHECK(cg::easter_sunday(2285)->iso() == "2285-03-22");
  CHECK(cg::easter_sunday(1818)->iso() == "1818-03-22");
  // Outside the precomputed years the rules still apply.
  CHECK(iso_dates(rules.holidays_in_year(2300)).size() == 8);
  CHECK_FALSE(rules.is_working_day(D("2300-12-25")));  // a Tuesday
  CHECK(rules.holiday_name(D("2300-12-25")) == std::string("Christmas Day"));
}

TEST_CASE("add_working_days skips weekends and holidays", "[calendar]") {
  const auto& cal = standard();
  CHECK(cal.add_working_days(D("2026-12-23"), 0) == D("2026-12-23"));
  CHECK(cal.add_working_days(D("2026-12-23"), 1) == D("2026-12-24"));
  CHECK(cal.add_working_days(D("2026-12-23"), 2) == D("2026-12-29"));
  CHECK(cal.add_working_days(D("2026-12-23"), 3) == D("2026-12-30"));
  CHECK(cal.add_working_days(D("2026-12-23"), 5) == D("2027-01-04"));  // skips New Year's Day
  CHECK(cal.add_working_days(D("2026-12-04"), 10) == D("2026-12-18"));  // Fri + 10 = Fri two weeks on
  CHECK(cal.add_working_days(D("2026-12-05"), 1) == D("2026-12-07"));   // from a Saturday
  CHECK(cal.add_working_days(D("2026-04-02"), 1) == D("2026-04-07"));   // over Easter
  CHECK(cal.add_working_days(D("2026-12-30"), -3) == D("2026-12-23"));
  // 10 working days from the 2022 Platinum Jubilee week.
  CHECK(cal.add_working_days(D("2022-05-27"), 10) == D("2022-06-14"));
}

TEST_CASE("working_days_between counts days after from up to and including to", "[calendar]") {
  const auto& cal = standard();
  CHECK(cal.working_days_between(D("2026-12-23"), D("2026-12-30")) == 3);
  CHECK(cal.working_days_between(D("2026-12-23"), D("2026-12-23")) == 0);
  CHECK(cal.working_days_between(D("2026-12-30"), D("2026-12-23")) == 0);
  CHECK(cal.working_days_between(D("2026-12-04"), D("2026-12-18")) == 10);
  CHECK(cal.working_days_between(D("2026-12-05"), D("2026-12-06")) == 0);
  // 2026: 365 days, 104 weekend days, 8 bank holidays all on weekdays.
  CHECK(cal.working_days_between(D("2025-12-31"), D("2026-12-31")) == 253);
  for (int n : {1, 7, 10, 20, 60}) {
    Date start = D("2026-11-20");
    CHECK(cal.working_days_between(start, cal.add_working_days(start, n)) == n);
  }
}

TEST_CASE("council closures text", "[calendar]") {
  WorkingDayCalendar cal;
  cg::Findings f = cal.add_closures_text(
      "# Swindon Borough Council closure days\n"
      "\n"
      "2026-12-24 Christmas Eve closure\n"
      "  2026-12-29\tOffice closed between Christmas and New Year  \r\n"
      "2026-12-30 Office closed between Christmas and New Year",
      "closures.txt");
  CHECK(f.empty());
  CHECK(cal.holiday_name(D("2026-12-24")) == std::string("Christmas Eve closure"));
  CHECK(cal.holiday_name(D("2026-12-29")) == std::string("Office closed between Christmas and New Year"));
  CHECK_FALSE(cal.is_working_day(D("2026-12-30")));
  CHECK(cal.add_working_days(D("2026-12-23"), 3) == D("2027-01-05"));
  auto year = cal.holidays_in_year(2026);
  REQUIRE(year.size() == 11);
  CHECK(year[6].date == D("2026-12-24"));
  CHECK(year[7].date == D("2026-12-25"));
  CHECK(year[10].date == D("2026-12-30"));

  SECTION("an error line is reported as name:LINE: and nothing is applied") {
    WorkingDayCalendar other;
    cg::Findings bad = other.add_closures_text("2027-01-04 Fine\n# note\n2027-02-30 Not a day\n2027-01-05\n", "extra.txt");
    REQUIRE(bad.size() == 2);
    CHECK(bad[0].severity == cg::Severity::Error);
    CHECK(bad[0].rule == "calendar.closures");
    CHECK(bad[0].line == 3);
    CHECK(bad[0].message.rfind("extra.txt:3: ", 0) == 0);
    CHECK(bad[0].message.find("2027-02-30") != std::string::npos);
    CHECK(bad[1].message.rfind("extra.txt:4: ", 0) == 0);
    CHECK(other.is_working_day(D("2027-01-04")));
  }
  SECTION("a weekend closure is only a warning") {
    WorkingDayCalendar other;
    cg::Findings w = other.add_closures_text("2027-01-02 Saturday event\n", "w.txt");
    REQUIRE(w.size() == 1);
    CHECK(w[0].severity == cg::Severity::Warning);
    CHECK(w[0].message.rfind("w.txt:1: ", 0) == 0);
    CHECK_FALSE(cg::has_errors(w));
  }
}

TEST_CASE("one-off changes JSON: good and bad input", "[calendar]") {
  SECTION("a valid change moves a holiday") {
    WorkingDayCalendar cal;
    cg::Findings f = cal.apply_changes_json(
        R"({"changes": [{"year": 2026, "remove": ["2026-05-25"], "add": [{"date": "2026-06-01", "name": "Moved"}]}]})",
        "t.json");
    CHECK(f.empty());
    CHECK(cal.is_working_day(D("2026-05-25")));
    CHECK(cal.holiday_name(D("2026-06-01")) == std::string("Moved"));
  }
  SECTION("syntax error") {
    WorkingDayCalendar cal;
    cg::Findings f = cal.apply_changes_json("{\"changes\": [\n  {\"year\": 2026,,}\n]}", "broken.json");
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "calendar.data");
    CHECK(f[0].line == 2);
    CHECK(f[0].message.find("broken.json") != std::string::npos);
  }
  SECTION("bad dates, unknown fields and wrong types, all or nothing") {
    WorkingDayCalendar cal;
    cg::Findings f = cal.apply_changes_json(R"({"changes": [
        {"year": 2026, "add": [{"date": "2026-06-01", "name": "Fine"}]},
        {"year": 2026, "remove": ["2026-02-30"], "colour": "red"},
        {"year": 2026, "add": [{"date": "2027-01-04", "name": "Wrong year"}, {"date": "2026-07-01"}]},
        {"year": "2026", "remove": "2026-05-25"}
      ], "extra": 1})",
                                            "bad.json");
    auto has = [&](const std::string& pointer) {
      for (const auto& x : f)
        if (x.pointer == pointer && x.rule == "calendar.data" && x.message.rfind("bad.json: ", 0) == 0) return true;
      return false;
    };
    CHECK(has("/changes/1/remove/0"));
    CHECK(has("/changes/1/colour"));
    CHECK(has("/changes/2/add/0/date"));
    CHECK(has("/changes/2/add/1"));
    CHECK(has("/changes/3/year"));
    CHECK(has("/changes/3/remove"));
    CHECK(has("/extra"));
    CHECK(f.size() == 7);
    CHECK(cal.is_working_day(D("2026-06-01")));  // the good change was not applied either
  }
  SECTION("not an object") {
    WorkingDayCalendar cal;
    cg::Findings f = cal.apply_changes_json("[1, 2]", "a.json");
    REQUIRE(f.size() == 1);
    CHECK(cg::has_errors(f));
  }
  SECTION("removing a date that is not a holiday is a warning") {
    WorkingDayCalendar cal;
    cg::Findings f = cal.apply_changes_json(R"({"changes": [{"remove": ["2026-06-10"]}]})", "w.json");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == cg::Severity::Warning);
  }
}

TEST_CASE("the shipped data file loads cleanly and documents every change", "[calendar]") {
  WorkingDayCalendar cal;
  cg::Findings f = cg::load_england_and_wales(cal, COREGROUP_SOURCE_DIR);
  std::string messages;
  for (const auto& x : f) messages += x.message + "\n";
  INFO(messages);
  CHECK(f.empty());

  std::ifstream in(std::string(COREGROUP_SOURCE_DIR) + "/locales/calendar/england-and-wales.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  auto j = nlohmann::json::parse(text.str());
  REQUIRE(j.at("changes").size() >= 6);
  for (const auto& change : j.at("changes")) {
    CHECK(change.at("name").is_string());
    CHECK(change.at("source").is_string());
  }

  WorkingDayCalendar missing;
  cg::Findings none = cg::load_england_and_wales(missing, "/nonexistent-coregroup-dir");
  REQUIRE(none.size() == 1);
  CHECK(none[0].rule == "calendar.data");
  CHECK(none[0].message.find("england-and-wales.json") != std::string::npos);
}
