#pragma once
// Prints findings as "FILE: POINTER: error RULE: message" lines (FILE:LINE:COLUMN for syntax
// errors), or as a JSON array of {severity, rule, pointer, message}.
#include <ostream>
#include <string>

#include "core/finding.h"

namespace cg::cli {

void print_findings(std::ostream& out, const std::string& file, const Findings& findings);
void print_findings_json(std::ostream& out, const Findings& findings);

}  // namespace cg::cli
