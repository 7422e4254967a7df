#pragma once
// Before a PDF is rendered: every character of every string in the case must have a glyph in
// some font of the PDF's font chain, or the render is refused with the field and the code point
// (rule render.missing_glyph), instead of the PDF silently leaving it out.
#include <string>

#include "core/finding.h"

namespace cg {

// `case_text` is the case file as read (valid JSON, since it loaded).
Findings missing_glyphs(const std::string& case_text);

}  // namespace cg
