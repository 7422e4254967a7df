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

}  // namespace

std::string xml_safe_text(std::string_view text) {
  // Most text is printable ASCII, which XML takes as it is.
  bool printable_ascii = true;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && b != '\t' && b != '\n') || b >= 0x7F) {
      printable_ascii = false;
      break;
    }
  }
  if (printable_ascii) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = utf8::next(text, i);
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
