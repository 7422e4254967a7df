// Barnsley's minute-taker sends the minutes to the social worker within 5 working days, who sends
// them on with the plan: where a profile's minutes go by the lead social worker, the minutes
// editor asks when each earlier meeting's minutes reached the social worker, and the timescale
// finding about it is shown beside that date.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../../tests/test_support.h"
#include "server/minutes_check.h"
#include "server/minutes_form.h"
#include "server/minutes_page.h"
#include "server/web_words.h"

using namespace cg;
using namespace cg::server;

namespace {

CaseJson barnsley() {
  std::ifstream in(std::string(test::source_dir()) + "/fixtures/cases/barnsley-cp-sos.json");
  std::stringstream text;
  text << in.rdbuf();
  return CaseJson::parse(text.str());
}

// The minutes editor's page for `c`, as HTML.
std::string editor_html(SharedInputs& shared, const CaseJson& c) {
  ProfileLoad p = shared.profile(c.value("authority", ""));
  REQUIRE(p.value);
  DraftView view;
  view.reference = c.value("case_reference", "");
  view.sequence = 2;
  view.version = 1;
  view.c = &c;
  view.profile = &*p.value;
  std::string html;
  for (const web::Node& n : minutes_editor(view, workspace_words())) html += web::render(n);
  return html;
}

}  // namespace

TEST_CASE("minutes to the social worker: asked for where the minutes go by the lead social worker", "[server][minutes]") {
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  std::string html = editor_html(shared, barnsley());
  CHECK(html.find("name=\"previous.1.minutes_to_social_worker\" type=\"text\" value=\"2026-11-05\"") != std::string::npos);
  CHECK(html.find("When the minute-taker sent the minutes of meeting 1 (Tuesday 3 November 2026) to the social worker") !=
        std::string::npos);
  CHECK(html.find("name=\"previous.1.minutes_sent\"") != std::string::npos);
  // Swindon's chair sends the minutes to everyone: no such date.
  CaseJson swindon = CaseJson::parse(test::good_case().dump());
  REQUIRE(!list_of(swindon, "previous_meetings").empty());
  CHECK(editor_html(shared, swindon).find("minutes_to_social_worker") == std::string::npos);
}

TEST_CASE("minutes to the social worker: the date is written in, and emptied it is removed", "[server][minutes]") {
  const std::vector<std::string> items;
  CaseJson c = apply_minutes_form(barnsley(), items, {{field::minutes_to_social_worker(1), "2026-11-04"}});
  CHECK(c["previous_meetings"][0]["minutes_to_social_worker"] == "2026-11-04");
  CHECK(c["previous_meetings"][0]["minutes_sent"] == "2026-11-06");  // not in the form: kept
  c = apply_minutes_form(barnsley(), items, {{field::minutes_to_social_worker(1), ""}});
  CHECK(!c["previous_meetings"][0].contains("minutes_to_social_worker"));
}

TEST_CASE("minutes to the social worker: a late date's finding is beside its field", "[server][minutes]") {
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  CaseJson c = barnsley();
  c["previous_meetings"][0]["minutes_to_social_worker"] = "2026-11-20";
  bool placed = false;
  for (const PlacedFinding& p : check_minutes(shared, c, {}))
    if (p.finding.rule == "timescale.minutes_late" && p.finding.pointer == "/previous_meetings/0/minutes_to_social_worker")
      placed = p.field == "previous-1-minutes_to_social_worker";
  CHECK(placed);
}
