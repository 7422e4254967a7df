#include "layout/utf8.h"

#include "core/utf8.h"

namespace cg::layout::utf8 {

using cg::utf8::decode;
using cg::utf8::kReplacement;

std::string sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    std::size_t len = decode(text, pos, cp);
    if (len == 0) {
      cp = kReplacement;
      len = 1;
    }
    if (cp == '\r') {
      out += '\n';
      if (pos + 1 < text.size() && text[pos + 1] == '\n') ++len;
    } else if (cp == '\t') {
      out += ' ';
    } else if (cp == '\n') {
      out += '\n';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      // dropped: control characters have no glyph and confuse PDF readers
    } else {
      append(out, cp);
    }
    pos += len;
  }
  return out;
}

std::size_t char_length(std::string_view text, std::size_t pos) {
  char32_t cp = 0;
  const std::size_t len = decode(text, pos, cp);
  return len == 0 ? 1 : len;
}

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    std::size_t len = decode(text, pos, cp);
    if (len == 0) {
      cp = kReplacement;
      len = 1;
    }
    out.push_back(cp);
    pos += len;
  }
  return out;
}

}  // namespace cg::layout::utf8
