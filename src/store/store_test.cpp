#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "../../tests/schema2_store.h"
#include "../../tests/temp_dir.h"
#include "../../tests/test_support.h"
#include "store/audit.h"
#include "store/case_store.h"
#include "store/migrations.h"
#include "store/store.h"

using namespace cg;
using cg::test::TempDir;

namespace {

FixedClock test_clock(1795000000);

nlohmann::json approved_case() {
  nlohmann::json j = test::good_case();
  for (const char* m : {"m1", "m2", "m3", "m4"})
    j["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", "pending"}});
  j["record"] = {{"status", "approved"}, {"approved_by", "m4"}, {"approved_on", "2026-12-10"}};
  return j;
}

struct Fixture {
  TempDir dir;
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  std::unique_ptr<store::Store> store;
  Fixture() {
    store::Opened o = store::Store::open(dir.file("store.db"), test_clock);
    REQUIRE(o.error == "");
    store = std::move(o.store);
  }
  store::ImportOutcome import(const nlohmann::json& j, const std::string& name = "case.json") {
    std::string path = dir.write(name, j.dump(2));
    return store::import_case_file(*store, shared, fs, path, "tester");
  }
  std::int64_t count(const std::string& sql) {
    auto stmt = store->db().prepare(sql);
    REQUIRE(stmt.step());
    return stmt.integer(0);
  }
};

}  // namespace

TEST_CASE("a new store is migrated to the program's schema version with WAL and foreign keys", "[store]") {
  Fixture f;
  CHECK(f.count("PRAGMA user_version") == store::schema_version());
  CHECK(f.count("PRAGMA foreign_keys") == 1);
  auto mode = f.store->db().prepare("PRAGMA journal_mode");
  REQUIRE(mode.step());
  CHECK(mode.text(0) == "wal");
  // Opening again applies nothing twice.
  store::Opened again = store::Store::open(f.dir.file("store.db"), test_clock);
  CHECK(again.error == "");
}

TEST_CASE("migrations are numbered 1, 2, 3 ... without gaps", "[store]") {
  int expected = 1;
  for (const store::Migration& m : store::migrations()) CHECK(m.version == expected++);
}

TEST_CASE("a store written by a newer coregroup is refused and left untouched", "[store]") {
  TempDir dir;
  std::string path = dir.file("newer.db");
  {
    sqlite::Db db(path, true);
    db.exec("PRAGMA user_version = 999");
  }
  store::Opened o = store::Store::open(path, test_clock);
  CHECK_FALSE(o.store);
  CHECK(o.error == path + ": this store has schema version 999 but this coregroup (" COREGROUP_VERSION
                          ") knows only up to version " + std::to_string(store::schema_version()) +
                          "; use a newer coregroup");
  sqlite::Db db(path, false);
  auto v = db.prepare("PRAGMA user_version");
  REQUIRE(v.step());
  CHECK(v.integer(0) == 999);
}

TEST_CASE("a file that is not a store is refused with a plain message", "[store]") {
  TempDir dir;
  std::string path = dir.write("not.db", std::string(4096, 'x'));
  store::Opened o = store::Store::open(path, test_clock);
  CHECK_FALSE(o.store);
  CHECK(o.error == path + ": this file is not a coregroup store");
}

TEST_CASE("import stores a meeting once, and the same meeting again changes nothing", "[store]") {
  Fixture f;
  auto first = f.import(test::good_case());
  REQUIRE(first.findings.empty());
  CHECK(first.status == store::ImportStatus::Added);
  CHECK(first.case_reference == "TEST-0001");
  CHECK(first.sequence == 2);
  // Spacing and key order do not make a different meeting.
  auto again = f.import(test::good_case(), "same.json");
  std::string compact = f.dir.write("compact.json", test::good_case().dump());
  auto third = store::import_case_file(*f.store, f.shared, f.fs, compact, "tester");
  CHECK(again.status == store::ImportStatus::Unchanged);
  CHECK(third.status == store::ImportStatus::Unchanged);
  CHECK(f.count("SELECT count(*) FROM meetings") == 1);
  CHECK(f.count("SELECT count(*) FROM action_states") == 2);
  CHECK(f.count("SELECT count(*) FROM attendance") == 4);
  CHECK(f.count("SELECT count(*) FROM members") == 4);
  CHECK(f.count("SELECT count(*) FROM audit_log") == 1);
}

TEST_CASE("a draft is replaced by a newer draft and then by its approved record", "[store]") {
  Fixture f;
  REQUIRE(f.import(test::good_case()).status == store::ImportStatus::Added);
  nlohmann::json edited = test::good_case();
  edited["plan"]["outcomes"][0]["actions"][0]["progress"] = "Attended 3 of 6 sessions";
  CHECK(f.import(edited).status == store::ImportStatus::Updated);
  auto approved = f.import(approved_case());
  REQUIRE(approved.findings.empty());
  CHECK(approved.status == store::ImportStatus::Updated);
  CHECK(approved.approved);
  CHECK(f.count("SELECT count(*) FROM meetings WHERE status = 'approved'") == 1);
  CHECK(f.count("SELECT count(*) FROM records") == 1);
  CHECK(f.count("SELECT count(*) FROM action_states") == 2);
  auto entries = store::read_audit(f.store->db());
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].action == "import");
  CHECK(entries[0].subject == "case TEST-0001 meeting 2 (draft)");
  CHECK(entries[2].subject == "case TEST-0001 meeting 2 (approved)");
  CHECK(entries[3].action == "approve");
  CHECK(entries[3].actor == "tester");
  CHECK(entries[3].at == "2026-11-18T11:06:40Z");
}

TEST_CASE("an approved meeting is never replaced by a different version, draft or approved", "[store]") {
  Fixture f;
  REQUIRE(f.import(approved_case()).status == store::ImportStatus::Added);
  CHECK(f.import(approved_case(), "again.json").status == store::ImportStatus::Unchanged);
  nlohmann::json other = approved_case();
  other["meeting"]["decisions"][0] = "Plan continues; review brought forward";
  auto r = f.import(other);
  CHECK(r.status == store::ImportStatus::Refused);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "store.approved_record");
  CHECK(r.findings[0].message ==
        "meeting 2 of case TEST-0001 is an approved record; a different version cannot replace it");
  auto draft = f.import(test::good_case());
  CHECK(draft.status == store::ImportStatus::Refused);
  CHECK(f.count("SELECT count(*) FROM audit_log") == 2);  // import and approve, nothing since
}

TEST_CASE("an unusable case file is refused with the loader's findings", "[store]") {
  Fixture f;
  std::string path = f.dir.write("bad.json", "{\"format\": ");
  auto r = store::import_case_file(*f.store, f.shared, f.fs, path, "tester");
  CHECK(r.status == store::ImportStatus::Refused);
  REQUIRE_FALSE(r.findings.empty());
  CHECK(r.findings[0].rule == "load.syntax");
  auto missing = store::import_case_file(*f.store, f.shared, f.fs, f.dir.file("none.json"), "tester");
  CHECK(missing.findings.at(0).rule == "load.io");
}

TEST_CASE("a case reference stored for another authority is refused", "[store]") {
  Fixture f;
  REQUIRE(f.import(test::good_case()).status == store::ImportStatus::Added);
  nlohmann::json other = test::good_case();
  other["authority"] = "england";
  auto r = f.import(other);
  CHECK(r.status == store::ImportStatus::Refused);
  CHECK(r.findings.at(0).rule == "store.case_mismatch");
}

TEST_CASE("approved records cannot be changed or deleted through SQL", "[store]") {
  Fixture f;
  REQUIRE(f.import(approved_case()).status == store::ImportStatus::Added);
  sqlite::Db& db = f.store->db();
  const char* attempts[] = {
      "UPDATE records SET snapshot_sha256 = 'x'",
      "UPDATE snapshots SET text = '{}'",
      "DELETE FROM snapshots",
      "DELETE FROM records",
      "UPDATE meetings SET snapshot_sha256 = 'x'",
      "UPDATE meetings SET status = 'draft'",
      "DELETE FROM meetings",
      "UPDATE action_states SET progress = 'done'",
      "DELETE FROM action_states",
      "UPDATE attendance SET status = 'present'",
      "DELETE FROM attendance",
      "UPDATE audit_log SET actor = 'someone else'",
      "DELETE FROM audit_log",
  };
  for (const char* sql : attempts) {
    INFO(sql);
    CHECK_THROWS_AS(db.exec(sql), sqlite::Error);
  }
  CHECK(f.count("SELECT count(*) FROM records") == 1);
  CHECK(f.count("SELECT count(*) FROM action_states") == 2);
  auto snap = db.prepare("SELECT s.text FROM records r JOIN snapshots s ON s.sha256 = r.snapshot_sha256");
  REQUIRE(snap.step());
  CHECK(snap.text(0) == approved_case().dump(2));
}

TEST_CASE("an approved meeting's case file is kept once, for the meeting, its version and its record", "[store]") {
  Fixture f;
  REQUIRE(f.import(approved_case()).status == store::ImportStatus::Added);
  const std::string text = approved_case().dump(2);
  CHECK(f.count("SELECT count(*) FROM snapshots") == 1);
  CHECK(f.count("SELECT sum(length(text)) FROM snapshots") == static_cast<std::int64_t>(text.size()));
  CHECK(f.count("SELECT count(*) FROM meetings m JOIN meeting_versions v ON v.meeting_id = m.id JOIN records r ON "
                "r.meeting_id = m.id JOIN snapshots s ON s.sha256 = m.snapshot_sha256 AND s.sha256 = "
                "v.snapshot_sha256 AND s.sha256 = r.snapshot_sha256 WHERE s.sha256 = sha256(s.text)") == 1);
}

TEST_CASE("a store of schema 2 keeps each case file once after migrating, and stays immutable", "[store]") {
  TempDir dir;
  const std::string path = dir.file("old.db");
  const std::string text = approved_case().dump(2);
  test::write_schema2_store(path, {text});
  store::Opened o = store::Store::open(path, test_clock);
  REQUIRE(o.error == "");
  sqlite::Db& db = o.store->db();
  auto count = [&](const std::string& sql) {
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.step());
    return stmt.integer(0);
  };
  CHECK(count("PRAGMA user_version") == store::schema_version());
  CHECK(count("SELECT count(*) FROM snapshots") == 1);
  CHECK(count("SELECT count(*) FROM meetings m JOIN meeting_versions v ON v.meeting_id = m.id JOIN records r ON "
              "r.meeting_id = m.id JOIN snapshots s ON s.sha256 = m.snapshot_sha256 AND s.sha256 = "
              "v.snapshot_sha256 AND s.sha256 = r.snapshot_sha256") == 1);
  store::Exported e = store::export_case(*o.store, "TEST-1", std::nullopt, "tester");
  CHECK(e.error == "");
  CHECK(e.text == text);
  for (const char* sql : {"UPDATE records SET snapshot_sha256 = 'x'", "UPDATE meetings SET snapshot_sha256 = 'x'",
                          "UPDATE meeting_versions SET snapshot_sha256 = 'x'", "DELETE FROM snapshots"}) {
    INFO(sql);
    CHECK_THROWS_AS(db.exec(sql), sqlite::Error);
  }
}

TEST_CASE("an old store's versions are migrated as saved by no editor tab", "[store]") {
  TempDir dir;
  const std::string path = dir.file("old.db");
  test::write_schema2_store(path, {approved_case().dump(2)});
  store::Opened o = store::Store::open(path, test_clock);
  REQUIRE(o.error == "");
  auto stmt = o.store->db().prepare(
      "SELECT count(*) FROM meeting_versions WHERE edit_token IS NULL AND edit_changes IS NULL");
  REQUIRE(stmt.step());
  CHECK(stmt.integer(0) == 1);
}

TEST_CASE("export gives the case file back byte for byte, and is logged", "[store]") {
  Fixture f;
  std::string text = "{\n\n  " + test::good_case().dump().substr(1);  // odd spacing survives
  std::string path = f.dir.write("odd.json", text);
  REQUIRE(store::import_case_file(*f.store, f.shared, f.fs, path, "tester").status == store::ImportStatus::Added);
  store::Exported e = store::export_case(*f.store, "TEST-0001", std::nullopt, "tester");
  CHECK(e.error == "");
  CHECK(e.text == text);
  CHECK(e.sequence == 2);
  CHECK(store::export_case(*f.store, "TEST-0001", 2, "tester").text == text);
  CHECK(store::export_case(*f.store, "TEST-0001", 7, "tester").error == "case TEST-0001 has no meeting 7");
  CHECK(store::export_case(*f.store, "NOPE", std::nullopt, "tester").error == "no case NOPE in the store");
  auto entries = store::read_audit(f.store->db());
  REQUIRE(entries.size() == 3);
  CHECK(entries[1].action == "export");
  CHECK(entries[1].subject == "case TEST-0001 meeting 2");
}

TEST_CASE("the audit log never holds case content", "[store]") {
  Fixture f;
  REQUIRE(f.import(approved_case()).status == store::ImportStatus::Added);
  store::export_case(*f.store, "TEST-0001", std::nullopt, "tester");
  for (const auto& e : store::read_audit(f.store->db())) {
    for (const char* content : {"Ella", "Testchild", "Dawn", "Testparent", "Priya", "parenting", "Family Centre"}) {
      CHECK(e.subject.find(content) == std::string::npos);
      CHECK(e.action.find(content) == std::string::npos);
    }
  }
}

TEST_CASE("audit verify proves the chain and finds a tampered entry", "[store]") {
  Fixture f;
  REQUIRE(f.import(approved_case()).status == store::ImportStatus::Added);
  store::export_case(*f.store, "TEST-0001", std::nullopt, "tester");
  store::AuditCheck ok = store::verify_audit(f.store->db());
  CHECK(ok.ok);
  CHECK(ok.entries == 3);

  sqlite::Db& db = f.store->db();
  SECTION("a changed entry") {
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 2");
    auto check = store::verify_audit(db);
    CHECK_FALSE(check.ok);
    CHECK(check.problem == "entry 2 was changed after it was written");
  }
  SECTION("a changed entry with its hash recomputed") {
    db.exec("DROP TRIGGER audit_log_no_update");
    auto entries = store::read_audit(db);
    entries[0].actor = "someone else";
    db.prepare("UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 1")
        .bind(1, entries[0].actor)
        .bind(2, store::audit_hash(entries[0]))
        .run();
    auto check = store::verify_audit(db);
    CHECK_FALSE(check.ok);
    CHECK(check.problem == "entry 2 does not follow the entry before it (the log was changed or reordered)");
  }
  SECTION("a removed entry") {
    db.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2");
    auto check = store::verify_audit(db);
    CHECK_FALSE(check.ok);
    CHECK(check.problem == "entry 2 is missing");
  }
}

TEST_CASE("store backup copies everything into a file that opens as a store", "[store]") {
  Fixture f;
  REQUIRE(f.import(approved_case()).status == store::ImportStatus::Added);
  std::string error;
  REQUIRE(f.store->backup(f.dir.file("copy.db"), error));
  CHECK(error == "");
  store::Opened copy = store::Store::open(f.dir.file("copy.db"), test_clock);
  REQUIRE(copy.store);
  auto stmt = copy.store->db().prepare("SELECT count(*) FROM records");
  REQUIRE(stmt.step());
  CHECK(stmt.integer(0) == 1);
  CHECK(store::verify_audit(copy.store->db()).ok);
}

TEST_CASE("the store path: --store, else COREGROUP_STORE, else the XDG data folder", "[store]") {
  CHECK(store::default_store_path("/x/y.db") == "/x/y.db");
  std::string saved_store = getenv("COREGROUP_STORE") ? getenv("COREGROUP_STORE") : "";
  std::string saved_xdg = getenv("XDG_DATA_HOME") ? getenv("XDG_DATA_HOME") : "";
  std::string home = getenv("HOME") ? getenv("HOME") : "";
  setenv("COREGROUP_STORE", "/env/store.db", 1);
  CHECK(store::default_store_path("") == "/env/store.db");
  unsetenv("COREGROUP_STORE");
  setenv("XDG_DATA_HOME", "/xdg", 1);
  CHECK(store::default_store_path("") == "/xdg/coregroup/coregroup.db");
  unsetenv("XDG_DATA_HOME");
  CHECK(store::default_store_path("") == home + "/.local/share/coregroup/coregroup.db");
  if (!saved_store.empty()) setenv("COREGROUP_STORE", saved_store.c_str(), 1);
  if (!saved_xdg.empty()) setenv("XDG_DATA_HOME", saved_xdg.c_str(), 1);
}
