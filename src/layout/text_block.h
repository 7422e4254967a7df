#pragma once
// Lines of one paragraph positioned within a column: the shared step of body text, list items,
// headings and table cells.
#include <vector>

#include "doc/document.h"
#include "layout/line_breaker.h"
#include "layout/page_frames.h"
#include "layout/page_style.h"
#include "layout/text_measurer.h"

namespace cg::layout {

struct PlacedLine {
  double top = 0;  // relative to the paragraph's top
  double height = 0;
  std::vector<Frame> frames;  // x absolute, baselines relative to the paragraph's top
};

// Sanitized spans of the runs; force_bold for table header cells and keys.
std::vector<StyledText> styled_spans(const doc::Inlines& runs, bool force_bold = false);

std::vector<PlacedLine> place_lines(const std::vector<StyledText>& spans, const TextStyle& style, doc::Align align,
                                    double left, double width, const TextMeasurer& measurer);

}  // namespace cg::layout
