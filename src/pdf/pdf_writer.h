#pragma once
// The PDF writer: lays the document out on A4 pages and renders them with libharu, embedding
// the fonts. Same input, same bytes.
#include <cstddef>
#include <string>

#include "doc/document.h"
#include "pdf/pdf_fonts.h"

namespace cg::pdf {

// Liberation Sans from Debian's fonts-liberation2.
FontFiles default_fonts();

// The most pages one PDF gets. libharu keeps every page in one page-tree node, which holds at most
// 32,767 (HPDF_LIMIT_MAX_ARRAY); well before that a document is no longer something to read.
inline constexpr std::size_t kMaxPages = 20000;

// A document that would need more than `max_pages` pages is refused after layout, before a page
// is drawn.
doc::WriteResult write_pdf(const doc::Document& document, const FontFiles& fonts = default_fonts(),
                           std::size_t max_pages = kMaxPages);

}  // namespace cg::pdf
