#pragma once
// Turns the text of a case file into a Case, or into findings saying exactly what is wrong and
// where (line and column for syntax errors, a JSON pointer for everything else).
#include <optional>
#include <string_view>

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

}  // namespace cg
