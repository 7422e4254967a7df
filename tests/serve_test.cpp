// coregroup serve as a process of its own, on a free loopback port, with accounts made by
// coregroup user, and the real-browser flows against it.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "run_tool.h"
#include "temp_dir.h"

using namespace cg;
using namespace cg::test;

namespace {

// `coregroup serve` with `args`, until destroyed (SIGTERM, then waited for).
class ServeProcess {
 public:
  explicit ServeProcess(std::vector<std::string> args) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<char*> argv;
      std::string bin = binary();
      argv.push_back(bin.data());
      argv.push_back(const_cast<char*>("serve"));
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(bin.c_str(), argv.data());
      _exit(127);
    }
    close(out[1]);
    out_ = fdopen(out[0], "r");
    char line[512];
    if (out_ && fgets(line, sizeof line, out_)) first_line_ = line;
  }
  ~ServeProcess() { stop(); }
  int stop() {
    if (pid_ <= 0) return status_;
    kill(pid_, SIGTERM);
    int raw = 0;
    waitpid(pid_, &raw, 0);
    pid_ = -1;
    if (out_) fclose(out_);
    out_ = nullptr;
    status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return status_;
  }
  // "http://127.0.0.1:PORT" from the line serve prints when it listens.
  std::string url() const {
    size_t at = first_line_.find("http://127.0.0.1:");
    if (at == std::string::npos) return "";
    size_t end = first_line_.find('/', at + 7);
    return first_line_.substr(at, end - at);
  }
  const std::string& first_line() const { return first_line_; }

 private:
  pid_t pid_ = -1;
  FILE* out_ = nullptr;
  std::string first_line_;
  int status_ = -1;
};

ToolResult run_flow(const std::string& url, const std::string& flow, const std::string& env) {
  std::string dir = std::string(COREGROUP_SOURCE_DIR) + "/tests/browser";
  std::string cmd = "cd " + quote(dir) + " && COREGROUP_URL=" + quote(url) + " " + env + " timeout 180 node " + quote(flow);
  if (const char* shots = std::getenv("COREGROUP_SCREENSHOTS")) cmd = "COREGROUP_SCREENSHOTS=" + quote(shots) + " " + cmd;
  return run_tool(cmd);
}

}  // namespace

TEST_CASE("serve: plain HTTP only on this machine", "[serve]") {
  TempDir dir;
  auto r = run_cli({"serve", "--store", dir.file("s.db"), "--listen", "0.0.0.0:8080"});
  CHECK(r.code == 2);
  CHECK(r.err.find("without TLS the workspace listens on this machine only (127.0.0.1)") != std::string::npos);
  CHECK(run_cli({"serve", "--listen", "nonsense"}).err.find("--listen must be HOST:PORT") != std::string::npos);
  CHECK(run_cli({"serve", "--tls-cert", "x.pem"}).err.find("give both --tls-cert and --tls-key") != std::string::npos);
}

TEST_CASE("serve: a browser signs in, imports a case and opens it, and axe-core finds no serious problem", "[serve][browser]") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"user", "add", "amira", "--role", "social_worker", "--password-file", dir.write("pw", "pw-amira-browser\n"),
                   "--store", store}).code == 0);
  ServeProcess serve({"--store", store, "--listen", "127.0.0.1:0"});
  INFO(serve.first_line());
  REQUIRE(!serve.url().empty());
  std::string env = "COREGROUP_USER=amira COREGROUP_PASSWORD=pw-amira-browser COREGROUP_CASE_FILE=" +
                    quote(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/blackpool-cp.json");
  ToolResult login = run_flow(serve.url(), "login_flow.js", env);
  INFO(login.out);
  CHECK(login.status == 0);
  ToolResult cases = run_flow(serve.url(), "case_flow.js", env);
  INFO(cases.out);
  CHECK(cases.status == 0);
  CHECK(serve.stop() == 0);  // SIGTERM stops it cleanly
}

namespace {

// One user of `role` on a new store, and `flow` against a server on it with Blackpool's case
// (meeting 8, an approved record, from which the next meeting is prepared); then the audit log,
// which has each change by the user who made it, verifies.
void check_flow_on_blackpool(const std::string& role, const std::string& flow, const std::string& extra_env = "") {
  TempDir dir;
  std::string store = dir.file("s.db");
  REQUIRE(run_cli({"user", "add", "amira", "--role", role, "--password-file", dir.write("pw", "pw-amira-browser\n"),
                   "--store", store}).code == 0);
  ServeProcess serve({"--store", store, "--listen", "127.0.0.1:0"});
  INFO(serve.first_line());
  REQUIRE(!serve.url().empty());
  std::string env = "COREGROUP_USER=amira COREGROUP_PASSWORD=pw-amira-browser COREGROUP_BINARY=" + quote(binary()) +
                    " COREGROUP_CASE_FILE=" + quote(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/blackpool-cp.json") +
                    " " + extra_env;
  ToolResult result = run_flow(serve.url(), flow, env);
  INFO(result.out);
  CHECK(result.status == 0);
  CHECK(serve.stop() == 0);
  ToolResult audit = run_tool(quote(binary()) + " audit verify --store " + quote(store));
  CHECK(audit.status == 0);
}

}  // namespace

TEST_CASE("serve: a browser prepares the next meeting and records its minutes with live findings, autosave and conflicts",
          "[serve][browser][minutes]") {
  check_flow_on_blackpool("minute_taker", "minutes_flow.js");
}

TEST_CASE("serve: a browser passes the plan round the table: three members sign with drawn strokes, one declines, and "
          "the approved plan's PDF shows it and verifies",
          "[serve][browser][sign]") {
  // A manager, who also approves. Meeting 9 is held before meeting 8's minutes fall due (15
  // December), so the record keeps the authority's timescales.
  check_flow_on_blackpool("manager", "signing_flow.js", "COREGROUP_MEETING_DATE=2026-12-14");
}
