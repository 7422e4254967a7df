#pragma once
// The unit the paginator places: a horizontal band of frames of fixed height. Blocks are turned
// into chunks (one per text line, one per table row); only table rows may be split further.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "layout/page_frames.h"

namespace cg::layout {

// Painted around a table row by the paginator, so a split row gets its own borders and fill.
struct RowDecoration {
  std::vector<double> column_edges;  // absolute x of every column boundary; empty: no decoration
  bool grid = false;
  double fill_gray = -1;  // < 0: no fill
  double line_width = 0.5;
  double line_gray = 0.35;
};

struct BookmarkRequest {
  int level = 1;
  std::string title;
};

struct Chunk {
  double height = 0;
  double space_before = 0;  // dropped at the top of a page
  bool keep_with_next = false;
  bool page_break = false;
  std::vector<Frame> frames;  // x absolute, y relative to the chunk's top

  // Rows only: offsets (ascending) at which the band can be cut without cutting a line of text.
  std::vector<double> cuts;
  bool can_split = false;  // false: cuts are used only if the row is taller than a page
  double split_padding = 0;  // blank space added below the first part and above the second
  RowDecoration decoration;
  std::shared_ptr<const std::vector<Chunk>> repeat_header;  // placed first on a continuation page

  std::optional<BookmarkRequest> bookmark;
};

// Splits at `cut` (one of chunk.cuts): frames above it stay, the rest move to the second part.
std::pair<Chunk, Chunk> split_chunk(const Chunk& chunk, double cut);

// Vertical position deciding which side of a cut a frame falls on.
double frame_anchor(const Frame& frame);

// Moves a frame down by dy.
void shift_frame(Frame& frame, double dy);

// Names `tag` as the node of every text and image frame of the chunk that names none yet.
void tag_content(Chunk& chunk, int tag);

// Makes a frame decoration (a table header repeated on a continuation page).
void untag_frame(Frame& frame);

}  // namespace cg::layout
