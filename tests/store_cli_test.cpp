// The store's commands, run as the command line runs them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "source_dir.h"
#include "temp_dir.h"
#include "test_support.h"
#include "store/sqlite.h"

using namespace cg;
using cg::test::run_cli;
using cg::test::TempDir;

namespace {


std::string fixture(const std::string& name) { return std::string(test::source_dir()) + "/fixtures/cases/" + name; }

}  // namespace

TEST_CASE("case import then export gives the file and its signature images back", "[store][cli]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  auto r = run_cli({"case", "import", fixture("swindon-cp.json"), "--store", store, "--actor", "tester"});
  CHECK(r.code == 0);
  CHECK(r.out == fixture("swindon-cp.json") + ": stored case SBC-2026-0412 meeting 2 (draft)\n");
  auto again = run_cli({"case", "import", fixture("swindon-cp.json"), "--store", store});
  CHECK(again.out == fixture("swindon-cp.json") + ": unchanged case SBC-2026-0412 meeting 2 (draft)\n");

  auto e = run_cli({"case", "export", "SBC-2026-0412", "--store", store, "--out", dir.file("out/case.json")});
  CHECK(e.code == 0);
  CHECK(cg::test::file_bytes(dir.file("out/case.json")) == cg::test::file_bytes(fixture("swindon-cp.json")));
  CHECK(cg::test::file_bytes(dir.file("out/signatures/m1.png")) == cg::test::file_bytes(fixture("signatures/m1.png")));
  auto stdout_export = run_cli({"case", "export", "SBC-2026-0412", "--meeting", "2", "--store", store});
  CHECK(stdout_export.out == cg::test::file_bytes(fixture("swindon-cp.json")));
  // The exported file imports as the same meeting.
  CHECK(run_cli({"case", "import", dir.file("out/case.json"), "--store", store}).out.find("unchanged") !=
        std::string::npos);

  auto missing = run_cli({"case", "export", "NOPE", "--store", store});
  CHECK(missing.code == 1);
  CHECK(missing.err == "coregroup case export: no case NOPE in the store\n");
}

TEST_CASE("case import reports an unusable file and carries on with the rest", "[store][cli]") {
  TempDir dir;
  std::string bad = dir.write("bad.json", "{");
  auto r = run_cli({"case", "import", bad, fixture("blackpool-cp.json"), "--store", dir.file("s.db")});
  CHECK(r.code == 2);
  INFO(r.err);
  CHECK(r.err.find(bad + ":1:1: error load.syntax: ") == 0);
  CHECK(r.out.find("stored case") != std::string::npos);
}

TEST_CASE("case list shows due dates and flags overdue ones", "[store][cli]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"case", "import", fixture("swindon-cp.json"), fixture("blackpool-cp.json"), "--store", store}).code == 0);
  auto list = run_cli({"case", "list", "--store", store});
  CHECK(list.code == 0);
  // The fixed test clock is 18 November 2026, before any of these dates.
  CHECK(list.out.find("SBC-2026-0412 (swindon, child_protection): meeting 2 on 2026-12-03 (draft); next meeting "
                      "2026-12-22; meeting due by 2026-12-31; minutes due by 2026-12-17; review conference due by "
                      "2027-01-29\n") != std::string::npos);
  CHECK(list.out.find("OVERDUE") == std::string::npos);
  auto json = nlohmann::json::parse(run_cli({"case", "list", "--json", "--store", store}).out);
  REQUIRE(json.size() == 2);
  CHECK(json[1]["case_reference"] == "SBC-2026-0412");
  CHECK(json[1]["minutes_due"] == "2026-12-17");
  CHECK(json[1]["overdue"] == false);
  auto soon = nlohmann::json::parse(run_cli({"case", "list", "--json", "--due-before", "2026-12-16", "--store", store}).out);
  REQUIRE(soon.size() == 1);
  CHECK(soon[0]["case_reference"] == "BC-CP-2026-0288");  // its minutes are due by 15 December
  auto bad = run_cli({"case", "list", "--due-before", "soon", "--store", store});
  CHECK(bad.code == 2);
}

TEST_CASE("next needs an approved meeting to start from", "[store][cli]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"case", "import", fixture("swindon-cp.json"), "--store", store}).code == 0);
  auto r = run_cli({"next", "SBC-2026-0412", "--date", "2026-12-31", "--store", store});
  CHECK(r.code == 1);
  CHECK(r.err == "coregroup next: case SBC-2026-0412 has no approved meeting yet to prepare the next one from\n");
  CHECK(run_cli({"next", "SBC-2026-0412", "--store", store}).code == 2);
}

TEST_CASE("audit verify through the command line, intact and tampered", "[store][cli]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"case", "import", fixture("swindon-cp.json"), fixture("blackpool-cp.json"), "--store", store}).code == 0);
  auto ok = run_cli({"audit", "verify", "--store", store});
  CHECK(ok.code == 0);
  CHECK(ok.out == "audit log intact: 3 entries\n");  // two imports and one approval
  {
    sqlite::Db db(store, false);
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 1");
  }
  auto broken = run_cli({"audit", "verify", "--store", store});
  CHECK(broken.code == 1);
  CHECK(broken.out == "audit log broken: entry 1 was changed after it was written\n");
}

TEST_CASE("store backup writes a copy that opens, and a newer store is refused", "[store][cli]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"case", "import", fixture("swindon-cp.json"), "--store", store}).code == 0);
  auto b = run_cli({"store", "backup", dir.file("copy.db"), "--store", store});
  CHECK(b.code == 0);
  CHECK(run_cli({"case", "export", "SBC-2026-0412", "--store", dir.file("copy.db")}).out ==
        cg::test::file_bytes(fixture("swindon-cp.json")));
  {
    sqlite::Db db(store, false);
    db.exec("PRAGMA user_version = 99");
  }
  auto refused = run_cli({"case", "list", "--store", store});
  CHECK(refused.code == 2);
  CHECK(refused.err.find("this store has schema version 99 but this coregroup") != std::string::npos);
}

TEST_CASE("render --store keeps approved minutes with their record, and refuses a case that is not the record", "[store][cli]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"case", "import", fixture("blackpool-cp.json"), "--store", store}).code == 0);
  auto r = run_cli({"render", fixture("blackpool-cp.json"), "--document", "minutes", "--format", "pdf", "--out",
                    dir.file("out"), "--store", store, "-j", "1"});
  INFO(r.err);
  CHECK(r.code == 0);
  {
    sqlite::Db db(store, false);
    auto row = db.prepare("SELECT document, audience, format, length(bytes), record_digest FROM record_documents");
    REQUIRE(row.step());
    CHECK(row.text(0) == "minutes");
    CHECK(row.text(1) == "professional");
    CHECK(row.text(2) == "pdf");
    CHECK(row.integer(3) == static_cast<std::int64_t>(cg::test::file_bytes(dir.file("out/BC-CP-2026-0288-minutes.pdf")).size()));
    CHECK(row.text(4).size() == 64);
    CHECK_FALSE(row.step());
  }
  // The same document again is fine.
  CHECK(run_cli({"render", fixture("blackpool-cp.json"), "--document", "minutes", "--format", "pdf", "--out",
                 dir.file("out2"), "--store", store, "-j", "1"}).code == 0);
  // An approved case that differs from the stored record is rendered but not kept.
  auto j = nlohmann::json::parse(cg::test::file_bytes(fixture("blackpool-cp.json")));
  j["meeting"]["decisions"].push_back("One more decision");
  std::string changed = dir.write("changed.json", j.dump(2));
  auto other = run_cli({"render", changed, "--document", "minutes", "--format", "pdf", "--out", dir.file("out3"),
                        "--store", store, "-j", "1"});
  CHECK(other.code == 2);
  CHECK(other.err.find("not kept in the store: the case file differs from the approved record of meeting 8 of case "
                       "BC-CP-2026-0288 in the store") != std::string::npos);
}
