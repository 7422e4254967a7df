#include "layout/paginator.h"

#include <algorithm>

#include "layout/block_chunks.h"
#include "layout/page_furniture.h"

namespace cg::layout {
namespace {

constexpr double kEpsilon = 1e-6;

class Paginator {
 public:
  explicit Paginator(const PageStyle& style) : style_(style) {
    layout_.size = PageSize{style.width, style.height};
  }

  Layout run(const std::vector<Chunk>& chunks) {
    new_page(nullptr);
    for (std::size_t i = 0; i < chunks.size(); ++i) {
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
    layout_.pages.emplace_back();
    y_ = style_.content_top;
    body_started_ = false;
    if (header) {
      for (const Chunk& h : *header) emit(h);
    }
  }

  void emit(const Chunk& c) {
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
    Chunk c = chunk;
    for (;;) {
      const double space = body_started_ ? c.space_before : 0;
      if (y_ + space + c.height <= style_.content_bottom + kEpsilon) {
        emit(c);
        body_started_ = true;
        return;
      }
      if (!c.cuts.empty() && worth_splitting(c)) {
        const double limit = style_.content_bottom - (y_ + space) - c.split_padding;
        auto it = std::upper_bound(c.cuts.begin(), c.cuts.end(), limit + kEpsilon);
        if (it != c.cuts.begin()) {
          auto [first, second] = split_chunk(c, *(it - 1));
          emit(first);
          body_started_ = true;
          new_page(c.repeat_header.get());
          c = std::move(second);
          continue;
        }
        if (!body_started_) {
          // Even the first line does not fit on an empty page: give it the page rather than lose it.
          auto [first, second] = split_chunk(c, c.cuts.front());
          emit(first);
          body_started_ = true;
          new_page(c.repeat_header.get());
          c = std::move(second);
          continue;
        }
      }
      if (body_started_) {
        new_page(c.repeat_header.get());
        continue;
      }
      emit(c);  // taller than a page and cannot be cut: it overflows, but nothing is dropped
      body_started_ = true;
      return;
    }
  }

  const PageStyle& style_;
  Layout layout_;
  double y_ = 0;
  bool body_started_ = false;
};

}  // namespace

Layout place_chunks(const std::vector<Chunk>& chunks, const PageStyle& style) {
  return Paginator(style).run(chunks);
}

Layout paginate(const doc::Document& document, const TextMeasurer& measurer) {
  const PageStyle style = page_style_for(document.base_font_size);
  Layout layout = place_chunks(document_chunks(document, style, measurer), style);
  add_furniture(layout, document, style, measurer);
  return layout;
}

}  // namespace cg::layout
