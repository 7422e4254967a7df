#include <catch2/catch.hpp>

#include <sstream>

#include "../../tests/cli_runner.h"
#include "../../tests/temp_dir.h"
#include "../../tests/test_support.h"
#include "cli/findings_output.h"

using namespace cg;

TEST_CASE("findings about a holidays file name that file, not the case file", "[cli]") {
  Findings f = {{Severity::Error, "calendar.closures", "", "bad.txt:2: \"nope\" is not a date", 2, 0},
                {Severity::Error, "calendar.closures", "", "/tmp/h.txt: cannot read this holidays file (No such file)"},
                {Severity::Error, "smart.owned", "/plan/outcomes/0/actions/0/who", "no owner"}};
  std::ostringstream text;
  cli::print_findings(text, "x2026.json", f);
  CHECK(text.str() ==
        "bad.txt:2: error calendar.closures: \"nope\" is not a date\n"
        "/tmp/h.txt: error calendar.closures: cannot read this holidays file (No such file)\n"
        "x2026.json: /plan/outcomes/0/actions/0/who: error smart.owned: no owner\n");
  std::ostringstream json;
  cli::print_findings_json(json, f);
  auto j = nlohmann::json::parse(json.str());
  CHECK(j[0]["file"] == "bad.txt");
  CHECK(j[0]["line"] == 2);
  CHECK(j[0]["message"] == "\"nope\" is not a date");
  CHECK(j[1]["file"] == "/tmp/h.txt");
  CHECK_FALSE(j[2].contains("file"));
}

TEST_CASE("a syntax finding with a pointer prints both, one without prints the position only", "[cli]") {
  Findings f = {{Severity::Error, "load.duplicate_key", "/plan/outcomes/0/actions", "\"actions\" appears twice", 12, 7},
                {Severity::Error, "load.syntax", "", "unexpected end", 3, 1}};
  std::ostringstream text;
  cli::print_findings(text, "c.json", f);
  CHECK(text.str() ==
        "c.json:12:7: /plan/outcomes/0/actions: error load.duplicate_key: \"actions\" appears twice\n"
        "c.json:3:1: error load.syntax: unexpected end\n");
}

TEST_CASE("validate names a bad or missing holidays file itself", "[cli]") {
  test::TempDir dir;
  std::string path = dir.write("x2026.json", test::good_case().dump());
  std::string bad = dir.write("bad.txt", "2026-12-21 Closure\nnot a date\n");
  test::CliRun r = test::run_cli({"validate", path, "--document", "minutes", "--holidays", bad});
  CHECK(r.code == 2);
  INFO(r.err);
  CHECK(r.err.rfind(bad + ":2: error calendar.closures: \"not\" is not a date", 0) == 0);
  CHECK(r.err.find("x2026.json") == std::string::npos);
  r = test::run_cli({"validate", path, "--document", "minutes", "--holidays", dir.file("missing.txt")});
  CHECK(r.code == 2);
  CHECK(r.err.rfind(dir.file("missing.txt") + ": error calendar.closures: cannot read this holidays file", 0) == 0);
}

TEST_CASE("control characters in findings, file names and schedules reach the terminal as escapes", "[cli]") {
  Findings f = {{Severity::Error, "smart.owned", "/plan/outcomes/0/actions/0/who",
                 "action 1.1 (\"Mia\x1b]0;pwned\x07 to \xc2\x9b" "2J...\") has no owner"}};
  std::ostringstream text;
  cli::print_findings(text, "case\x1b[31m.json", f);
  CHECK(text.str() ==
        "case\\u001B[31m.json: /plan/outcomes/0/actions/0/who: error smart.owned: action 1.1 "
        "(\"Mia\\u001B]0;pwned\\u0007 to \\u009B2J...\") has no owner\n");
  std::ostringstream json;
  cli::print_findings_json(json, f);
  for (unsigned char c : json.str()) CHECK((c >= 0x20 || c == '\n'));
  CHECK(json.str().find("\xc2\x9b") == std::string::npos);
  auto j = nlohmann::json::parse(json.str());
  CHECK(j[0]["message"] == "action 1.1 (\"Mia\x1b]0;pwned\x07 to \xc2\x9b" "2J...\") has no owner");

  test::TempDir dir;
  auto c = test::good_case();
  c["children"][0]["known_as"] = "Ella\x1b[2J\x07";
  std::string path = dir.write("x2026.json", c.dump());
  auto schedule = test::run_cli({"schedule", path});
  INFO(schedule.out);
  CHECK(schedule.out.find("Ella\\u001B[2J\\u0007") != std::string::npos);
  for (unsigned char ch : schedule.out) CHECK((ch >= 0x20 || ch == '\n'));
  auto schedule_json = test::run_cli({"schedule", path, "--json"});
  for (unsigned char ch : schedule_json.out) CHECK((ch >= 0x20 || ch == '\n'));
}
