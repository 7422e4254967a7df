#include "pdf/to_unicode_cmap.h"

#include <string_view>

namespace cg::pdf {
namespace {

constexpr int kPerBlock = 100;  // the most entries one begin...end block may hold

// Entries one per line, in blocks of at most kPerBlock, each block headed with its count.
void blocks(std::string& out, std::string_view lines, int count, const char* kind) {
  std::size_t pos = 0;
  for (int done = 0; done < count;) {
    const int n = count - done < kPerBlock ? count - done : kPerBlock;
    std::size_t end = pos;
    for (int i = 0; i < n; ++i) end = lines.find('\n', end) + 1;
    out += std::to_string(n) + " begin" + kind + "\n";
    out.append(lines.substr(pos, end - pos));
    out += "end" + std::string(kind) + "\n";
    pos = end;
    done += n;
  }
}

}  // namespace

void append_hex(std::string& out, unsigned v, int digits) {
  static const char* hex = "0123456789ABCDEF";
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(v >> shift) & 15];
}

void append_utf16_hex(std::string& out, const std::u32string& text) {
  for (char32_t cp : text) {
    if (cp > 0xFFFF) {
      const char32_t v = cp - 0x10000;
      append_hex(out, 0xD800 + (v >> 10), 4);
      append_hex(out, 0xDC00 + (v & 0x3FF), 4);
    } else {
      append_hex(out, cp, 4);
    }
  }
}

void ToUnicodeCMap::add(unsigned code, const std::u32string& text) {
  chars_ += '<';
  append_hex(chars_, code, 2 * code_bytes_);
  chars_ += "> <";
  append_utf16_hex(chars_, text);
  chars_ += ">\n";
  ++char_count_;
}

void ToUnicodeCMap::add_range(unsigned first, unsigned last, char32_t start) {
  ranges_ += '<';
  append_hex(ranges_, first, 2 * code_bytes_);
  ranges_ += "> <";
  append_hex(ranges_, last, 2 * code_bytes_);
  ranges_ += "> <";
  append_utf16_hex(ranges_, std::u32string(1, start));
  ranges_ += ">\n";
  ++range_count_;
}

std::string ToUnicodeCMap::text() const {
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<";
  append_hex(s, 0, 2 * code_bytes_);
  s += "> <";
  append_hex(s, code_bytes_ == 1 ? 0xFFu : 0xFFFFu, 2 * code_bytes_);
  s += ">\nendcodespacerange\n";
  blocks(s, ranges_, range_count_, "bfrange");
  blocks(s, chars_, char_count_, "bfchar");
  s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return s;
}

}  // namespace cg::pdf
