#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "server/minutes_conflict.h"

using namespace cg;
using namespace cg::server;

TEST_CASE("minutes conflict: each difference is named as the editor names the place", "[server][minutes]") {
  WebWords words;
  std::string error;
  REQUIRE(words.load(test::source_dir(), error));
  Profile profile = test::profile("swindon");
  CaseJson theirs = CaseJson::parse(test::good_case().dump());
  CaseJson yours = theirs;
  yours["meeting"]["decisions"] = {"Plan continues", "Review in six weeks"};
  yours["meeting"]["items"]["introductions"]["notes"] = "Mine";
  yours["plan"]["outcomes"][0]["actions"][1]["until"] = "2027-02-01";
  yours["meeting"]["attendance"][1]["status"] = "absent";
  auto diffs = minutes_differences(theirs, yours, profile, words);
  REQUIRE(diffs.size() == 4);
  auto find = [&](const std::string& where) -> const Difference* {
    for (const auto& d : diffs)
      if (d.where == where) return &d;
    return nullptr;
  };
  const Difference* decisions = find("Decisions");
  REQUIRE(decisions);
  CHECK(decisions->theirs == "Plan continues");
  CHECK(decisions->yours == "Plan continues, Review in six weeks");
  const AgendaItem* intro = profile.agenda_item("introductions");
  REQUIRE(intro);
  const Difference* notes = find("Agenda: " + intro->title);
  REQUIRE(notes);
  CHECK(notes->theirs == "n");
  CHECK(notes->yours == "Mine");
  const Difference* until = find("Action 1.2: Until when");
  REQUIRE(until);
  CHECK(until->theirs == "2027-01-21");
  CHECK(until->yours == "2027-02-01");
  CHECK(find("Attendance: Dawn Testparent"));
  CHECK(minutes_differences(theirs, theirs, profile, words).empty());
}
