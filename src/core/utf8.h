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

// next() past an ASCII byte: the rest of a character's decoding, out of line.
char32_t next_beyond_ascii(std::string_view text, std::size_t& pos);

// Reads the character at text[pos] and moves pos past it; a malformed byte reads as U+FFFD and
// moves pos on by one. ASCII, most of every document, is read here, inline: the layout and the
// PDF writer call this for every character.
inline char32_t next(std::string_view text, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  return next_beyond_ascii(text, pos);
}

void append(std::string& out, char32_t cp);

// True for the C0 controls, DEL and the C1 controls (U+0080 to U+009F).
constexpr bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// Text safe to print on a terminal: every control character (tab and newline too, so one finding
// stays on one line) shown as \u001B, and a malformed byte as \xC0; everything else unchanged.
std::string escape_controls(std::string_view text);

}  // namespace cg::utf8
