#include "pdf/text_writer.h"

#include <hb-subset.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>

#include "core/utf8.h"
#include "pdf/content_ops.h"
#include "pdf/font_subset.h"
#include "pdf/pdf_text.h"
#include "pdf/recent_results.h"
#include "pdf/to_unicode_cmap.h"

namespace cg::pdf {
namespace {

constexpr double kPi = 3.14159265358979323846;
std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (std::size_t pos = 0; pos < utf8.size();) out += cg::utf8::next(utf8, pos);
  return out;
}

void write_stream(HPDF_Dict dict, const std::string& bytes) {
  HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
}

std::string to_unicode_cmap(const std::vector<const CidFonts::Glyph*>& by_cid) {
  ToUnicodeCMap cmap(2);
  for (std::size_t cid = 1; cid < by_cid.size(); ++cid)
    if (!by_cid[cid]->text.empty()) cmap.add(static_cast<unsigned>(cid), by_cid[cid]->text);
  return cmap.text();
}

std::string postscript_name(hb_face_t* face) {
  char buffer[64];
  unsigned int size = sizeof buffer;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buffer);
  std::string out;
  for (const char* p = buffer; *p && out.size() < 60; ++p)
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-') out += *p;
  return out.empty() ? "Font" : out;
}

// The six capital letters a subset font's name starts with, from what it holds: the same
// document gives the same bytes.
std::string subset_tag(int font, const std::map<unsigned, CidFonts::Glyph>& glyphs) {
  std::uint64_t h = 1469598103934665603ull ^ static_cast<unsigned>(font);
  for (const auto& g : glyphs) h = (h ^ g.first) * 1099511628211ull;
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
  return tag;
}

// A font file with only `gids` (and .notdef), renumbered from 1 in the order of the original
// glyph ids, and the new number of each: keeping the original numbers (a far smaller change)
// made a Chinese face's subset 180 KB of empty glyph slots to copy, compare and compress.
struct GlyphSubset {
  std::string file;
  std::map<unsigned, unsigned> new_gid;  // by original glyph id
};

GlyphSubset make_subset_by_glyphs(hb_face_t* face, const std::vector<unsigned>& gids) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return {};
  hb_set_t* set = hb_subset_input_glyph_set(input);
  hb_set_add(set, 0);
  for (unsigned gid : gids) hb_set_add(set, gid);
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  // The glyphs were shaped already and the page names them by id: the embedded font needs their
  // outlines and metrics, not the layout tables (a Nastaliq face's are large, and cutting them
  // down was a sixth of an Urdu plan's subsetting).
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "JSTF", "BASE", "MATH", "morx", "mort", "kerx", "kern"})
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
  hb_subset_input_destroy(input);
  if (!plan) return {};
  GlyphSubset out;
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan);
  bool mapped = true;
  for (unsigned gid : gids) {
    const hb_codepoint_t n = hb_map_get(old_to_new, gid);
    mapped = mapped && n != HB_MAP_VALUE_INVALID;
    out.new_gid[gid] = n;
  }
  if (mapped) out.file = face_bytes(hb_subset_plan_execute_or_fail(plan));
  hb_subset_plan_destroy(plan);
  return out;
}

// The face to cut subsets from: the font without its character map. The page names glyphs by id
// (CIDToGIDMap), so the embedded font needs none, and HarfBuzz's subset plan otherwise walks the
// whole map to keep the characters of the glyphs kept: 20 million instructions per family for
// WenQuanYi Zen Hei's 21,000 characters. Built once per font file and kept for the process (the
// map is never destroyed, so the faces stay reachable at exit, like FontChain's); the tables are
// the original's, referenced, not copied.
hb_face_t* subset_source(const ChainFont& font) {
  static std::mutex lock;
  static auto& faces = *new std::map<std::string, hb_face_t*>;  // by file
  std::lock_guard<std::mutex> hold(lock);
  hb_face_t*& source = faces[font.path];
  if (source) return source;
  hb_face_t* builder = hb_face_builder_create();
  hb_tag_t tags[32];
  for (unsigned start = 0, count = 32; count == 32; start += count) {
    count = 32;
    hb_face_get_table_tags(font.face, start, &count, tags);
    for (unsigned i = 0; i < count; ++i) {
      if (tags[i] == HB_TAG('c', 'm', 'a', 'p')) continue;
      hb_blob_t* table = hb_face_reference_table(font.face, tags[i]);
      hb_face_builder_add_table(builder, tags[i], table);
      hb_blob_destroy(table);
    }
  }
  hb_face_set_upem(builder, font.upem);
  hb_face_make_immutable(builder);
  source = builder;
  return source;
}

// The documents of a batch mostly draw the same names, so recent subsets are kept, as
// subset_font keeps libharu's: cutting a large face (Chinese) down costs more than the rest of
// the document. A handful is enough; the oldest goes first.
std::shared_ptr<const GlyphSubset> subset_by_glyphs(const ChainFont& font, const std::map<unsigned, CidFonts::Glyph>& glyphs) {
  using Key = std::pair<std::string, std::vector<unsigned>>;  // the font's file, its glyphs
  static RecentResults<Key, std::shared_ptr<const GlyphSubset>> recent;
  Key key{font.path, {}};
  key.second.reserve(glyphs.size());
  for (const auto& g : glyphs) key.second.push_back(g.first);
  return recent.get(
      std::move(key),
      [&font](const Key& k) {
        return std::make_shared<const GlyphSubset>(make_subset_by_glyphs(subset_source(font), k.second));
      },
      [](const std::shared_ptr<const GlyphSubset>& subset) { return !subset->file.empty(); });
}

std::array<int, 4> font_bbox(hb_face_t* face) {
  hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned int length = 0;
  const auto* d = reinterpret_cast<const unsigned char*>(hb_blob_get_data(head, &length));
  std::array<int, 4> box{0, -200, 1000, 900};
  if (d && length >= 44)
    for (int i = 0; i < 4; ++i) box[static_cast<std::size_t>(i)] = static_cast<int16_t>((d[36 + 2 * i] << 8) | d[37 + 2 * i]);
  hb_blob_destroy(head);
  return box;
}

}  // namespace

CidFonts::Used& CidFonts::used(int font) {
  auto it = used_.find(font);
  if (it != used_.end()) return it->second;
  Used& u = used_[font];
  HPDF_MMgr mmgr = doc_->mmgr;
  u.name = postscript_name(chain_.font(font).face);
  u.type0 = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(doc_->xref, u.type0);
  u.cid = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(doc_->xref, u.cid);
  u.descriptor = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(doc_->xref, u.descriptor);
  HPDF_Dict_AddName(u.type0, "Type", "Font");
  HPDF_Dict_AddName(u.type0, "Subtype", "Type0");
  HPDF_Dict_AddName(u.type0, "Encoding", "Identity-H");
  HPDF_Array descendants = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(u.type0, "DescendantFonts", descendants);
  HPDF_Array_Add(descendants, u.cid);
  HPDF_Dict_AddName(u.cid, "Type", "Font");
  HPDF_Dict_AddName(u.cid, "Subtype", "CIDFontType2");
  HPDF_Dict info = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(u.cid, "CIDSystemInfo", info);
  HPDF_Dict_Add(info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr));
  HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr));
  HPDF_Dict_AddNumber(info, "Supplement", 0);
  HPDF_Dict_Add(u.cid, "FontDescriptor", u.descriptor);
  HPDF_Dict_AddName(u.descriptor, "Type", "FontDescriptor");
  return u;
}

std::string CidFonts::resource(HPDF_Page page, int font) {
  const std::string name = "CG" + std::to_string(font);
  if (on_page_.insert({page, font}).second) {
    Used& u = used(font);
    auto attr = static_cast<HPDF_PageAttr>(page->attr);
    // As libharu does when a page first gets a font, so its own fonts join the same dictionary
    // (it names them F1, F2, ...).
    if (!attr->fonts) {
      auto resources = static_cast<HPDF_Dict>(HPDF_Page_GetInheritableItem(page, "Resources", HPDF_OCLASS_DICT));
      HPDF_Dict fonts = HPDF_Dict_New(page->mmgr);
      if (resources && fonts && HPDF_Dict_Add(resources, "Font", fonts) == HPDF_OK) attr->fonts = fonts;
    }
    if (attr->fonts) HPDF_Dict_Add(attr->fonts, name.c_str(), u.type0);
  }
  return name;
}

unsigned CidFonts::use(int font, unsigned gid, const std::u32string& text) {
  auto& glyphs = used(font).glyphs;
  const auto next = static_cast<unsigned>(glyphs.size()) + 1;
  auto [it, added] = glyphs.try_emplace(gid, Glyph{next, text});
  if (!added && it->second.text.empty()) it->second.text = text;
  return it->second.cid;
}

int CidFonts::width(int font, unsigned gid) const {
  const ChainFont& f = chain_.font(font);
  const hb_position_t advance = hb_font_get_glyph_h_advance(f.font, gid);
  return static_cast<int>(std::lround(advance * 1000.0 / f.upem));
}

void CidFonts::finish(std::vector<std::string>& errors) {
  HPDF_MMgr mmgr = doc_->mmgr;
  for (auto& [font, u] : used_) {
    const ChainFont& f = chain_.font(font);
    const std::shared_ptr<const GlyphSubset> subset = subset_by_glyphs(f, u.glyphs);
    const std::string& file = subset->file;
    if (file.empty()) {
      errors.push_back("cannot subset font: " + f.path);
      continue;
    }
    const std::string base = subset_tag(font, u.glyphs) + "+" + u.name;
    HPDF_Dict_AddName(u.type0, "BaseFont", base.c_str());
    HPDF_Dict_AddName(u.cid, "BaseFont", base.c_str());
    HPDF_Dict_AddName(u.descriptor, "FontName", base.c_str());

    const double scale = 1000.0 / f.upem;
    hb_font_extents_t extents{};
    hb_font_get_h_extents(f.font, &extents);
    const auto box = font_bbox(f.face);
    HPDF_Array bbox = HPDF_Array_New(mmgr);
    for (int v : box) HPDF_Array_AddNumber(bbox, static_cast<HPDF_INT32>(std::lround(v * scale)));
    HPDF_Dict_Add(u.descriptor, "FontBBox", bbox);
    HPDF_Dict_AddNumber(u.descriptor, "Flags", 4);
    HPDF_Dict_AddNumber(u.descriptor, "ItalicAngle", 0);
    HPDF_Dict_AddNumber(u.descriptor, "Ascent", static_cast<HPDF_INT32>(std::lround(extents.ascender * scale)));
    HPDF_Dict_AddNumber(u.descriptor, "Descent", static_cast<HPDF_INT32>(std::lround(extents.descender * scale)));
    HPDF_Dict_AddNumber(u.descriptor, "CapHeight", static_cast<HPDF_INT32>(std::lround(extents.ascender * scale)));
    HPDF_Dict_AddNumber(u.descriptor, "StemV", 80);
    HPDF_Dict font_file = HPDF_DictStream_New(mmgr, doc_->xref);
    font_file->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Dict_AddNumber(font_file, "Length1", static_cast<HPDF_INT32>(file.size()));
    write_stream(font_file, file);
    HPDF_Dict_Add(u.descriptor, "FontFile2", font_file);

    // CIDs 1 to n in order: each one's glyph id in the original font, its glyph in the subset
    // (two bytes each, CID 0 the subset's .notdef), and one run of widths from CID 1.
    std::vector<unsigned> original(u.glyphs.size() + 1, 0);
    std::vector<const Glyph*> by_cid(u.glyphs.size() + 1, nullptr);
    for (const auto& [gid, glyph] : u.glyphs) {
      original[glyph.cid] = gid;
      by_cid[glyph.cid] = &glyph;
    }
    std::string map(2 * original.size(), '\0');
    HPDF_Array widths = HPDF_Array_New(mmgr);
    HPDF_Array_AddNumber(widths, 1);
    HPDF_Array run = HPDF_Array_New(mmgr);
    HPDF_Array_Add(widths, run);
    for (std::size_t cid = 1; cid < original.size(); ++cid) {
      const unsigned glyph = subset->new_gid.at(original[cid]);
      map[2 * cid] = static_cast<char>(glyph >> 8);
      map[2 * cid + 1] = static_cast<char>(glyph & 0xFF);
      HPDF_Array_AddNumber(run, width(font, original[cid]));
    }
    HPDF_Dict_Add(u.cid, "W", widths);
    HPDF_Dict cid_to_gid = HPDF_DictStream_New(mmgr, doc_->xref);
    cid_to_gid->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    write_stream(cid_to_gid, map);
    HPDF_Dict_Add(u.cid, "CIDToGIDMap", cid_to_gid);

    HPDF_Dict cmap = HPDF_DictStream_New(mmgr, doc_->xref);
    cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    write_stream(cmap, to_unicode_cmap(by_cid));
    HPDF_Dict_Add(u.type0, "ToUnicode", cmap);
  }
}

TextWriter::TextWriter(HPDF_Page page, const PdfFonts& fonts, CidFonts& cid) : page_(page), fonts_(fonts), cid_(cid) {}

void TextWriter::open() {
  if (open_) return;
  HPDF_Page_BeginText(page_);
  open_ = true;
  gray_ = -1;
}

void TextWriter::close() {
  if (open_) HPDF_Page_EndText(page_);
  open_ = false;
}

void TextWriter::show(const layout::TextFrame& t, double page_height) {
  const bool simple = fonts_.simple(t.text, t.face);
  const ShapedText* shaped = simple ? nullptr : &fonts_.shaper().shape(t.text, t.face);
  const std::string text = simple ? fonts_.shown(t.text) : std::string();
  if (simple ? text.empty() : shaped->runs.empty()) return;
  const bool rotated = t.angle_deg != 0;
  if (rotated) close();
  open();
  if (t.gray != gray_) {
    set_gray_fill(page_, t.gray);
    gray_ = t.gray;
  }
  // Text in another language than the document's is a /Span with its /Lang (PDF 2.0 14.9.2.2),
  // so a screen reader reads it in that language. Only a tag's letters, digits and hyphens.
  const bool other_language = !t.language.empty() && t.language.size() <= 35 &&
                              t.language.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") ==
                                  std::string::npos;
  if (other_language) write_ops(page_, "/Span <</Lang (" + t.language + ")>> BDC\n");
  const double x = t.x;
  const double y = page_height - t.baseline;
  const double a = t.angle_deg * kPi / 180;
  const double c = rotated ? std::cos(a) : 1, s = rotated ? std::sin(a) : 0;
  if (!simple) {
    for (char32_t cp : shaped->missing) missing_.insert(cp);
    show_shaped(*shaped, t.face, x, y, t.size, c, s);
    font_ = nullptr;  // the shaped runs set their own fonts
  } else {
    HPDF_Font font = fonts_.font(t.face);
    if (font != font_ || t.size != size_) {
      set_font(page_, font, t.size);
      font_ = font;
      size_ = t.size;
    }
    if (rotated) {
      HPDF_Page_SetTextMatrix(page_, static_cast<HPDF_REAL>(c), static_cast<HPDF_REAL>(s), static_cast<HPDF_REAL>(-s),
                              static_cast<HPDF_REAL>(c), static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y));
    } else {
      text_position(page_, x, y);
    }
    show_text(page_, text);
  }
  if (other_language) write_ops(page_, "EMC\n");
  if (rotated) close();
}

void TextWriter::show_shaped(const ShapedText& shaped, layout::FontFace face, double x, double y, double size,
                             double c, double s) {
  std::string ops;
  double pen = 0;  // along the baseline, in points
  for (const ShapedRun& run : shaped.runs) {
    if (run.simple) {
      const std::string bytes = fonts_.shown(run.text);
      HPDF_Font font = fonts_.font(face);  // none: PdfFonts has reported the file
      if (font && !bytes.empty()) {
        write_ops(page_, ops);
        ops.clear();
        set_font(page_, font, size);
        append_text_matrix(ops, c, s, x + pen * c, y + pen * s);
        ops += '\n';
        write_ops(page_, ops);
        ops.clear();
        show_text(page_, bytes);
      }
      pen += run.width * size / 1000.0;
      continue;
    }
    const ChainFont& font = fonts_.shaper().chain().font(run.font);
    const double unit = size / font.upem;
    ops += '/';
    ops += cid_.resource(page_, run.font);
    ops += ' ';
    append_number(ops, size);
    ops += " Tf\n";
    if (run.needs_actual_text) {
      ops += "/Span <</ActualText <FEFF";
      append_utf16_hex(ops, code_points(run.text));
      ops += ">>> BDC\n";
    }
    // Where each glyph's cluster ends, for the ToUnicode map: clusters are byte offsets into
    // the run's text, in logical order.
    std::vector<unsigned> starts;
    for (const auto& g : run.glyphs) starts.push_back(g.cluster);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::set<unsigned> first_of_cluster;
    bool string_open = false;
    double cur_x = 0, cur_y = 0;  // where the PDF's text position is after the last glyph
    for (const auto& g : run.glyphs) {
      std::u32string text;
      if (first_of_cluster.insert(g.cluster).second) {
        auto next = std::upper_bound(starts.begin(), starts.end(), g.cluster);
        const std::size_t end = next == starts.end() ? run.text.size() : *next;
        text = code_points(std::string_view(run.text).substr(g.cluster, end - g.cluster));
        if (run.rtl) std::reverse(text.begin(), text.end());
      }
      const unsigned cid = cid_.use(run.font, g.gid, text);
      const double gx = pen + g.x_offset * unit;
      const double gy = g.y_offset * unit;
      if (!string_open || std::fabs(gx - cur_x) > 0.001 || std::fabs(gy - cur_y) > 0.001) {
        if (string_open) ops += "> Tj\n";
        append_text_matrix(ops, c, s, x + gx * c - gy * s, y + gx * s + gy * c);
        ops += " <";
        string_open = true;
        cur_x = gx;
        cur_y = gy;
      }
      append_hex(ops, cid, 4);
      cur_x += cid_.width(run.font, g.gid) * size / 1000.0;
      pen += g.advance * unit;
    }
    if (string_open) ops += "> Tj\n";
    if (run.needs_actual_text) ops += "EMC\n";
  }
  write_ops(page_, ops);
}

}  // namespace cg::pdf
