#pragma once
// Tables, key/value grids and signature tables as chunks, one per row.
#include <vector>

#include "doc/document.h"
#include "layout/chunk.h"
#include "layout/page_style.h"
#include "layout/text_measurer.h"

namespace cg::layout {

// Absolute x of every column boundary across the text width, from relative weights; missing or
// unusable weights count as 1.
std::vector<double> column_edges(const std::vector<double>& weights, std::size_t columns, double left, double right);

// With `structure`, each becomes a Table under `parent` (TR, then TH or TD per cell; a header
// row's cells head their columns, a key its row; a signature image is a Figure in its cell, with
// its alt text), a signature block's statement a P before it.
std::vector<Chunk> table_chunks(const doc::Table& table, const PageStyle& style, const TextMeasurer& measurer,
                                Structure* structure = nullptr, int parent = Structure::root());
std::vector<Chunk> key_value_chunks(const doc::KeyValueBlock& block, const PageStyle& style,
                                    const TextMeasurer& measurer, Structure* structure = nullptr,
                                    int parent = Structure::root());
std::vector<Chunk> signature_chunks(const doc::SignatureBlock& block, const PageStyle& style,
                                    const TextMeasurer& measurer, Structure* structure = nullptr,
                                    int parent = Structure::root());

}  // namespace cg::layout
