#pragma once
// The text of a ToUnicode CMap (PDF 32000-1 9.10.3): which characters each code of a font
// stands for, so that copying and searching give the text back. One writer for every font we
// make: simple fonts (1-byte codes), libharu's UTF-8 fonts and our glyph fonts (2-byte codes).
#include <string>

namespace cg::pdf {

// Appends `v` as `digits` upper-case hex digits.
void append_hex(std::string& out, unsigned v, int digits);
// Appends `text` as UTF-16BE hex digits, surrogate pairs where needed.
void append_utf16_hex(std::string& out, const std::u32string& text);

class ToUnicodeCMap {
 public:
  explicit ToUnicodeCMap(int code_bytes) : code_bytes_(code_bytes) {}
  // Code `code` stands for `text`.
  void add(unsigned code, const std::u32string& text);
  // Codes `first` to `last` stand for `start`, `start` + 1, ... (all within one last byte).
  void add_range(unsigned first, unsigned last, char32_t start);
  std::string text() const;

 private:
  int code_bytes_;
  std::string chars_, ranges_;  // the entries, one per line
  int char_count_ = 0, range_count_ = 0;
};

}  // namespace cg::pdf
