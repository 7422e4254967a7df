#pragma once
// One document's single-byte encoding for libharu's simple TrueType fonts. WinAnsi (Windows-1252)
// when it has every character the fonts show; otherwise WinAnsi with a /Differences array that
// gives the document's other characters (Polish ł, Turkish ğ, Greek, Cyrillic...) the bytes the
// document does not use. Only when more than 128 characters beyond ASCII are needed do the faces
// fall back to libharu's UTF-8 Type0 fonts, which build and compress a 65,536-entry glyph map per
// face: that doubled the cost of a plan whose family has a Polish name.
#include <hpdf.h>

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cg::pdf {

class SimpleEncoding {
 public:
  // The encoding for `characters` (the document's, as font_subset's document_characters finds
  // them; control characters never need a byte), or nullopt when they do not fit in one byte
  // each or one has no glyph name in the Adobe Glyph List (libharu's table), which readers need
  // to map a byte back to its character.
  static std::optional<SimpleEncoding> for_characters(const std::set<char32_t>& characters);

  // True when this is plain WinAnsiEncoding, without differences.
  bool win_ansi() const { return !differs_; }
  // The name HPDF_GetFont takes for this encoding, registering it with `doc` the first time
  // (libharu keeps encodings per document); nullptr when libharu refuses it.
  const char* install(HPDF_Doc doc) const;
  // The byte for `cp`, or 0 when the encoding has none.
  unsigned char byte(char32_t cp) const;
  // The character of byte `b`, or 0.
  char32_t character(unsigned char b) const { return unicode_[b]; }
  // UTF-8 as bytes of this encoding: tabs become spaces; characters without a byte (control
  // characters, line ends) are left out.
  std::string encode(std::string_view utf8) const;

 private:
  std::array<char32_t, 256> unicode_{};    // byte to character
  std::array<unsigned char, 256> low_{};   // characters below U+0100 to byte
  std::vector<std::pair<char32_t, unsigned char>> high_;  // the others, sorted
  bool differs_ = false;
};

}  // namespace cg::pdf
