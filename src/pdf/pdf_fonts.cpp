#include "pdf/pdf_fonts.h"

#include <hpdf_objects.h>
#include <hpdf_streams.h>


#include <filesystem>

#include "pdf/font_subset.h"
#include "core/utf8.h"
#include "layout/utf8.h"
#include "pdf/pdf_text.h"
#include "pdf/ttf_from_memory.h"

namespace cg::pdf {
namespace {

// libharu 2.3 gives UTF-8 Type0 fonts a copy of the encoding CMap as /ToUnicode, which readers
// reject ("Invalid 'begincidrange' operator in ToUnicode CMap") and only guess around. With the
// UTF-8 encoder a CID is the character's BMP code point, so the right map is the identity.
std::string identity_to_unicode_cmap() {
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<int> blocks;
  for (int hi = 0; hi < 256; ++hi) {
    if (hi < 0xD8 || hi > 0xDF) blocks.push_back(hi);  // no surrogates
  }
  static const char* hex = "0123456789ABCDEF";
  for (std::size_t start = 0; start < blocks.size(); start += 100) {
    const std::size_t end = std::min(blocks.size(), start + 100);
    s += std::to_string(end - start) + " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i) {
      const std::string hh{hex[blocks[i] >> 4], hex[blocks[i] & 15]};
      s += "<" + hh + "00> <" + hh + "FF> <" + hh + "00>\n";
    }
    s += "endbfrange\n";
  }
  s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return s;
}

void replace_to_unicode(HPDF_Font font) {
  auto to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!to_unicode || !to_unicode->stream) return;
  HPDF_MemStream_FreeData(to_unicode->stream);
  const std::string cmap = identity_to_unicode_cmap();
  HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                    static_cast<HPDF_UINT>(cmap.size()));
}

// Windows-1252 bytes 0x80-0x9F; the rest of 0x20-0xFF is Latin-1.
constexpr char32_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int cp1252_byte(char32_t cp) {
  if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] == cp && cp != 0) return 0x80 + i;
  return -1;
}

}  // namespace

std::string PdfFonts::shown(std::string_view utf8) const {
  if (!winansi_) return bmp_only(utf8);
  // One pass doing what sanitize() then the Windows-1252 mapping would: this runs for every
  // text run painted, so no intermediate strings.
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = cg::utf8::next(utf8, pos);
    if (cp == '\t') cp = ' ';
    const int b = cp1252_byte(cp);  // control characters, "\r" and "\n" have none: dropped
    if (b >= 0) out += static_cast<char>(b);
  }
  return out;
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
  winansi_ = !characters_.empty();
  for (char32_t cp : characters_)
    if (cp >= 0x20 && cp1252_byte(cp) < 0) winansi_ = false;
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
  HPDF_Font font = name ? HPDF_GetFont(doc_, name, winansi_ ? "WinAnsiEncoding" : "UTF-8") : nullptr;
  if (!font) {
    load_errors_.push_back("cannot load TrueType font: " + path);
    return nullptr;
  }
  if (!winansi_) replace_to_unicode(font);
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
    const auto byte = static_cast<unsigned char>(text[pos]);
    const char32_t cp = byte < 0x80 ? (++pos, byte) : cg::utf8::next(text, pos);
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
