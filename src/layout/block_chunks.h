#pragma once
// Turns the document's blocks into the chunk sequence the paginator places.
#include <vector>

#include "doc/document.h"
#include "layout/chunk.h"
#include "layout/page_style.h"
#include "layout/text_measurer.h"

namespace cg::layout {

// With `structure`, every content frame names its node there (a paragraph, a list item's label
// or body, a table cell...), the blocks' nodes under the root in order; without, all frames are
// left untagged.
std::vector<Chunk> document_chunks(const doc::Document& document, const PageStyle& style,
                                   const TextMeasurer& measurer, Structure* structure = nullptr);

// One chunk per line; widows and orphans are avoided by keeping the first two and last two
// lines together.
std::vector<Chunk> paragraph_chunks(const doc::Paragraph& paragraph, const PageStyle& style,
                                    const TextMeasurer& measurer);
std::vector<Chunk> heading_chunks(const doc::Heading& heading, const PageStyle& style,
                                  const TextMeasurer& measurer);
std::vector<Chunk> list_chunks(const doc::List& list, const PageStyle& style, const TextMeasurer& measurer,
                               Structure* structure = nullptr, int parent = Structure::root());

// The node a block's role gets under `parent`, or kArtifact without a structure.
int add_node(Structure* structure, Role role, int parent, HeaderScope scope = HeaderScope::None,
             std::string alt = {});

// "1", "a", ..., "z", "aa", ...
std::string list_label(doc::ListKind kind, int index, int depth);

}  // namespace cg::layout
