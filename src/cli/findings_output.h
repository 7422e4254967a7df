#pragma once
// Prints findings as "FILE: POINTER: error RULE: message" lines (FILE:LINE:COLUMN for syntax
// errors, followed by the pointer when there is one, as for a duplicate key), or as a JSON array
// of {severity, rule, pointer, message}. A finding about another file (a --holidays file, the bank
// holiday data: rules "calendar.*") names that file and line instead of the case file, and in
// JSON carries it as "file".
#include <optional>
#include <ostream>
#include <string>

#include "core/finding.h"

namespace cg::cli {

void print_findings(std::ostream& out, const std::string& file, const Findings& findings);
void print_findings_json(std::ostream& out, const Findings& findings);

}  // namespace cg::cli
