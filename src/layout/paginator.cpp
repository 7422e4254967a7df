#include "layout/paginator.h"

#include <algorithm>
#include <optional>

#include "layout/block_chunks.h"
#include "layout/page_furniture.h"

namespace cg::layout {
namespace {

constexpr double kEpsilon = 1e-6;

// What is left of a chunk that is cut page after page. The frames and cuts stay in the chunk, in
// its coordinates, and each part takes its share by index: a row running over many pages costs
// time in proportion to its size, not its size times its pages (split_chunk copies what is left).
class RowParts {
 public:
  explicit RowParts(const Chunk& chunk) : chunk_(chunk) {}

  bool whole() const { return first_; }
  double space_before() const { return first_ ? chunk_.space_before : 0; }
  double height() const { return first_ ? chunk_.height : chunk_.height - start_ + chunk_.split_padding; }
  bool has_cuts() const { return next_cut_ < chunk_.cuts.size(); }
  std::size_t first_cut() const { return next_cut_; }

  // The last cut at or above `limit` (in the remaining part's coordinates), if any.
  std::optional<std::size_t> last_cut_within(double limit) const {
    const auto begin = chunk_.cuts.begin() + static_cast<std::ptrdiff_t>(next_cut_);
    const auto it = std::upper_bound(begin, chunk_.cuts.end(), limit - shift_);
    if (it == begin) return std::nullopt;
    return static_cast<std::size_t>(it - chunk_.cuts.begin()) - 1;
  }

  // The part above cut number `cut`, with its frames; what is left starts there.
  Chunk take(std::size_t cut) {
    index();
    const double at = chunk_.cuts[cut];  // in the chunk's coordinates
    Chunk part = shell(at + shift_ + chunk_.split_padding);
    std::vector<std::size_t> mine;
    while (next_frame_ < order_.size() && anchors_[next_frame_] < at) mine.push_back(order_[next_frame_++]);
    add_frames(part, mine);
    next_cut_ = cut + 1;  // the cut itself would yield an empty band
    start_ = at;
    shift_ = chunk_.split_padding - at;
    first_ = false;
    return part;
  }

  // Everything left, as one part.
  Chunk rest() const {
    Chunk part = shell(height());
    std::vector<std::size_t> mine(order_.begin() + static_cast<std::ptrdiff_t>(next_frame_), order_.end());
    add_frames(part, mine);
    return part;
  }

 private:
  // Frames by where they fall (their anchor), ties in drawing order; built at the first cut.
  void index() {
    if (!order_.empty() || chunk_.frames.empty()) return;
    order_.resize(chunk_.frames.size());
    for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    std::vector<double> anchor(chunk_.frames.size());
    for (std::size_t i = 0; i < anchor.size(); ++i) anchor[i] = frame_anchor(chunk_.frames[i]);
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) { return anchor[a] < anchor[b]; });
    anchors_.resize(order_.size());
    for (std::size_t i = 0; i < order_.size(); ++i) anchors_[i] = anchor[order_[i]];
  }

  Chunk shell(double part_height) const {
    Chunk part;
    part.height = part_height;
    part.space_before = space_before();
    part.decoration = chunk_.decoration;
    if (first_) part.bookmark = chunk_.bookmark;
    return part;
  }

  // The frames in drawing order, moved into the part's coordinates.
  void add_frames(Chunk& part, std::vector<std::size_t>& mine) const {
    std::sort(mine.begin(), mine.end());
    part.frames.reserve(mine.size());
    for (std::size_t i : mine) {
      Frame f = chunk_.frames[i];
      shift_frame(f, shift_);
      part.frames.push_back(std::move(f));
    }
  }

  const Chunk& chunk_;
  bool first_ = true;
  double start_ = 0;  // where what is left starts, in the chunk's coordinates
  double shift_ = 0;  // from the chunk's coordinates to the remaining part's
  std::size_t next_cut_ = 0;
  std::size_t next_frame_ = 0;  // in order_
  std::vector<std::size_t> order_;
  std::vector<double> anchors_;
};

class Paginator {
 public:
  Paginator(const PageStyle& style, std::size_t max_pages) : style_(style), max_pages_(max_pages) {
    layout_.size = PageSize{style.width, style.height};
  }

  Layout run(const std::vector<Chunk>& chunks) {
    new_page(nullptr);
    for (std::size_t i = 0; i < chunks.size() && !layout_.over_page_limit; ++i) {
      const Chunk& c = chunks[i];
      if (c.page_break) {
        if (body_started_) new_page(nullptr);
        continue;
      }
      if (body_started_ && c.keep_with_next) {
        const double need = chain_height(chunks, i);
        if (need <= style_.content_height() && y_ + need > style_.content_bottom + kEpsilon) {
          new_page(c.repeat_header.get());
        }
      }
      place(c);
    }
    return std::move(layout_);
  }

 private:
  // Height needed on this page for chunk i and the chunks it must stay with.
  double chain_height(const std::vector<Chunk>& chunks, std::size_t i) const {
    double need = chunks[i].space_before;
    for (std::size_t j = i; j < chunks.size() && !chunks[j].page_break; ++j) {
      if (j > i) need += chunks[j].space_before;
      const bool continues = chunks[j].keep_with_next && j + 1 < chunks.size() && !chunks[j + 1].page_break;
      if (!continues) return need + (j == i ? chunks[j].height : first_part_placed(chunks[j]));
      need += chunks[j].height;
    }
    return need;
  }

  // Short rows look better moved whole than cut into slivers; long ones split to save space.
  bool worth_splitting(const Chunk& c) const {
    const double room_on_fresh_page = style_.content_height() - header_height(c);
    const bool taller_than_page = c.height > room_on_fresh_page + kEpsilon;
    return taller_than_page || (c.can_split && c.height > style_.content_height() / 4);
  }

  // The least of a chunk that place() puts on the current page rather than moving it whole, so a
  // heading or a table's header row is never left at the foot of a page without it.
  double first_part_placed(const Chunk& c) const {
    if (c.cuts.empty() || !worth_splitting(c)) return c.height;
    return c.cuts.front() + c.split_padding;
  }

  void new_page(const std::vector<Chunk>* header) {
    if (layout_.pages.size() >= max_pages_) {
      // What is placed from here goes on the last page, unseen: the layout is refused anyway.
      layout_.over_page_limit = true;
      y_ = style_.content_top;
      return;
    }
    layout_.pages.emplace_back();
    y_ = style_.content_top;
    body_started_ = false;
    // A header row repeated on a continuation page is decoration: the table's one header row
    // is already in its structure.
    if (header) {
      for (const Chunk& h : *header) emit(h, true);
    }
  }

  void emit(const Chunk& c, bool repeated = false) {
    const double top = y_ + (body_started_ ? c.space_before : 0);
    Page& page = layout_.pages.back();
    const RowDecoration& d = c.decoration;
    const bool decorated = d.column_edges.size() >= 2;
    if (decorated && d.fill_gray >= 0) {
      page.frames.push_back(RectFrame{d.column_edges.front(), top, d.column_edges.back() - d.column_edges.front(),
                                      c.height, d.fill_gray});
    }
    for (Frame f : c.frames) {
      shift_frame(f, top);
      if (repeated) untag_frame(f);
      page.frames.push_back(std::move(f));
    }
    if (decorated && d.grid) {
      const double left = d.column_edges.front();
      const double right = d.column_edges.back();
      const double bottom = top + c.height;
      page.frames.push_back(LineFrame{left, top, right, top, d.line_width, d.line_gray});
      page.frames.push_back(LineFrame{left, bottom, right, bottom, d.line_width, d.line_gray});
      for (double x : d.column_edges) page.frames.push_back(LineFrame{x, top, x, bottom, d.line_width, d.line_gray});
    }
    if (c.bookmark) {
      layout_.bookmarks.push_back(Bookmark{c.bookmark->level, c.bookmark->title,
                                           static_cast<int>(layout_.pages.size()) - 1, top});
    }
    y_ = top + c.height;
  }

  double header_height(const Chunk& c) const {
    double h = 0;
    if (c.repeat_header) {
      for (const Chunk& r : *c.repeat_header) h += r.height;
    }
    return h;
  }

  void place(const Chunk& chunk) {
    RowParts c(chunk);
    while (!layout_.over_page_limit) {
      const double space = body_started_ ? c.space_before() : 0;
      if (y_ + space + c.height() <= style_.content_bottom + kEpsilon) {
        emit_rest(c, chunk);
        body_started_ = true;
        return;
      }
      const double room_on_fresh_page = style_.content_height() - header_height(chunk);
      const bool taller_than_page = c.height() > room_on_fresh_page + kEpsilon;
      // Short rows look better moved whole than cut into slivers; long ones split to save space.
      const bool worth_splitting = taller_than_page || (chunk.can_split && c.height() > style_.content_height() / 4);
      if (c.has_cuts() && worth_splitting) {
        const double limit = style_.content_bottom - (y_ + space) - chunk.split_padding;
        std::optional<std::size_t> cut = c.last_cut_within(limit + kEpsilon);
        // Even the first line does not fit on an empty page: give it the page rather than lose it.
        if (!cut && !body_started_) cut = c.first_cut();
        if (cut) {
          emit(c.take(*cut));
          body_started_ = true;
          new_page(chunk.repeat_header.get());
          continue;
        }
      }
      if (body_started_) {
        new_page(chunk.repeat_header.get());
        continue;
      }
      emit_rest(c, chunk);  // taller than a page and cannot be cut: it overflows, but nothing is dropped
      body_started_ = true;
      return;
    }
  }

  void emit_rest(const RowParts& parts, const Chunk& chunk) {
    if (parts.whole()) emit(chunk);
    else emit(parts.rest());
  }

  const PageStyle& style_;
  const std::size_t max_pages_;
  Layout layout_;
  double y_ = 0;
  bool body_started_ = false;
};

}  // namespace

Layout place_chunks(const std::vector<Chunk>& chunks, const PageStyle& style, std::size_t max_pages) {
  return Paginator(style, max_pages).run(chunks);
}

std::size_t pages_at_least(const std::vector<Chunk>& chunks, const PageStyle& style) {
  // A band (a chunk, or the part of one between two cuts) taller than a page overflows the one
  // page it is given, so no band counts for more than a page.
  const double page = style.content_height();
  std::size_t pages = 0;
  double segment = 0;  // since the last page break
  auto close_segment = [&] {
    if (segment > 0) pages += std::max<std::size_t>(1, static_cast<std::size_t>(segment / page));
    segment = 0;
  };
  for (const Chunk& c : chunks) {
    if (c.page_break) {
      close_segment();
      continue;
    }
    double from = 0;
    for (double cut : c.cuts) {
      segment += std::min(cut - from, page);
      from = cut;
    }
    segment += std::min(c.height - from, page);
  }
  close_segment();
  return std::max<std::size_t>(pages, 1);
}

Layout paginate(const doc::Document& document, const TextMeasurer& measurer, std::size_t max_pages) {
  const PageStyle style = page_style_for(document.base_font_size);
  Structure structure;
  const std::vector<Chunk> chunks = document_chunks(document, style, measurer, &structure);
  if (max_pages != kNoPageLimit && pages_at_least(chunks, style) > max_pages) {
    Layout refused;
    refused.size = PageSize{style.width, style.height};
    refused.over_page_limit = true;
    return refused;
  }
  Layout layout = place_chunks(chunks, style, max_pages);
  layout.structure = std::move(structure);
  if (!layout.over_page_limit) add_furniture(layout, document, style, measurer);
  return layout;
}

}  // namespace cg::layout
