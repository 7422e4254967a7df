#pragma once
// UTF-8 primitives shared by the writers: decoding one character and encoding one code point.
#include <cstddef>
#include <string>
#include <string_view>

namespace cg::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the character at text[pos] into cp; returns its byte length, or 0 when the bytes there
// are not well-formed UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
std::size_t decode(std::string_view text, std::size_t pos, char32_t& cp);

// Reads the character at text[pos] and moves pos past it; a malformed byte reads as U+FFFD and
// moves pos on by one.
char32_t next(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t cp);

}  // namespace cg::utf8
