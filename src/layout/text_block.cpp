#include "layout/text_block.h"

#include <algorithm>

#include "layout/utf8.h"

namespace cg::layout {

std::vector<StyledText> styled_spans(const doc::Inlines& runs, bool force_bold) {
  std::vector<StyledText> spans;
  for (const auto& run : runs) {
    spans.push_back(StyledText{utf8::sanitize(run.text), face_for(run.bold || force_bold, run.italic), run.language});
  }
  return spans;
}

std::vector<PlacedLine> place_lines(const std::vector<StyledText>& spans, const TextStyle& style, doc::Align align,
                                    double left, double width, const TextMeasurer& measurer) {
  std::vector<StyledText> faced = spans;
  if (style.bold) {
    for (auto& s : faced) s.face = face_for(true, s.face == FontFace::Italic || s.face == FontFace::BoldItalic);
  }
  std::vector<PlacedLine> out;
  double top = 0;
  for (auto& line : break_lines(faced, style.size, width, measurer)) {
    PlacedLine placed;
    placed.top = top;
    placed.height = style.line_height();
    double offset = 0;
    const double slack = std::max(0.0, width - line.width);
    if (align == doc::Align::Center) offset = slack / 2;
    if (align == doc::Align::Right) offset = slack;
    for (auto& f : line.fragments) {
      // Trailing spaces never show, and they must not count when checking the column's edge.
      if (f.text.find_first_not_of(' ') == std::string::npos) continue;
      TextFrame t;
      t.x = left + offset + f.x;
      t.baseline = top + style.baseline_offset();
      t.text = std::move(f.text);
      t.face = f.face;
      t.language = std::move(f.language);
      t.size = style.size;
      t.gray = style.gray;
      placed.frames.push_back(std::move(t));
    }
    // A word space where the line broke, after the last word: it shows nothing, but a reader
    // taking the text in order (a screen reader, the structure tree's text) keeps the words apart.
    if (line.broke_at_space && !placed.frames.empty()) std::get<TextFrame>(placed.frames.back()).text += ' ';
    top += placed.height;
    out.push_back(std::move(placed));
  }
  return out;
}

}  // namespace cg::layout
