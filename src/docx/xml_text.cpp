#include "docx/xml_text.h"

#include "core/utf8.h"

namespace cg::docx {
namespace {

bool allowed_in_xml(char32_t cp) {
  if (cp == U'\t' || cp == U'\n') return true;
  if (cp < 0x20) return false;
  if (cp >= 0x7F && cp <= 0x9F) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0xFFFE || cp == 0xFFFF) return false;
  return cp <= 0x10FFFF;
}

// Decodes one code point at `i`; on a malformed sequence returns U+FFFD and consumes one byte.
char32_t decode(std::string_view s, size_t& i) {
  char32_t cp = 0;
  size_t len = utf8::decode(s, i, cp);
  if (len == 0) {
    ++i;
    return utf8::kReplacement;
  }
  i += len;
  return cp;
}

}  // namespace

std::string xml_safe_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const char32_t cp = decode(utf8, i);
    if (allowed_in_xml(cp)) utf8::append(out, cp);
  }
  return out;
}

bool needs_space_preserve(std::string_view text) {
  if (text.empty()) return false;
  if (text.front() == ' ' || text.back() == ' ') return true;
  return text.find("  ") != std::string_view::npos;
}

}  // namespace cg::docx
