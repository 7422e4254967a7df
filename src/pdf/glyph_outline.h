#pragma once
// Text drawn as filled shapes (the glyphs' outlines as paths) rather than as text: for decoration
// such as a DRAFT watermark, which must look like the letters but never be read or extracted
// (pdftotext, copy and paste, screen readers) and mix into the body's words.
#include <string>

#include "pdf/shaper.h"

namespace cg::pdf {

// Content-stream operators filling the outlines of `shaped` in `gray`, set at `size` points with
// its baseline starting at (x, y) in PDF coordinates, turned `angle_deg` counter-clockwise.
// Wrapped in q ... Q, so the graphics state is left as it was.
std::string glyph_outline_ops(const ShapedText& shaped, const FontChain& chain, double x, double y, double size,
                              double angle_deg, double gray);

}  // namespace cg::pdf
