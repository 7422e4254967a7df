#include <catch2/catch.hpp>

#include <sstream>

#include "../../tests/temp_dir.h"
#include "../../tests/test_support.h"
#include "../../tests/cli_runner.h"
#include "render/profile_format_words.h"

using namespace cg;

namespace {

using Run = test::CliRun;
using test::run_cli;

}  // namespace

TEST_CASE("validate: a good case exits 0 and prints nothing", "[cli]") {
  test::TempDir dir;
  std::string path = dir.write("case.json", test::good_case().dump(2));
  Run r = run_cli({"validate", path, "--document", "minutes"});
  INFO(r.out << r.err);
  CHECK(r.code == 0);
  CHECK(r.out.empty());
}

TEST_CASE("validate: findings as FILE: POINTER: severity RULE: message, exit 1", "[cli]") {
  test::TempDir dir;
  auto j = test::good_case();
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "ongoing";
  j["members"][2]["role"] = "Health Visitor";
  std::string path = dir.write("case.json", j.dump(2));
  Run r = run_cli({"validate", path, "--document", "minutes"});
  CHECK(r.code == 1);
  CHECK(r.out.find(path + ": /plan/outcomes/0/actions/0/by: error smart.time_bound: ") != std::string::npos);
  CHECK(r.out.find(path + ": /members: warning membership.gp_not_invited: ") != std::string::npos);

  Run json = run_cli({"validate", path, "--document", "minutes", "--json"});
  CHECK(json.code == 1);
  auto parsed = nlohmann::json::parse(json.out);
  REQUIRE(parsed.is_array());
  REQUIRE(parsed.size() == 2);
  for (const auto& f : parsed) {
    CHECK(f.contains("severity"));
    CHECK(f.contains("rule"));
    CHECK(f.contains("pointer"));
    CHECK(f.contains("message"));
  }
}

TEST_CASE("validate: warnings alone exit 0", "[cli]") {
  test::TempDir dir;
  auto j = test::good_case();
  j["members"][2]["role"] = "Health Visitor";
  Run r = run_cli({"validate", dir.write("case.json", j.dump()), "--document", "agenda"});
  CHECK(r.code == 0);
  CHECK(r.out.find("warning membership.gp_not_invited") != std::string::npos);
}

TEST_CASE("validate: unusable input exits 2 with file:line:column", "[cli]") {
  test::TempDir dir;
  std::string path = dir.write("broken.json", "{\n  \"format\": \"coregroup/1\",,\n}");
  Run r = run_cli({"validate", path, "--document", "plan"});
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(r.err.find(path + ":2:27: error load.syntax: ") != std::string::npos);

  Run missing = run_cli({"validate", dir.file("nope.json"), "--document", "plan"});
  CHECK(missing.code == 2);
  CHECK(missing.err.find("cannot read the case file") != std::string::npos);

  auto j = test::good_case();
  j["authority"] = "atlantis";
  Run unknown = run_cli({"validate", dir.write("a.json", j.dump()), "--document", "plan"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("no profile for authority \"atlantis\"") != std::string::npos);
}

TEST_CASE("validate: usage errors exit 2 and --help explains", "[cli]") {
  CHECK(run_cli({"validate", "x.json"}).code == 2);
  CHECK(run_cli({"validate", "x.json", "--document", "letter"}).code == 2);
  CHECK(run_cli({"validate", "x.json", "--document", "plan", "--frobnicate"}).code == 2);
  Run help = run_cli({"validate", "--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("--document") != std::string::npos);
  CHECK(run_cli({"schedule", "--help"}).out.find("--ics") != std::string::npos);
  CHECK(run_cli({"--help"}).code == 0);
  CHECK(run_cli({"frobnicate"}).code == 2);
}

TEST_CASE("schedule: text, JSON and iCalendar", "[cli]") {
  test::TempDir dir;
  std::string path = dir.write("case.json", test::good_case().dump());
  Run text = run_cli({"schedule", path});
  CHECK(text.code == 0);
  CHECK(text.out.find("2026-12-22  Minutes of this meeting due  [sent within 10 working days") != std::string::npos);

  Run json = run_cli({"schedule", path, "--json", "--ics", dir.file("plan.ics")});
  REQUIRE(json.code == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["next_core_group_due"] == "2027-01-05");
  CHECK(j["minutes_due"] == "2026-12-22");
  CHECK(j["review_conference_due"] == "2027-01-29");
  CHECK_FALSE(j.contains("first_core_group_due"));
  std::string error;
  auto ics = DiskFileSystem().read(dir.file("plan.ics"), error, kMaxDocumentBytes);
  REQUIRE(ics);
  CHECK(ics->find("BEGIN:VEVENT") != std::string::npos);
}

TEST_CASE("extra closure days move working-day deadlines", "[cli]") {
  test::TempDir dir;
  std::string path = dir.write("case.json", test::good_case().dump());
  std::string holidays = dir.write("closures.txt", "# council closure days\n2026-12-21 Council closure\n");
  auto j = nlohmann::json::parse(run_cli({"schedule", path, "--json", "--holidays", holidays}).out);
  CHECK(j["minutes_due"] == "2026-12-23");
  std::string bad = dir.write("bad.txt", "2026-12-21 Closure\nnot a date\n");
  Run r = run_cli({"schedule", path, "--holidays", bad});
  CHECK(r.code == 2);
  CHECK(r.err.find(bad + ":2") != std::string::npos);
}

TEST_CASE("render: a refused record says so in the profile's words", "[cli]") {
  test::TempDir dir;
  auto j = test::good_case();
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "ongoing";
  std::string path = dir.write("case.json", j.dump(2));
  Run minutes = run_cli({"render", path, "--document", "minutes", "--format", "docx", "--out", dir.file("out")});
  CHECK(minutes.code == 1);
  CHECK(minutes.err.find(path + ": the minutes break Swindon's rules and were not rendered (use --draft to render a "
                                "draft anyway):\n") != std::string::npos);
  j["record"] = {{"status", "approved"}, {"approved_by", "m1"}, {"approved_on", "2026-12-09"}};
  path = dir.write("case.json", j.dump(2));
  Run plan = run_cli({"render", path, "--document", "plan", "--format", "docx", "--out", dir.file("out")});
  CHECK(plan.code == 1);
  CHECK(plan.err.find(path + ": the approved plan breaks Swindon's rules and was not rendered (use --draft to render a "
                             "draft anyway):\n") != std::string::npos);
  // The words are the profile's: every key the program asks for is in the England baseline.
  Profile p = test::profile("swindon");
  for (const char* key : {"refusal.minutes", "refusal.approved_minutes", "refusal.approved_plan", "action.until",
                          "document_name.agenda", "document_name.minutes", "document_name.plan", "plan_names.meeting",
                          "plan_names.plan", "large_print.entry"})
    CHECK(p.word(key) != key);
  for (const auto& key : format_word_keys()) CHECK(p.word(key) != key);
}
