#pragma once
// Greedy line breaking of styled text: breaks at spaces and at "\n", and inside a word that is
// wider than a whole line (between characters, never inside a UTF-8 sequence).
#include <string>
#include <utility>
#include <vector>

#include "layout/text_measurer.h"

namespace cg::layout {

struct StyledText {
  StyledText(std::string text_ = {}, FontFace face_ = FontFace::Regular, std::string language_ = {})
      : text(std::move(text_)), face(face_), language(std::move(language_)) {}
  std::string text;  // sanitized UTF-8
  FontFace face = FontFace::Regular;
  std::string language;  // BCP 47 tag when not the document's language
};

struct LineFragment {
  std::string text;
  FontFace face = FontFace::Regular;
  double x = 0;  // from the start of the line
  double width = 0;
  std::string language;
};

struct TextLine {
  std::vector<LineFragment> fragments;
  double width = 0;  // without trailing spaces
  bool broke_at_space = false;  // the text went on after spaces, which the line leaves out
};

// Always returns at least one line (an empty one for empty text).
std::vector<TextLine> break_lines(const std::vector<StyledText>& spans, double size, double max_width,
                                  const TextMeasurer& measurer);

}  // namespace cg::layout
