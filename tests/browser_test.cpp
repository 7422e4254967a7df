// Real-browser flows: Debian's chromium, headless, driven by puppeteer-core from the Node scripts in
// tests/browser/ (installed by scripts/setup with COREGROUP_TEST_TOOLS=1), against a workspace on a
// free loopback port.
#include <catch2/catch.hpp>

#include "run_tool.h"
#include "workspace_server.h"

using namespace cg;
using namespace cg::test;

namespace {

ToolResult run_flow(const TestWorkspace& ws, const std::string& flow, const std::string& user, const std::string& password) {
  std::string dir = std::string(COREGROUP_SOURCE_DIR) + "/tests/browser";
  std::string cmd = "cd " + quote(dir) + " && COREGROUP_URL=" + quote(ws.url()) + " COREGROUP_USER=" + quote(user) +
                    " COREGROUP_PASSWORD=" + quote(password) + " timeout 120 node " + quote(flow);
  if (const char* shots = std::getenv("COREGROUP_SCREENSHOTS")) cmd = "COREGROUP_SCREENSHOTS=" + quote(shots) + " " + cmd;
  return run_tool(cmd);
}

}  // namespace

TEST_CASE("browser: sign in, the dashboard, accessibility and sign out", "[browser]") {
  TestWorkspace ws;
  ws.add_user("amira", server::Role::SocialWorker, "pw-amira-browser");
  ToolResult r = run_flow(ws, "login_flow.js", "amira", "pw-amira-browser");
  INFO(r.out);
  CHECK(r.status == 0);
  CHECK(r.out.find("axe dashboard: no serious or critical violation") != std::string::npos);
}
