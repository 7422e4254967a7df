#pragma once
// The faces a character can be drawn with, in order: Liberation Sans (the council's
// Arial-compatible font) first, then Debian's Noto faces and WenQuanYi Zen Hei for the scripts
// Liberation Sans lacks. A character is drawn with the first face that has a glyph for it; a
// character no face has is refused, never dropped.
#include <hb.h>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "layout/text_measurer.h"

namespace cg::pdf {

struct ChainFont {
  std::string path;
  std::string family;  // for DOCX w:rFonts
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scaled to units per em
  unsigned upem = 1000;
  hb_set_t* coverage = nullptr;
  bool primary = false;  // Liberation Sans: used for Latin, Greek, Cyrillic and common characters only

  // The nominal glyph and advance of a character below kNominalTable, looked up once: the Latin
  // words of a line that mixes scripts are laid out from these, character by character.
  static constexpr char32_t kNominalTable = 0x180;
  static constexpr unsigned kNoGlyph = ~0u;
  struct Nominal {
    unsigned gid = kNoGlyph;
    int advance = 0;
  };
  Nominal nominal(char32_t cp) const;

 private:
  friend class FontChain;
  struct NominalTable {
    std::once_flag once;
    std::array<Nominal, kNominalTable> entries;
  };
  std::shared_ptr<NominalTable> nominal_;  // shared by the copies of one font
};

class FontChain {
 public:
  // The chain for `primary` (Liberation Sans's four files, regular/bold/italic/bold italic) and the
  // Debian fallback faces that are installed. Loaded once per set of primary files; shared and
  // immutable, so every thread may use it.
  static const FontChain& get(const std::array<std::string, 4>& primary);
  static const FontChain& system();  // Liberation Sans from fonts-liberation2

  const ChainFont& font(int index) const { return fonts_[static_cast<std::size_t>(index)]; }
  // Indices of the fonts tried for `face`, in order.
  const std::vector<int>& order(layout::FontFace face) const {
    load_fallbacks();
    return order_[static_cast<std::size_t>(face)];
  }

  // The font to draw `cp` with in `face`, preferring `previous` for marks, joiners and common
  // characters so a cluster stays in one font; -1 when no font has a glyph.
  int font_for(char32_t cp, layout::FontFace face, int previous) const;
  // True when some font of the chain draws `cp` (or `cp` needs no glyph: see invisible()).
  bool covers(char32_t cp) const;
  // Default-ignorable characters (joiners, bidi controls, variation selectors, soft hyphen):
  // shaping hides them, so they need no glyph.
  static bool invisible(char32_t cp);
  // Text the primary font draws as it is, one glyph per character, left to right: libharu's own
  // text path shows it (the fast path for the common case).
  bool simple(std::string_view utf8, layout::FontFace face) const;

 private:
  explicit FontChain(const std::array<std::string, 4>& primary);
  int add(const std::string& path, const std::string& family, bool primary) const;
  // The fallback faces are read the first time a character needs them: a Latin document never
  // pays for reading two dozen fonts' character maps.
  void load_fallbacks() const;
  const ChainFont& primary(layout::FontFace face) const;

  mutable std::once_flag fallbacks_once_;
  // Reserved up front, so references to fonts stay valid while the fallbacks are appended.
  mutable std::vector<ChainFont> fonts_;
  mutable std::array<std::vector<int>, 4> order_;
  std::array<int, 4> primary_{-1, -1, -1, -1};
  std::array<bool, 4> primary_has_ascii_{};  // the face's primary font draws every printable ASCII character
};

}  // namespace cg::pdf
