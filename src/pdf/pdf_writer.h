#pragma once
// The PDF writer: lays the document out on A4 pages and renders them with libharu, embedding
// the fonts. Same input, same bytes.
#include <string>

#include "doc/document.h"
#include "pdf/pdf_fonts.h"

namespace cg::pdf {

// Liberation Sans from Debian's fonts-liberation2.
FontFiles default_fonts();

doc::WriteResult write_pdf(const doc::Document& document, const FontFiles& fonts = default_fonts());

}  // namespace cg::pdf
