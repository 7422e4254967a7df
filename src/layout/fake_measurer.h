#pragma once
// Test double: every character is half an em wide (bold 0.6 em), so tests can predict layout.
#include "layout/text_measurer.h"
#include "layout/utf8.h"

namespace cg::layout {

class FakeMeasurer : public TextMeasurer {
 public:
  double width(std::string_view text, FontFace face, double size) const override {
    const double em = (face == FontFace::Bold || face == FontFace::BoldItalic) ? 0.6 : 0.5;
    return static_cast<double>(utf8::code_points(text).size()) * em * size;
  }
};

}  // namespace cg::layout
