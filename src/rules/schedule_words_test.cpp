#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "rules/schedule.h"
#include "rules/schedule_ics.h"
#include "rules/schedule_words.h"

using namespace cg;

TEST_CASE("schedule words: the England baseline has every word the schedule asks for", "[schedule]") {
  Profile england = test::profile("england");
  for (const std::string& key : schedule_word_keys()) {
    INFO(key);
    CHECK(england.words.count("schedule." + key) == 1);
  }
  CHECK(england.word("schedule.deadline") == kBaselineDeadlineWord);
}

TEST_CASE("schedule words: a profile's own wording names the due dates and the calendar's deadlines", "[schedule]") {
  Case c = test::load(test::good_case());
  Profile swindon = test::profile("swindon");
  swindon.words["schedule.minutes_due"] = "Cofnodion y cyfarfod hwn erbyn";
  swindon.words["schedule.minutes_basis"] = "wedi'u hanfon o fewn {duration} i'r cyfarfod";
  swindon.words["schedule.source"] = " [{authority}]";
  swindon.words["schedule.visit_calendar"] = "Ymweliad nesaf â phlentyn {number}";
  swindon.words["schedule.deadline"] = "Terfyn amser: {basis}";
  auto schedule = compute_schedule(c, swindon, test::calendar());
  const DueDate* minutes = nullptr;
  for (const auto& d : schedule)
    if (d.key == "minutes_due") minutes = &d;
  REQUIRE(minutes);
  CHECK(minutes->label == "Cofnodion y cyfarfod hwn erbyn");
  CHECK(minutes->basis == "wedi'u hanfon o fewn 10 working days i'r cyfarfod [Swindon]");
  std::string ics = schedule_to_ics(schedule, c.case_reference, 1795000000);
  for (size_t fold = ics.find("\r\n "); fold != std::string::npos; fold = ics.find("\r\n ", fold))
    ics.erase(fold, 3);  // long lines are folded (RFC 5545)
  CHECK(ics.find("SUMMARY:Cofnodion y cyfarfod hwn erbyn - TEST-0001\r\n") != std::string::npos);
  CHECK(ics.find("DESCRIPTION:Terfyn amser: wedi'u hanfon o fewn 10 working days i'r cyfarfod [Swindon]\r\n") !=
        std::string::npos);
  CHECK(ics.find("SUMMARY:Ymweliad nesaf â phlentyn 1 - TEST-0001") != std::string::npos);
  CHECK(ics.find("Deadline: ") == std::string::npos);
}
