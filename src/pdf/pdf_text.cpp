#include "pdf/pdf_text.h"

#include "layout/utf8.h"

namespace cg::pdf {

std::string bmp_only(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (char32_t cp : layout::utf8::code_points(utf8)) layout::utf8::append(out, cp > 0xFFFF ? 0xFFFD : cp);
  return out;
}

std::string utf16be_with_bom(std::string_view utf8) {
  std::string out = "\xFE\xFF";
  auto unit = [&out](unsigned u) {
    out += static_cast<char>((u >> 8) & 0xFF);
    out += static_cast<char>(u & 0xFF);
  };
  for (char32_t cp : layout::utf8::code_points(layout::utf8::sanitize(utf8))) {
    if (cp > 0xFFFF) {
      const char32_t v = cp - 0x10000;
      unit(0xD800 + (v >> 10));
      unit(0xDC00 + (v & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return out;
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string info_key(std::string_view key) {
  const std::string clean = layout::utf8::sanitize(key);
  std::string out;
  std::size_t pos = 0;
  while (pos < clean.size()) {
    const std::size_t len = layout::utf8::char_length(clean, pos);
    if (out.size() + len > 100) break;
    if (clean[pos] == ' ' || clean[pos] == '\n') {
      out += '_';
    } else {
      out.append(clean, pos, len);
    }
    pos += len;
  }
  return out;
}

}  // namespace cg::pdf
