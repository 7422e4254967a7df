#pragma once
// Places chunks on pages: keep-with-next chains, row splitting, repeated table headers, page
// breaks; then adds the running header, footer ("Page N of M") and watermark to every page.
#include <vector>

#include "doc/document.h"
#include "layout/chunk.h"
#include "layout/page_frames.h"
#include "layout/page_style.h"
#include "layout/text_measurer.h"

namespace cg::layout {

inline constexpr std::size_t kNoPageLimit = static_cast<std::size_t>(-1);

// Content only (no furniture); frames in absolute page coordinates. Placing stops, with
// over_page_limit set, when a page past `max_pages` would be started.
Layout place_chunks(const std::vector<Chunk>& chunks, const PageStyle& style, std::size_t max_pages = kNoPageLimit);

// The least number of pages the chunks can fill: their heights over a page's, page breaks included.
std::size_t pages_at_least(const std::vector<Chunk>& chunks, const PageStyle& style);

// The whole layout stage. The document must outlive the result (image frames point into it). A
// document that needs more than `max_pages` is found before placing when its chunks' heights tell
// (pages_at_least), else when placing reaches the limit; either way over_page_limit is set.
Layout paginate(const doc::Document& document, const TextMeasurer& measurer, std::size_t max_pages = kNoPageLimit);

}  // namespace cg::layout
