#pragma once
// UTF-8 helpers for the layout stage: the line breaker must never split inside a character.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace cg::layout::utf8 {

// Valid UTF-8 with malformed bytes replaced by U+FFFD, tabs turned into spaces, "\r\n" and "\r"
// turned into "\n", and other control characters dropped.
std::string sanitize(std::string_view text);

// Byte length of the character starting at text[pos] (assumes sanitized text; 1 past a bad byte).
std::size_t char_length(std::string_view text, std::size_t pos);

// Code points of sanitized text.
std::vector<char32_t> code_points(std::string_view text);

using cg::utf8::append;  // encoding one code point, from core/utf8.h

}  // namespace cg::layout::utf8
