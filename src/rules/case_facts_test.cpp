#include <catch2/catch.hpp>

#include <map>

#include "../../tests/source_dir.h"
#include "../../tests/test_support.h"
#include "rules/case_facts.h"
#include "rules/schedule.h"

using namespace cg;
using cg::test::check;
using cg::test::good_case;
using cg::test::has_finding;

namespace {

nlohmann::json fixture(const std::string& name) {
  std::string error;
  auto text = DiskFileSystem().read(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/" + name, error, kMaxDocumentBytes);
  REQUIRE(text);
  return nlohmann::json::parse(*text);
}

bool last_before(const nlohmann::json& j) {
  Case c = test::load(j);
  return last_before_review(c, test::profile(c.authority), test::calendar());
}

std::string pre_review_date(const nlohmann::json& j, const Duration& before_review) {
  Case c = test::load(j);
  Profile p = test::profile(c.authority);
  p.meetings["child_protection"].before_review = before_review;
  for (const auto& d : compute_schedule(c, p, test::calendar()))
    if (d.key == "pre_review_core_group") return d.date.iso();
  return "";
}

}  // namespace

TEST_CASE("last core group before review: no next meeting set is not enough on its own", "[rules][agenda]") {
  // swindon-cp: 3 December, review 21 January, the next core group due by 31 December.
  auto j = fixture("swindon-cp.json");
  j["meeting"].erase("next_meeting");
  CHECK_FALSE(last_before(j));
  Case c = test::load(j);
  Profile swindon = test::profile("swindon");
  CHECK_FALSE(item_applies(*swindon.agenda_item("continue_plan"), c, swindon, test::calendar()));
  CHECK_FALSE(has_finding(check(j, DocumentKind::Minutes), "agenda.item_not_covered", "/meeting/items/continue_plan"));
}

TEST_CASE("last core group before review: the next one due on or after the review", "[rules][agenda]") {
  auto j = good_case();  // 8 December; the next core group due 4 weeks later, on 5 January
  j["meeting"].erase("next_meeting");
  CHECK_FALSE(last_before(j));
  j["conference"]["next_review"] = "2027-01-05";  // due on the review day: this is the last one
  CHECK(last_before(j));
  CHECK(has_finding(check(j, DocumentKind::Minutes), "agenda.item_not_covered", "/meeting/items/continue_plan"));
  j["conference"]["next_review"] = "2027-01-06";
  CHECK_FALSE(last_before(j));
}

TEST_CASE("last core group before review: an arranged next meeting decides", "[rules][agenda]") {
  auto j = good_case();
  j["meeting"]["next_meeting"]["date"] = "2027-01-21";  // on the review day
  CHECK(last_before(j));
  j["meeting"]["next_meeting"]["date"] = "2027-01-20";
  CHECK_FALSE(last_before(j));
  j["meeting"]["last_before_review"] = true;  // the explicit flag still wins
  CHECK(last_before(j));
  j["meeting"]["date"] = "2027-01-21";  // a meeting on or after the review is not before it
  j["meeting"].erase("last_before_review");
  j["meeting"]["next_meeting"]["date"] = "2027-02-01";
  CHECK_FALSE(last_before(j));
}

TEST_CASE("good practice core group before the review honours the profile's unit", "[schedule]") {
  auto j = good_case();
  j["conference"]["next_review"] = "2027-01-05";  // a Tuesday just after Christmas
  CHECK(pre_review_date(j, Duration{Duration::Unit::Weeks, 2}) == "2026-12-22");
  // 10 days back is Saturday 26 December: a meeting is due by the working day before, Thursday 24th
  CHECK(pre_review_date(j, Duration{Duration::Unit::Days, 10}) == "2026-12-24");
  // 10 working days back skip 1 January, 28 and 25 December and the weekends
  CHECK(pre_review_date(j, Duration{Duration::Unit::WorkingDays, 10}) == "2026-12-17");
  CHECK(pre_review_date(j, Duration{Duration::Unit::Months, 1}) == "2026-12-04");  // Saturday 5th -> Friday 4th
}
