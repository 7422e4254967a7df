#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "server/minutes_conflict.h"

using namespace cg;
using namespace cg::server;

namespace {

// The differences between the good case and `yours` (from `theirs`, the good case unless given).
struct Diffs {
  WebWords words;
  Profile profile = test::profile("swindon");
  std::vector<Difference> list;
  Diffs(const CaseJson& theirs, const CaseJson& yours) {
    std::string error;
    REQUIRE(words.load(test::source_dir(), error));
    list = minutes_differences(theirs, yours, profile, words);
  }
  const Difference* find(const std::string& where) const {
    for (const auto& d : list)
      if (d.where == where) return &d;
    return nullptr;
  }
};

CaseJson good() { return CaseJson::parse(test::good_case().dump()); }

}  // namespace

TEST_CASE("minutes conflict: each difference is named as the editor names the place", "[server][minutes]") {
  CaseJson theirs = good(), yours = good();
  yours["meeting"]["decisions"] = {"Plan continues", "Review in six weeks"};
  yours["meeting"]["items"]["introductions"]["notes"] = "Mine";
  yours["plan"]["outcomes"][0]["actions"][1]["until"] = "2027-02-01";
  yours["meeting"]["attendance"][1]["status"] = "absent";
  Diffs diffs(theirs, yours);
  REQUIRE(diffs.list.size() == 4);
  auto find = [&](const std::string& where) { return diffs.find(where); };
  const Difference* decisions = find("Decisions");
  REQUIRE(decisions);
  CHECK(decisions->theirs == "Plan continues");
  CHECK(decisions->yours == "Plan continues, Review in six weeks");
  const AgendaItem* intro = diffs.profile.agenda_item("introductions");
  REQUIRE(intro);
  const Difference* notes = find("Agenda: " + intro->title);
  REQUIRE(notes);
  CHECK(notes->theirs == "n");
  CHECK(notes->yours == "Mine");
  const Difference* until = find("Action 1.2: Until when");
  REQUIRE(until);
  CHECK(until->theirs == "2027-01-21");
  CHECK(until->yours == "2027-02-01");
  CHECK(find("Attendance: Dawn Testparent (Mother)"));
  CHECK(Diffs(theirs, theirs).list.empty());
}

TEST_CASE("minutes conflict: people are named, not given by their ids, and an outcome by its number", "[server][minutes]") {
  CaseJson theirs = good(), yours = good();
  yours["plan"]["outcomes"][0]["actions"][0]["who"] = {"m2", "m3"};
  yours["meeting"]["dissent"] = {{{"member", "m2"}, {"about", "The plan"}}};
  yours["meeting"]["attendance"][2]["feedback_by"] = "m4";
  theirs["meeting"]["attendance"].erase(3);  // yours has the row they have not
  yours["plan"]["outcomes"][0]["outcome"] = "Ella is safe at home";
  Diffs diffs(theirs, yours);
  auto find = [&](const std::string& where) { return diffs.find(where); };
  const Difference* who = find("Action 1.1: Who will do it");
  REQUIRE(who);
  CHECK(who->theirs == "Dawn Testparent (Mother)");
  CHECK(who->yours == "Dawn Testparent (Mother), Dr A. Testdoctor (GP)");
  const Difference* dissent = find("Disagreement");
  REQUIRE(dissent);
  CHECK(dissent->yours.find("Dawn Testparent (Mother)") != std::string::npos);
  CHECK(dissent->yours.find("m2") == std::string::npos);
  const Difference* feedback = find("Attendance: Dr A. Testdoctor (GP)");
  REQUIRE(feedback);
  CHECK(feedback->theirs == "Priya Testworker (Lead Social Worker)");
  CHECK(feedback->yours == "Sam Testmanager (Team Manager)");
  const Difference* row = find("Attendance: Sam Testmanager (Team Manager)");
  REQUIRE(row);
  CHECK(row->theirs == "");
  CHECK(row->yours == "Sam Testmanager (Team Manager); present");
  const Difference* outcome = find("Outcome 1: What must change for the children");
  REQUIRE(outcome);
  CHECK(outcome->yours == "Ella is safe at home");
}
