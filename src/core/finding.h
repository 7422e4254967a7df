#pragma once
// A finding: one problem with an input, reported instead of thrown so a run can list them all.
#include <string>
#include <vector>

namespace cg {

enum class Severity { Error, Warning };

struct Finding {
  Severity severity = Severity::Error;
  std::string rule;     // stable id, e.g. "smart.time_bound"
  std::string pointer;  // JSON pointer into the case file, e.g. "/plan/outcomes/0/actions/1/by"
  std::string message;  // plain English for a social worker
  int line = 0;         // 1-based position in the file, for syntax errors; 0 when not known
  int column = 0;
};

using Findings = std::vector<Finding>;

inline const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

inline bool has_errors(const Findings& findings) {
  for (const auto& f : findings)
    if (f.severity == Severity::Error) return true;
  return false;
}

}  // namespace cg
