#pragma once
// How the layout stage learns text widths. The PDF writer implements it with the embedded fonts;
// tests use a fake with fixed advances.
#include <string_view>

namespace cg::layout {

enum class FontFace { Regular, Bold, Italic, BoldItalic };

inline FontFace face_for(bool bold, bool italic) {
  if (bold) return italic ? FontFace::BoldItalic : FontFace::Bold;
  return italic ? FontFace::Italic : FontFace::Regular;
}

class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  // Advance width in points of sanitized UTF-8 text set in `face` at `size` points.
  virtual double width(std::string_view text, FontFace face, double size) const = 0;
};

}  // namespace cg::layout
