#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "server/minutes_check.h"

using namespace cg;
using namespace cg::server;

TEST_CASE("minutes check: the rules on the edited case, each finding with its field", "[server][minutes]") {
  DiskFileSystem fs;
  SharedInputs shared(fs, test::source_dir());
  CaseJson c = CaseJson::parse(test::good_case().dump());
  auto items = editor_items(c, profile_items(shared, c));
  REQUIRE(items.size() > 5);
  CHECK(check_minutes(shared, c, items).empty());  // the good case breaks no rule
  c["plan"]["outcomes"][0]["actions"][0].erase("how_measured");
  c["meeting"]["items"].erase("raise_concern");
  auto found = check_minutes(shared, c, items);
  auto field_of = [&](const std::string& rule) {
    for (const auto& p : found)
      if (p.finding.rule == rule) return p.field;
    return std::string("(none)");
  };
  CHECK(field_of("smart.measurable") == "action-o1-a1-how_measured");
  CHECK(field_of("agenda.item_not_covered") == "item-raise_concern-notes");
  nlohmann::json j = nlohmann::json::parse(findings_json(found));
  CHECK(j["findings"].size() == found.size());
  CHECK(j["findings"][0].contains("field"));
  // A case that does not load gives the loader's findings, placed too.
  c["meeting"]["child_seen"][0]["date"] = "2026-02-30";
  found = check_minutes(shared, c, items);
  REQUIRE(!found.empty());
  CHECK(found[0].finding.rule.rfind("load.", 0) == 0);
  CHECK(found[0].field == "seen-0-date");
}
