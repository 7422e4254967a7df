#pragma once
// Prints findings as "FILE: POINTER: error RULE: message" lines (FILE:LINE:COLUMN for syntax
// errors, followed by the pointer when there is one, as for a duplicate key), or as a JSON array
// of {severity, rule, pointer, message}. A finding about another file (a --holidays file, the bank
// holiday data: rules "calendar.*") names that file and line instead of the case file, and in
// JSON carries it as "file". Control characters from case data or file names never reach the
// terminal as they are: `terminal_text` shows them as \u001B, and the JSON escapes them.
#include <optional>
#include <ostream>
#include <string>

#include "core/finding.h"

namespace cg::cli {

// Text from a case or a file name made safe to print (utf8::escape_controls).
std::string terminal_text(const std::string& text);
// A JSON dump with DEL and the C1 controls escaped too (nlohmann escapes only C0).
std::string terminal_json(const std::string& dumped);

void print_findings(std::ostream& out, const std::string& file, const Findings& findings);
void print_findings_json(std::ostream& out, const Findings& findings);

}  // namespace cg::cli
