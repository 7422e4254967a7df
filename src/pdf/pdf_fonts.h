#pragma once
// The four embedded TrueType faces, loaded for UTF-8 text, and the text measurer the layout
// stage uses so that it measures exactly what the painter shows.
#include <hpdf.h>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "layout/text_measurer.h"
#include "pdf/simple_encoding.h"
#include "pdf/font_chain.h"
#include "pdf/shaper.h"

namespace cg::pdf {

// TrueType font files for the four faces.
struct FontFiles {
  std::string regular, bold, italic, bold_italic;
};

// Each face is loaded and embedded the first time the layout or the painter asks for it: loading
// a TrueType font for UTF-8 text and embedding it is most of the cost of a PDF, and many
// documents never use bold italic.
class PdfFonts {
 public:
  // Checks the font files exist; problems are appended to `errors` and leave the set invalid.
  // With `characters`, each face is first cut down to those characters (true subsetting).
  PdfFonts(HPDF_Doc doc, const FontFiles& paths, std::vector<std::string>& errors,
           std::set<char32_t> characters = {});
  bool valid() const { return valid_; }
  HPDF_Font font(layout::FontFace face) const;
  // Text as the faces take it: bytes of the document's single-byte encoding when its characters
  // fit one (simple TrueType fonts: see pdf/simple_encoding.h), else UTF-8 within the BMP.
  std::string shown(std::string_view utf8) const;
  // Text libharu's fonts show as it is (FontChain::simple); the rest goes through the shaper.
  bool simple(std::string_view utf8, layout::FontFace face) const { return chain_.simple(utf8, face); }
  const Shaper& shaper() const { return shaper_; }
  // Faces that failed to load when first asked for.
  const std::vector<std::string>& load_errors() const { return load_errors_; }

 private:
  HPDF_Font load(const std::string& path) const;

  HPDF_Doc doc_;
  const FontChain& chain_;
  Shaper shaper_;
  std::set<char32_t> characters_;
  std::optional<SimpleEncoding> encoding_;  // none: libharu's UTF-8 Type0 fonts
  std::array<std::string, 4> paths_;
  mutable std::array<HPDF_Font, 4> fonts_{};
  mutable HPDF_Dict to_unicode_ = nullptr;  // of the simple fonts, when their encoding has differences
  mutable std::array<bool, 4> tried_{};
  mutable std::vector<std::string> load_errors_;
  bool valid_ = false;
};

class PdfMeasurer : public layout::TextMeasurer {
 public:
  explicit PdfMeasurer(const PdfFonts& fonts) : fonts_(fonts) {}
  double width(std::string_view text, layout::FontFace face, double size) const override;

 private:
  static constexpr char32_t kTableSize = 0x3000;  // Latin, Greek, Cyrillic, punctuation, symbols
  static constexpr int kUnknown = -1;
  int measure_one(std::string_view character, layout::FontFace face) const;

  const PdfFonts& fonts_;
  // Advance widths in 1/1000 em, filled as characters are first seen.
  mutable std::array<std::vector<int>, 4> advances_;
  mutable std::map<std::pair<layout::FontFace, char32_t>, int> beyond_table_;
};

}  // namespace cg::pdf
