#pragma once
// Paints laid-out pages onto libharu pages (flipping y: layout measures from the top), each run
// of frames of one structure node as marked content of the document's structure tree.
#include <hpdf.h>

#include <map>
#include <string>
#include <vector>

#include "layout/page_frames.h"
#include "pdf/page_flate.h"
#include "pdf/pdf_fonts.h"
#include "pdf/structure_tree.h"
#include "pdf/text_writer.h"

namespace cg::pdf {

class PagePainter {
 public:
  PagePainter(HPDF_Doc doc, const PdfFonts& fonts, StructureTree& tree)
      : doc_(doc), fonts_(fonts), tree_(tree), cid_(doc, fonts.shaper().chain()) {}
  // Adds one PDF page per layout page, in order; returns them for outline destinations.
  std::vector<HPDF_Page> paint(const layout::Layout& layout);
  // Problems with the document's own content (an image whose pixels do not match its size).
  const std::vector<std::string>& errors() const { return errors_; }
  // After the last page: writes the fonts of the shaped text. Problems, and any character no
  // font has a glyph for, go to `errors`.
  void finish(std::vector<std::string>& errors);

 private:
  void paint_page(HPDF_Page page, const layout::Page& frames, double height, double width);
  HPDF_Image image(const doc::Image& image);
  // The watermark's outlines: the same on every page, so drawn once into a form XObject that
  // each page paints (its stream is written and compressed once, not once a page). Null if the
  // form could not be made; the outlines are then drawn on the page itself.
  HPDF_Dict outline_form(const layout::TextFrame& t, double height, double width);
  const std::string& outline(const layout::TextFrame& t, double height);

  HPDF_Doc doc_;
  const PdfFonts& fonts_;
  StructureTree& tree_;
  std::pair<std::string, std::string> outline_;  // key, operators
  std::map<std::string, HPDF_Dict> outline_forms_;  // by key
  std::map<const doc::Image*, HPDF_Image> images_;
  std::vector<std::string> errors_;
  CidFonts cid_;
  PageFlate flate_;  // holds the pages' compressed content until the document is saved
  std::set<char32_t> missing_;
};

}  // namespace cg::pdf
