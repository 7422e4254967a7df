#pragma once
// Text that libharu cannot show as it is (another script, right to left, marks to position)
// turned into positioned glyphs: split into runs by font, bidi level and script, shaped with
// HarfBuzz, and the runs put in visual order (FriBiDi levels, rule L2). Widths are the shaped
// advances, so the layout measures exactly what is drawn.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "pdf/font_chain.h"

namespace cg::pdf {

struct ShapedGlyph {
  unsigned gid = 0;
  int advance = 0;  // font units
  int x_offset = 0, y_offset = 0;
  unsigned cluster = 0;  // byte offset of the cluster in the run's text
};

struct ShapedRun {
  int font = 0;  // index in the chain
  bool rtl = false;
  std::string text;  // the run's characters in logical order
  std::vector<ShapedGlyph> glyphs;  // visual order
  double width = 0;  // in 1/1000 of the font size
  // Left-to-right text the primary face draws one glyph per character, in a line that also
  // needs shaping: the writer shows it with the simple fonts, as text without other scripts is
  // shown. Its glyphs are the nominal ones (for outlines) and its width is the simple fonts'.
  bool simple = false;
  // Extraction cannot rebuild this left-to-right run's text from its glyphs alone (conjuncts,
  // reordered marks, ligatures): the writer attaches the logical text as /ActualText. Right-to-
  // left runs never need it: readers (poppler's pdftotext among them) take glyphs in visual
  // order and reverse them, so their ToUnicode texts are given reversed instead.
  bool needs_actual_text = false;
};

struct ShapedText {
  std::vector<ShapedRun> runs;  // visual order
  double width = 0;  // 1/1000 of the font size
  std::vector<char32_t> missing;  // characters no font of the chain has
};

class Shaper {
 public:
  explicit Shaper(const FontChain& chain) : chain_(chain) {}
  // Shapes sanitized UTF-8 (one line's fragment, no "\n"); results are kept, since the layout
  // measures a text and the painter draws it again.
  const ShapedText& shape(std::string_view utf8, layout::FontFace face) const;
  const FontChain& chain() const { return chain_; }

 private:
  ShapedText make(std::string_view utf8, layout::FontFace face) const;

  const FontChain& chain_;
  mutable std::map<std::pair<int, std::string>, ShapedText, std::less<>> cache_;
  // Runs shaped by HarfBuzz, by font, direction, script and text: a name in another script is
  // shaped once however many lines it appears in.
  mutable std::map<std::tuple<int, bool, unsigned, std::string>, ShapedRun> runs_;
};

}  // namespace cg::pdf
