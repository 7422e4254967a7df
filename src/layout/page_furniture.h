#pragma once
// Running header, footer with the page number (the furniture's words, e.g. "Page 2 of 5"), and the
// diagonal watermark behind the content.
#include <string>

#include "doc/document.h"
#include "layout/page_frames.h"
#include "layout/page_style.h"
#include "layout/text_measurer.h"

namespace cg::layout {

void add_furniture(Layout& layout, const doc::Document& document, const PageStyle& style,
                   const TextMeasurer& measurer);

// The longest prefix of `text` (with "…" appended when shortened) no wider than max_width.
std::string fit_text(const std::string& text, FontFace face, double size, double max_width,
                     const TextMeasurer& measurer);

}  // namespace cg::layout
