#pragma once
// Parses JSON text into a value, turning every way it can fail (bad syntax, invalid UTF-8,
// too deep, too big, a key given twice in one object) into a finding with a line and column
// instead of an exception.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/finding.h"

namespace cg {

std::optional<nlohmann::json> parse_json(std::string_view text, size_t max_bytes, int max_depth, Findings& findings);

// 1-based line and column of a byte offset (0-based) in text; columns count characters, not bytes.
void line_and_column(std::string_view text, size_t offset, int& line, int& column);

}  // namespace cg
