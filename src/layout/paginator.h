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

// Content only (no furniture); frames in absolute page coordinates.
Layout place_chunks(const std::vector<Chunk>& chunks, const PageStyle& style);

// The whole layout stage. The document must outlive the result (image frames point into it).
Layout paginate(const doc::Document& document, const TextMeasurer& measurer);

}  // namespace cg::layout
