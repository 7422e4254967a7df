#pragma once
// The four embedded TrueType faces, loaded for UTF-8 text, and the text measurer the layout
// stage uses so that it measures exactly what the painter shows.
#include <hpdf.h>

#include <array>
#include <string>
#include <vector>

#include "layout/text_measurer.h"

namespace cg::pdf {

// TrueType font files for the four faces.
struct FontFiles {
  std::string regular, bold, italic, bold_italic;
};

class PdfFonts {
 public:
  // Loads and embeds the faces; problems are appended to `errors` and leave the set invalid.
  PdfFonts(HPDF_Doc doc, const FontFiles& paths, std::vector<std::string>& errors);
  bool valid() const { return valid_; }
  HPDF_Font font(layout::FontFace face) const { return fonts_[static_cast<std::size_t>(face)]; }

 private:
  std::array<HPDF_Font, 4> fonts_{};
  bool valid_ = false;
};

class PdfMeasurer : public layout::TextMeasurer {
 public:
  explicit PdfMeasurer(const PdfFonts& fonts) : fonts_(fonts) {}
  double width(std::string_view text, layout::FontFace face, double size) const override;

 private:
  const PdfFonts& fonts_;
};

}  // namespace cg::pdf
