// An approved record is never replaced, whatever races it: renders of one case in two processes at
// once, two versions of a case in one batch, a record re-saved or encrypted by another program,
// two references that make one file name. A render stopped by a signal leaves no partial file.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli_runner.h"
#include "core/file_limits.h"
#include "core/partial_files.h"
#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

extern char** environ;

using namespace cg;
using test::quote;
using test::run_tool;
namespace fs = std::filesystem;

namespace {


// The approved Blackpool case and a draft of it (same reference), with their signature images.
struct TwoVersions {
  std::string approved, draft, ref;
  explicit TwoVersions(const test::TempDir& dir) {
    std::string cases = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/";
    fs::create_directories(dir.file("in"));
    fs::copy(cases + "signatures", dir.file("in/signatures"), fs::copy_options::recursive);
    auto j = nlohmann::json::parse(cg::test::file_bytes(cases + "blackpool-cp.json"));
    REQUIRE(j["record"]["status"] == "approved");
    ref = j["case_reference"];
    approved = dir.write("in/approved.json", j.dump(2));
    j["record"]["status"] = "draft";
    draft = dir.write("in/draft.json", j.dump(2));
  }
};

bool has_partial_files(const std::string& folder) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (e.path().filename().string().find(".partial-") != std::string::npos) return true;
  return false;
}

pid_t spawn(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

}  // namespace

TEST_CASE("an approved and a draft render of one case at the same time always leave the record", "[records][race]") {
  test::TempDir dir;
  TwoVersions v(dir);
  auto reference = test::run_cli({"render", v.approved, "--document", "plan", "--format", "pdf", "--out", dir.file("ref")});
  REQUIRE(reference.code == 0);
  std::string record = cg::test::file_bytes(dir.file("ref/" + v.ref + "-plan.pdf"));
  REQUIRE_FALSE(record.empty());
  const std::string bin = quote(COREGROUP_BINARY);
  int draft_refused = 0;
  for (int round = 0; round < 20; ++round) {
    std::string out = dir.file("out" + std::to_string(round));
    std::string render = " render --document plan --format pdf --out " + quote(out) + " ";
    auto r = run_tool("(" + bin + render + quote(v.approved) + " >/dev/null 2>&1; echo approved=$?) & (" + bin + render +
                      quote(v.draft) + " >/dev/null 2>&1; echo draft=$?) & wait");
    INFO("round " << round << ": " << r.out);
    CHECK(r.out.find("approved=0") != std::string::npos);
    CHECK((r.out.find("draft=0") != std::string::npos || r.out.find("draft=2") != std::string::npos));
    draft_refused += r.out.find("draft=2") != std::string::npos;
    CHECK(cg::test::file_bytes(out + "/" + v.ref + "-plan.pdf") == record);
    CHECK_FALSE(has_partial_files(out));
  }
  // The draft was refused exactly when the record was there first; that it happened at all shows the
  // two renders overlapped rather than running one after the other in a fixed order.
  INFO(draft_refused << " of 20 draft renders refused");
  CHECK(draft_refused > 0);
}

TEST_CASE("two versions of a case in one batch stop the run before anything is written", "[records][race]") {
  test::TempDir dir;
  TwoVersions v(dir);
  // A record already there is untouched, and so is an empty folder.
  REQUIRE(test::run_cli({"render", v.approved, "--document", "plan", "--out", dir.file("out")}).code == 0);
  std::string pdf = dir.file("out/" + v.ref + "-plan.pdf"), before = cg::test::file_bytes(pdf);
  for (const std::string& out : {dir.file("out"), dir.file("empty")}) {
    auto r = test::run_cli({"render", dir.file("in"), "-j", "2", "--out", out});
    INFO(r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find("coregroup render: " + v.approved + " (case " + v.ref + ") and " + v.draft + " (case " + v.ref +
                     ") would both be written as " + v.ref + "-*") != std::string::npos);
    CHECK(r.err.find("nothing was written") != std::string::npos);
    CHECK(r.out.empty());
  }
  CHECK(cg::test::file_bytes(pdf) == before);
  CHECK(fs::is_empty(dir.file("empty")));
}

TEST_CASE("references that make the same file name are an error naming both files", "[records]") {
  test::TempDir dir;
  std::string cases = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/";
  fs::copy(cases + "signatures", dir.file("signatures"), fs::copy_options::recursive);
  auto j = nlohmann::json::parse(cg::test::file_bytes(cases + "swindon-cp.json"));
  j["case_reference"] = "SBC/2026/0412";
  std::string a = dir.write("a.json", j.dump(2));
  j["case_reference"] = "SBC 2026 0412";
  std::string b = dir.write("b.json", j.dump(2));
  auto r = test::run_cli({"render", a, b, "--out", dir.file("out")});
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(r.err.find(a + " (case SBC/2026/0412) and " + b + " (case SBC 2026 0412) would both be written as SBC_2026_0412-*") !=
        std::string::npos);
  CHECK(fs::is_empty(dir.file("out")));
  // Apart, each renders.
  CHECK(test::run_cli({"render", a, "--out", dir.file("a")}).code == 0);
  CHECK(test::run_cli({"render", b, "--out", dir.file("b")}).code == 0);
}

TEST_CASE("a record re-saved or encrypted by qpdf is refused, not replaced", "[records]") {
  test::TempDir dir;
  TwoVersions v(dir);
  REQUIRE(test::run_cli({"render", v.approved, "--document", "plan", "--format", "pdf", "--out", dir.file("ref")}).code == 0);
  std::string record = dir.file("ref/" + v.ref + "-plan.pdf");
  // Re-saved or encrypted without a user password, its digest is still read (libqpdf reads object
  // streams and empty passwords); with a password it cannot be read, and is not replaced either.
  const std::pair<std::string, std::string> tools[] = {
      {"qpdf --object-streams=generate", ": an approved record already exists here with different content"},
      {"qpdf --encrypt '' owner 256 --", ": an approved record already exists here with different content"},
      {"qpdf --encrypt user owner 256 --", ": a file already here cannot be proved to be a coregroup draft"}};
  for (const auto& [qpdf, refusal] : tools) {
    INFO(qpdf);
    std::string out = dir.file("out");
    fs::create_directories(out);
    std::string target = out + "/" + v.ref + "-plan.pdf";
    fs::remove(target);
    auto q = run_tool(qpdf + " " + quote(record) + " " + quote(target));
    INFO(q.out);
    REQUIRE(q.status == 0);
    std::string resaved = cg::test::file_bytes(target);
    REQUIRE(resaved != cg::test::file_bytes(record));
    for (const std::string& case_path : {v.draft, v.approved}) {
      std::vector<std::string> argv = {"render", case_path, "--document", "plan", "--format", "pdf", "--out", out};
      auto r = test::run_cli(argv);
      INFO(r.err);
      CHECK(r.code == 2);
      CHECK(r.err.find(target + refusal) != std::string::npos);
      CHECK(cg::test::file_bytes(target) == resaved);
    }
  }
}

TEST_CASE("a file that cannot be read is not replaced", "[records]") {
  // A folder in the file's place cannot be read as a file, even by root.
  test::TempDir dir;
  TwoVersions v(dir);
  fs::create_directories(dir.file("out/" + v.ref + "-plan.pdf"));
  auto r = test::run_cli({"render", v.draft, "--document", "plan", "--format", "pdf", "--out", dir.file("out")});
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(r.err.find("a file is already here that cannot be read (is a folder, not a file); it was left untouched") !=
        std::string::npos);
  CHECK(fs::is_directory(dir.file("out/" + v.ref + "-plan.pdf")));
  CHECK_FALSE(has_partial_files(dir.file("out")));
}

TEST_CASE("a signal removes the partial files registered at that moment", "[records][signal]") {
  test::TempDir dir;
  std::string kept = dir.file("kept.pdf"), killed = dir.file("killed.pdf");
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    remove_partial_files_on_signal();
    std::string temp, error;
    int slot = -1;
    int fd = create_partial_file(kept, temp, slot, error);
    if (fd < 0 || ::rename(temp.c_str(), kept.c_str()) != 0) _exit(3);
    release_partial_file(slot);  // renamed into place: no longer the handler's
    if (create_partial_file(killed, temp, slot, error) < 0) _exit(4);
    ::raise(SIGTERM);
    _exit(5);
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(fs::exists(kept));
  CHECK_FALSE(has_partial_files(dir.path()));
}

TEST_CASE("Ctrl-C during a batch render leaves no partial file", "[records][signal]") {
  test::TempDir dir;
  std::string cases = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/";
  fs::create_directories(dir.file("in"));
  fs::copy(cases + "signatures", dir.file("in/signatures"), fs::copy_options::recursive);
  auto j = nlohmann::json::parse(cg::test::file_bytes(cases + "swindon-cp.json"));
  for (int i = 0; i < 60; ++i) {
    j["case_reference"] = "SIG-" + std::to_string(1000 + i);
    dir.write("in/case" + std::to_string(1000 + i) + ".json", j.dump(2));
  }
  int interrupted = 0;
  for (int delay_ms : {300, 500, 700, 900, 1100}) {
    std::string out = dir.file("out" + std::to_string(delay_ms));
    pid_t pid = spawn({COREGROUP_BINARY, "render", dir.file("in"), "-j", "2", "--draft", "--out", out});
    REQUIRE(pid > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, delay_ms % 200 == 100 ? SIGINT : SIGTERM);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    INFO("after " << delay_ms << " ms");
    if (WIFSIGNALED(status)) {
      CHECK((WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGTERM));
      ++interrupted;
    }
    CHECK_FALSE(has_partial_files(out));
  }
  // At least one stop came while the batch was running (it takes several seconds).
  CHECK(interrupted > 0);
}
