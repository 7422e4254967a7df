#pragma once
// Runs a real client (qpdf, pdftotext, soffice, python-docx ...) and captures what it prints.
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace cg::test {

struct ToolResult {
  int status = -1;
  std::string out;
};

inline ToolResult run_tool(const std::string& command) {
  ToolResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace cg::test
