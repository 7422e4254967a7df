// The store under real processes: two importers at once, and an importer killed mid-run.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "schema2_store.h"
#include "source_dir.h"
#include "temp_dir.h"
#include "test_support.h"
#include "store/audit.h"
#include "store/migrations.h"
#include "store/sqlite.h"

using namespace cg;
using cg::test::TempDir;

namespace {

std::vector<std::string> write_cases(const TempDir& dir, const std::string& prefix, int n) {
  std::vector<std::string> paths;
  for (int i = 0; i < n; ++i) {
    nlohmann::json j = test::good_case();
    j["case_reference"] = prefix + "-" + std::to_string(i);
    // Cases of different sizes, so a kill lands at different points in a transaction.
    for (int a = 0; a < i % 7; ++a) {
      nlohmann::json action = j["plan"]["outcomes"][0]["actions"][0];
      action["id"] = "x" + std::to_string(a);
      j["plan"]["outcomes"][0]["actions"].push_back(action);
    }
    paths.push_back(dir.write(prefix + "-" + std::to_string(i) + ".json", j.dump(2)));
  }
  return paths;
}

pid_t spawn_import(const std::string& store, const std::vector<std::string>& files) {
  std::vector<std::string> argv = {test::binary(), "case", "import", "--store", store, "--actor", "tester"};
  argv.insert(argv.end(), files.begin(), files.end());
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    execv(raw[0], raw.data());
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::int64_t count(sqlite::Db& db, const std::string& sql) {
  auto stmt = db.prepare(sql);
  return stmt.step() ? stmt.integer(0) : -1;
}

}  // namespace

TEST_CASE("two processes importing into one store at once both succeed", "[store][process]") {
  TempDir dir;
  std::string store = dir.file("store.db");
  auto a = write_cases(dir, "A", 60);
  auto b = write_cases(dir, "B", 60);
  pid_t pa = spawn_import(store, a);
  pid_t pb = spawn_import(store, b);
  CHECK(wait_exit(pa) == 0);
  CHECK(wait_exit(pb) == 0);
  sqlite::Db db(store, false);
  CHECK(count(db, "SELECT count(*) FROM meetings") == 120);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == 120);
  CHECK(store::verify_audit(db).ok);
}

TEST_CASE("an import killed with SIGKILL leaves a sound store holding whole meetings only", "[store][process]") {
  TempDir dir;
  std::string store = dir.file("store.db");
  auto files = write_cases(dir, "K", 500);
  pid_t pid = spawn_import(store, files);
  // Wait until the importer is well under way, then kill it without warning.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::int64_t seen = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    try {
      sqlite::Db probe(store, false);
      seen = count(probe, "SELECT count(*) FROM meetings");
    } catch (const sqlite::Error&) {
      continue;  // not created yet
    }
    if (seen >= 25) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));

  {
    sqlite::Db db(store, false);
    auto check = db.prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
    std::int64_t meetings = count(db, "SELECT count(*) FROM meetings");
    INFO("meetings stored before the kill: " << meetings);
    CHECK(meetings >= 25);
    CHECK(meetings < 500);
    // Whole meetings only: every stored meeting has all its actions, attendance and audit entry.
    auto each = db.prepare("SELECT m.id, s.text FROM meetings m JOIN snapshots s ON s.sha256 = m.snapshot_sha256");
    while (each.step()) {
      nlohmann::json j = nlohmann::json::parse(each.text(1));
      std::int64_t id = each.integer(0);
      CHECK(count(db, "SELECT count(*) FROM action_states WHERE meeting_id = " + std::to_string(id)) ==
            static_cast<std::int64_t>(j["plan"]["outcomes"][0]["actions"].size()));
      CHECK(count(db, "SELECT count(*) FROM attendance WHERE meeting_id = " + std::to_string(id)) == 4);
    }
    CHECK(count(db, "SELECT count(*) FROM audit_log") == meetings);
    CHECK(count(db, "SELECT count(*) FROM cases") == meetings);
    CHECK(store::verify_audit(db).ok);
  }
  // The interrupted import is simply run again.
  CHECK(wait_exit(spawn_import(store, files)) == 0);
  sqlite::Db db(store, false);
  CHECK(count(db, "SELECT count(*) FROM meetings") == 500);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == 500);
}

TEST_CASE("processes opening a schema 2 store at once migrate it once and all succeed", "[store][process]") {
  TempDir dir;
  std::string store = dir.file("old.db");
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) {
    nlohmann::json j = test::good_case();
    j["case_reference"] = "TEST-" + std::to_string(i + 1);
    texts.push_back(j.dump(2));
  }
  test::write_schema2_store(store, texts);
  // Four importers of new cases start together; each opens the old store and may migrate it.
  std::vector<pid_t> importers;
  for (const char* prefix : {"P", "Q", "R", "S"}) importers.push_back(spawn_import(store, write_cases(dir, prefix, 10)));
  for (pid_t pid : importers) CHECK(wait_exit(pid) == 0);
  sqlite::Db db(store, false);
  auto check = db.prepare("PRAGMA integrity_check");
  REQUIRE(check.step());
  CHECK(check.text(0) == "ok");
  CHECK(count(db, "PRAGMA user_version") == store::schema_version());
  CHECK(count(db, "SELECT count(*) FROM meetings") == 80);
  // Each old case file kept once, and every meeting, version and record still finds its own.
  CHECK(count(db, "SELECT count(*) FROM snapshots WHERE sha256 = sha256(text)") ==
        count(db, "SELECT count(*) FROM snapshots"));
  CHECK(count(db, "SELECT count(DISTINCT snapshot_sha256) FROM meetings WHERE case_id <= 40") == 40);
  CHECK(count(db, "SELECT count(*) FROM records r JOIN meetings m ON m.id = r.meeting_id "
                  "WHERE r.snapshot_sha256 = m.snapshot_sha256") == 40);
  CHECK(count(db, "SELECT count(*) FROM meeting_versions v LEFT JOIN snapshots s ON s.sha256 = v.snapshot_sha256 "
                  "WHERE s.sha256 IS NULL") == 0);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == 40);
  CHECK(store::verify_audit(db).ok);
}
