#pragma once
// Turns the text of a case file into a Case, or into findings saying exactly what is wrong and
// where (line and column for syntax errors, a JSON pointer for everything else).
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/finding.h"
#include "model/case.h"

#include "core/file_limits.h"

namespace cg {

struct LoadResult {
  std::optional<Case> value;  // present only when findings is empty
  Findings findings;
};

constexpr int kMaxNestingDepth = 64;

LoadResult load_case_text(std::string_view text);

// Reads a parsed case. `redacted`: the JSON is a redacted case (see case_redaction.h), in which
// null stands for a withheld object and `withheld_ref` for a reference to one.
struct CaseReadOptions {
  bool redacted = false;
  std::string withheld_ref;
};
LoadResult load_case_json(const nlohmann::json& root, const CaseReadOptions& options = {});

}  // namespace cg
