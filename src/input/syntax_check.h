#pragma once
// Parses JSON text into a value, turning every way it can fail (bad syntax, invalid UTF-8,
// too deep, too big, too many values, a key given twice in one object) into a finding with a line and column
// instead of an exception.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/finding.h"

namespace cg {

// What the largest file we accept may hold: with 1,000,000 values, the parsed data and all that is
// made from it stay within a few hundred megabytes (each value costs far more than its bytes).
inline constexpr size_t kMaxJsonValues = 1000000;

std::optional<nlohmann::json> parse_json(std::string_view text, size_t max_bytes, int max_depth, Findings& findings,
                                         size_t max_values = kMaxJsonValues);

// 1-based line and column of a byte offset (0-based) in text; columns count characters, not bytes.
void line_and_column(std::string_view text, size_t offset, int& line, int& column);

}  // namespace cg
