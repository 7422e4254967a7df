#include "pdf/pdf_fonts.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>


#include <filesystem>

#include "pdf/font_subset.h"
#include "core/utf8.h"
#include "layout/utf8.h"
#include "pdf/pdf_text.h"
#include "pdf/to_unicode_cmap.h"
#include "pdf/ttf_from_memory.h"

namespace cg::pdf {
namespace {

// libharu 2.3 gives UTF-8 Type0 fonts a copy of the encoding CMap as /ToUnicode, which readers
// reject ("Invalid 'begincidrange' operator in ToUnicode CMap") and only guess around. With the
// UTF-8 encoder a CID is the character's BMP code point, so the right map is the identity.
std::string identity_to_unicode_cmap() {
  ToUnicodeCMap cmap(2);
  for (unsigned hi = 0; hi < 256; ++hi)
    if (hi < 0xD8 || hi > 0xDF) cmap.add_range(hi << 8, (hi << 8) | 0xFF, hi << 8);  // no surrogates
  return cmap.text();
}

void replace_to_unicode(HPDF_Font font) {
  auto to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!to_unicode || !to_unicode->stream) return;
  HPDF_MemStream_FreeData(to_unicode->stream);
  const std::string cmap = identity_to_unicode_cmap();
  HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                    static_cast<HPDF_UINT>(cmap.size()));
}

// Readers can name a byte's character from the glyph names of /Differences alone, but not all
// do for TrueType fonts: a ToUnicode map says it for every reader. One stream serves every face.
HPDF_Dict make_to_unicode(HPDF_Doc doc, const SimpleEncoding& encoding) {
  ToUnicodeCMap cmap(1);
  for (unsigned b = 0x20; b <= 0xFF; ++b)
    if (const char32_t cp = encoding.character(static_cast<unsigned char>(b))) cmap.add(b, std::u32string(1, cp));
  const std::string text = cmap.text();
  HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!stream) return nullptr;
  stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
  return stream;
}

}  // namespace

std::string PdfFonts::shown(std::string_view utf8) const {
  return encoding_ ? encoding_->encode(utf8) : bmp_only(utf8);
}

PdfFonts::PdfFonts(HPDF_Doc doc, const FontFiles& paths, std::vector<std::string>& errors,
                   std::set<char32_t> characters)
    : doc_(doc),
      chain_(FontChain::get({paths.regular, paths.bold, paths.italic, paths.bold_italic})),
      shaper_(chain_),
      characters_(std::move(characters)),
      paths_{paths.regular, paths.bold, paths.italic, paths.bold_italic} {
  // Only the characters libharu will show count: the rest are drawn by the shaped path.
  for (auto it = characters_.begin(); it != characters_.end();) {
    std::string one;
    cg::utf8::append(one, *it);
    bool shown = false;
    for (auto face : {layout::FontFace::Regular, layout::FontFace::Bold, layout::FontFace::Italic,
                      layout::FontFace::BoldItalic})
      shown = shown || chain_.simple(one, face);
    it = shown ? std::next(it) : characters_.erase(it);
  }
  if (!characters_.empty()) encoding_ = SimpleEncoding::for_characters(characters_);
  if (HPDF_UseUTFEncodings(doc) != HPDF_OK) {
    errors.push_back("libharu has no UTF-8 encoder");
    return;
  }
  bool ok = true;
  for (const auto& path : paths_) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
      errors.push_back("font file not found: " + path);
      ok = false;
    }
  }
  valid_ = ok;
}

HPDF_Font PdfFonts::font(layout::FontFace face) const {
  const auto i = static_cast<std::size_t>(face);
  if (!tried_[i]) {
    tried_[i] = true;
    // The same file may serve several faces.
    for (std::size_t k = 0; k < paths_.size(); ++k)
      if (k != i && tried_[k] && fonts_[k] && paths_[k] == paths_[i]) fonts_[i] = fonts_[k];
    if (!fonts_[i]) fonts_[i] = load(paths_[i]);
  }
  return fonts_[i];
}

HPDF_Font PdfFonts::load(const std::string& path) const {
  std::string subset;
  if (!characters_.empty()) subset = subset_font(path, characters_);
  const char* name = subset.empty() ? HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE) : load_ttf_from_memory(doc_, subset);
  const char* encoding = encoding_ ? encoding_->install(doc_) : "UTF-8";
  HPDF_Font font = name && encoding ? HPDF_GetFont(doc_, name, encoding) : nullptr;
  if (!font) {
    load_errors_.push_back("cannot load TrueType font: " + path);
    return nullptr;
  }
  if (!encoding_) replace_to_unicode(font);
  else if (!encoding_->win_ansi()) {
    if (!to_unicode_) to_unicode_ = make_to_unicode(doc_, *encoding_);
    if (to_unicode_) HPDF_Dict_Add(font, "ToUnicode", to_unicode_);
  }
  return font;
}

double PdfMeasurer::width(std::string_view text, layout::FontFace face, double size) const {
  if (text.empty()) return 0;
  // Advances are additive (libharu applies no kerning), so each character is measured once
  // through libharu and summed from a table after that: the layout measures every word.
  auto& table = advances_[static_cast<std::size_t>(face)];
  if (table.empty()) table.assign(kTableSize, kUnknown);
  unsigned long units = 0;
  std::size_t pos = 0;
  // ASCII, most of every document, straight from the table.
  for (; pos < text.size(); ++pos) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x80) break;
    int& w = table[byte];
    if (w == kUnknown) w = measure_one(text.substr(pos, 1), face);
    units += static_cast<unsigned long>(w);
  }
  if (pos < text.size() && !fonts_.simple(text, face)) return fonts_.shaper().shape(text, face).width * size / 1000.0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = cg::utf8::next(text, pos);
    if (cp < kTableSize) {
      int& w = table[cp];
      if (w == kUnknown) w = measure_one(text.substr(start, pos - start), face);
      units += static_cast<unsigned long>(w);
    } else {
      auto it = beyond_table_.find({face, cp});
      if (it == beyond_table_.end())
        it = beyond_table_.emplace(std::make_pair(face, cp), measure_one(text.substr(start, pos - start), face)).first;
      units += static_cast<unsigned long>(it->second);
    }
  }
  return static_cast<double>(units) * size / 1000.0;
}

int PdfMeasurer::measure_one(std::string_view character, layout::FontFace face) const {
  const std::string shown = fonts_.shown(character);
  if (shown.empty()) return 0;
  const HPDF_TextWidth w = HPDF_Font_TextWidth(fonts_.font(face), reinterpret_cast<const HPDF_BYTE*>(shown.data()),
                                               static_cast<HPDF_UINT>(shown.size()));
  return static_cast<int>(w.width);
}

}  // namespace cg::pdf
