#pragma once
// Writes text into page content streams: the one place that puts text operators on a page, so
// that tagging (marked content around each piece of text) can wrap it.
//
// Text the primary font draws as it is (Latin, Greek, Cyrillic) goes through libharu's own
// fonts, the fast path. Everything else is shaped (pdf/shaper.h) and drawn as glyphs through
// fonts written here with libharu's object API: a Type0 font, Identity-H encoding, a
// CIDFontType2 descendant whose CIDs number the glyphs in the order the document first draws
// them, a HarfBuzz subset with just those glyphs, a CIDToGIDMap stream from each CID to its glyph
// in the subset, a /W widths array and a ToUnicode CMap from each CID to the characters of its
// cluster. Where the glyphs cannot say the logical text on their own (right to left,
// reordered marks, conjuncts), the run is wrapped in /Span <</ActualText ...>> BDC ... EMC.
#include <hpdf.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "layout/page_frames.h"
#include "pdf/pdf_fonts.h"
#include "pdf/shaper.h"

namespace cg::pdf {

// The Type0 fonts of one document, made the first time a page uses a chain font; their font
// files, widths and ToUnicode maps are written by finish(), once every glyph is known.
class CidFonts {
 public:
  CidFonts(HPDF_Doc doc, const FontChain& chain) : doc_(doc), chain_(chain) {}
  // The resource name of chain font `font` on `page` (added to the page's /Font resources).
  std::string resource(HPDF_Page page, int font);
  // Records that `gid` of `font` is drawn for `text` (empty: a glyph that carries no text), and
  // returns the CID the content stream shows it by.
  unsigned use(int font, unsigned gid, const std::u32string& text);
  // Advance of `gid` in 1/1000 em, as the /W array gives it.
  int width(int font, unsigned gid) const;
  // Writes the font files, widths and ToUnicode maps; problems go to `errors`.
  void finish(std::vector<std::string>& errors);

  struct Glyph {
    unsigned cid = 0;     // from 1, in the order the document first draws the glyphs
    std::u32string text;  // what the glyph stands for, for the ToUnicode map
  };

 private:
  struct Used {
    HPDF_Dict type0 = nullptr, cid = nullptr, descriptor = nullptr;
    std::string name;
    std::map<unsigned, Glyph> glyphs;  // by glyph id in the chain's font
  };
  Used& used(int font);

  HPDF_Doc doc_;
  const FontChain& chain_;
  std::map<int, Used> used_;
  std::set<std::pair<HPDF_Page, int>> on_page_;
};

// The text of one page. Keeps one text object open across consecutive unrotated text frames.
class TextWriter {
 public:
  TextWriter(HPDF_Page page, const PdfFonts& fonts, CidFonts& cid);
  ~TextWriter() { close(); }
  TextWriter(const TextWriter&) = delete;
  TextWriter& operator=(const TextWriter&) = delete;

  void show(const layout::TextFrame& t, double page_height);
  // Ends the text object (before other drawing).
  void close();
  // Characters met that no font has; the document must then not be written.
  const std::set<char32_t>& missing() const { return missing_; }

 private:
  void open();
  void show_shaped(const ShapedText& shaped, layout::FontFace face, double x, double y, double size,
                   double cos_a, double sin_a);

  HPDF_Page page_;
  const PdfFonts& fonts_;
  CidFonts& cid_;
  bool open_ = false;
  // The font and size last set on the page: they are graphics state, so they outlive a text object.
  HPDF_Font font_ = nullptr;
  double size_ = 0;
  double gray_ = -1;
  std::set<char32_t> missing_;
};

}  // namespace cg::pdf
