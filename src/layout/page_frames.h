#pragma once
// The layout stage's output: pages of positioned frames. Coordinates are points from the page's
// top-left corner, y growing downwards; the PDF painter flips them.
#include <string>
#include <variant>
#include <vector>

#include "doc/document.h"
#include "layout/structure.h"
#include "layout/text_measurer.h"

namespace cg::layout {

struct TextFrame {
  double x = 0;
  double baseline = 0;
  std::string text;  // sanitized UTF-8, one line, no line breaks
  FontFace face = FontFace::Regular;
  double size = 10;
  double gray = 0;          // 0 black .. 1 white
  double angle_deg = 0;     // counter-clockwise rotation about (x, baseline), for the watermark
  int tag = kArtifact;      // its node in Layout::structure; kArtifact: decoration, not content
  bool outline = false;     // drawn as shapes, not as text a reader extracts (the watermark)
  std::string language;     // BCP 47 tag when not the document's language: marked with /Lang
};

struct LineFrame {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  double gray = 0;
};

struct RectFrame {  // filled, no border
  double x = 0, y = 0, w = 0, h = 0;
  double gray = 0.9;
};

struct ImageFrame {
  double x = 0, y = 0, w = 0, h = 0;
  const doc::Image* image = nullptr;  // points into the laid-out document, which must outlive the layout
  int tag = kArtifact;                // its node in Layout::structure (a Figure)
};

using Frame = std::variant<TextFrame, LineFrame, RectFrame, ImageFrame>;

// Lines and fills are always decoration; text and images are content when they name a node.
inline int frame_tag(const Frame& frame) {
  if (const auto* t = std::get_if<TextFrame>(&frame)) return t->tag;
  if (const auto* i = std::get_if<ImageFrame>(&frame)) return i->tag;
  return kArtifact;
}

struct Page {
  std::vector<Frame> frames;  // in painting order, which is reading order for the content
};

struct Bookmark {
  int level = 1;
  std::string title;
  int page_index = 0;
  double top = 0;  // y of the heading's top on its page
};

struct PageSize {
  double width = 0;
  double height = 0;
};

struct Layout {
  PageSize size;
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;
  Structure structure;  // what the content frames are, in reading order
  // Set when the document needs more pages than it may have: placing stopped there, and pages
  // holds only what was placed (no furniture).
  bool over_page_limit = false;
  // Page furniture too long to print whole even in the smallest type ("the running header"...):
  // a writer refuses the layout rather than lose its words.
  std::vector<std::string> cut_furniture;
};

}  // namespace cg::layout
