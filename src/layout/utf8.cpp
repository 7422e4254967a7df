#include "layout/utf8.h"

#include "core/utf8.h"

namespace cg::layout::utf8 {

using cg::utf8::decode;

std::string sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Printable ASCII, most text, copied a run at a time.
    std::size_t run = pos;
    while (run < text.size() && text[run] >= 0x20 && text[run] < 0x7F) ++run;
    if (run > pos) {
      out.append(text, pos, run - pos);
      pos = run;
      continue;
    }
    const char32_t cp = cg::utf8::next(text, pos);
    if (cp == '\r') {
      out += '\n';
      if (pos < text.size() && text[pos] == '\n') ++pos;
    } else if (cp == '\t') {
      out += ' ';
    } else if (cp == '\n') {
      out += '\n';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      // dropped: control characters have no glyph and confuse PDF readers
    } else {
      append(out, cp);
    }
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
  while (pos < text.size()) out.push_back(cg::utf8::next(text, pos));
  return out;
}

}  // namespace cg::layout::utf8
