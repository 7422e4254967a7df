#include "layout/chunk.h"

#include <algorithm>

namespace cg::layout {

double frame_anchor(const Frame& frame) {
  struct Visitor {
    double operator()(const TextFrame& t) const { return t.baseline - t.size * 0.5; }
    double operator()(const LineFrame& l) const { return std::min(l.y1, l.y2); }
    double operator()(const RectFrame& r) const { return r.y; }
    double operator()(const ImageFrame& i) const { return i.y; }
  };
  return std::visit(Visitor{}, frame);
}

void shift_frame(Frame& frame, double dy) {
  struct Visitor {
    double dy;
    void operator()(TextFrame& t) const { t.baseline += dy; }
    void operator()(LineFrame& l) const { l.y1 += dy, l.y2 += dy; }
    void operator()(RectFrame& r) const { r.y += dy; }
    void operator()(ImageFrame& i) const { i.y += dy; }
  };
  std::visit(Visitor{dy}, frame);
}

void tag_content(Chunk& chunk, int tag) {
  for (Frame& f : chunk.frames) {
    if (auto* t = std::get_if<TextFrame>(&f); t && t->tag == kArtifact) t->tag = tag;
    if (auto* i = std::get_if<ImageFrame>(&f); i && i->tag == kArtifact) i->tag = tag;
  }
}

void untag_frame(Frame& frame) {
  if (auto* t = std::get_if<TextFrame>(&frame)) t->tag = kArtifact;
  if (auto* i = std::get_if<ImageFrame>(&frame)) i->tag = kArtifact;
}

std::pair<Chunk, Chunk> split_chunk(const Chunk& chunk, double cut) {
  Chunk first = chunk;
  Chunk second = chunk;
  first.frames.clear();
  second.frames.clear();
  first.cuts.clear();
  second.cuts.clear();
  first.keep_with_next = false;
  second.space_before = 0;
  second.bookmark.reset();
  first.height = cut + chunk.split_padding;
  second.height = chunk.height - cut + chunk.split_padding;
  const double dy = chunk.split_padding - cut;
  for (const Frame& f : chunk.frames) {
    if (frame_anchor(f) < cut) {
      first.frames.push_back(f);
    } else {
      Frame moved = f;
      shift_frame(moved, dy);
      second.frames.push_back(std::move(moved));
    }
  }
  for (double c : chunk.cuts) {
    if (c < cut) first.cuts.push_back(c);
    // The cut itself becomes useless in the second part: it would yield an empty band.
    else if (c > cut) second.cuts.push_back(c + dy);
  }
  return {std::move(first), std::move(second)};
}

}  // namespace cg::layout
