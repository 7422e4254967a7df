#pragma once
// Text conversions the PDF side needs beyond the layout's sanitizing.
#include <string>
#include <string_view>

namespace cg::pdf {

// Sanitized UTF-8 that libharu's UTF-8 encoder can show: characters outside the Basic
// Multilingual Plane (which Identity-H with 2-byte codes cannot carry) become U+FFFD.
std::string bmp_only(std::string_view utf8);

// A PDF text string's bytes: "\xFE\xFF" and UTF-16BE (surrogate pairs where needed).
std::string utf16be_with_bom(std::string_view utf8);

bool is_ascii(std::string_view text);

// A custom Info key libharu can write as a PDF name: sanitized, spaces as '_' (libharu escapes
// every other special byte itself but writes a space raw, which would break the name), at most
// 100 bytes without splitting a character. Empty if nothing usable is left.
std::string info_key(std::string_view key);

}  // namespace cg::pdf
