#include "pdf/font_chain.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/utf8.h"

namespace cg::pdf {
namespace {

const std::string kNoto = "/usr/share/fonts/truetype/noto/";

// Fallback faces after Liberation Sans, with their bold files (empty: the regular one serves).
// Noto Sans first for Latin, Greek and Cyrillic letters Liberation Sans lacks; then one face per
// script, in no particular order since their scripts do not overlap; WenQuanYi Zen Hei last (its
// Latin and symbols must not win over the faces above). Noto Sans Arabic draws Urdu and Persian
// too, in naskh style: the nastaliq face is far taller than a table row.
struct Fallback {
  const char* regular;
  const char* bold;
  const char* family;
};
const Fallback kFallbacks[] = {
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "Noto Sans"},
    {"NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "Noto Sans Arabic"},
    {"NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew"},
    {"NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", "Noto Sans Devanagari"},
    {"NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", "Noto Sans Bengali"},
    {"NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", "Noto Sans Gurmukhi"},
    {"NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf", "Noto Sans Gujarati"},
    {"NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", "Noto Sans Tamil"},
    {"NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", "Noto Sans Ethiopic"},
    {"NotoSansSymbols-Regular.ttf", "NotoSansSymbols-Bold.ttf", "Noto Sans Symbols"},
    {"NotoSansSymbols2-Regular.ttf", "", "Noto Sans Symbols2"},
    {"NotoSansMath-Regular.ttf", "", "Noto Sans Math"},
};
const char* kCjk = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

bool exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

bool primary_script(char32_t cp) {
  switch (hb_unicode_script(hb_unicode_funcs_get_default(), cp)) {
    case HB_SCRIPT_LATIN:
    case HB_SCRIPT_GREEK:
    case HB_SCRIPT_CYRILLIC:
    case HB_SCRIPT_COMMON:
    case HB_SCRIPT_INHERITED:
      return true;
    default:
      return false;
  }
}

// Characters that join the font of the one before them.
bool follows_previous(char32_t cp) {
  if (FontChain::invisible(cp) || cp == ' ') return true;
  const auto category = hb_unicode_general_category(hb_unicode_funcs_get_default(), cp);
  return category == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK ||
         category == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
         category == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

}  // namespace

bool FontChain::invisible(char32_t cp) {
  return cp == 0xAD || cp == 0x34F || cp == 0x61C || (cp >= 0x115F && cp <= 0x1160) || (cp >= 0x17B4 && cp <= 0x17B5) ||
         (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF ||
         cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3) ||
         (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

FontChain::FontChain(const std::array<std::string, 4>& primary) {
  fonts_.reserve(64);
  for (std::size_t i = 0; i < 4; ++i) {
    int same = -1;
    for (std::size_t k = 0; k < i; ++k)
      if (primary[k] == primary[i]) same = primary_[k];
    primary_[i] = same >= 0 ? same : add(primary[i], "Liberation Sans", true);
  }
  for (std::size_t i = 0; i < 4; ++i) {
    if (primary_[i] < 0) continue;
    order_[i].push_back(primary_[i]);
    const hb_set_t* coverage = fonts_[static_cast<std::size_t>(primary_[i])].coverage;
    bool all = true;
    for (char32_t cp = 0x21; cp < 0x7F && all; ++cp) all = hb_set_has(coverage, cp);
    primary_has_ascii_[i] = all;
  }
}

ChainFont::Nominal ChainFont::nominal(char32_t cp) const {
  if (cp >= kNominalTable || !nominal_) {
    hb_codepoint_t gid = 0;
    if (!hb_font_get_nominal_glyph(font, cp, &gid)) return Nominal{};
    return Nominal{gid, hb_font_get_glyph_h_advance(font, gid)};
  }
  std::call_once(nominal_->once, [this] {
    for (char32_t c = 0; c < kNominalTable; ++c) {
      hb_codepoint_t gid = 0;
      if (hb_font_get_nominal_glyph(font, c, &gid))
        nominal_->entries[c] = Nominal{gid, hb_font_get_glyph_h_advance(font, gid)};
    }
  });
  return nominal_->entries[cp];
}

const ChainFont& FontChain::primary(layout::FontFace face) const {
  return fonts_[static_cast<std::size_t>(primary_[static_cast<std::size_t>(face)])];
}

void FontChain::load_fallbacks() const {
  std::call_once(fallbacks_once_, [this] {
  for (const auto& f : kFallbacks) {
    const std::string regular = kNoto + f.regular;
    if (!exists(regular)) continue;
    const int r = add(regular, f.family, false);
    const std::string bold = f.bold[0] ? kNoto + f.bold : "";
    const int b = !bold.empty() && exists(bold) ? add(bold, f.family, false) : r;
    if (r < 0) continue;
    for (auto face : {layout::FontFace::Regular, layout::FontFace::Italic})
      order_[static_cast<std::size_t>(face)].push_back(r);
    for (auto face : {layout::FontFace::Bold, layout::FontFace::BoldItalic})
      order_[static_cast<std::size_t>(face)].push_back(b < 0 ? r : b);
  }
  if (exists(kCjk)) {
    const int c = add(kCjk, "WenQuanYi Zen Hei", false);
    if (c >= 0)
      for (auto& o : order_) o.push_back(c);
  }
  });
}

int FontChain::add(const std::string& path, const std::string& family, bool primary) const {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
  if (!blob) return -1;
  ChainFont f;
  f.path = path;
  f.family = family;
  f.primary = primary;
  f.face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  f.upem = hb_face_get_upem(f.face);
  if (f.upem == 0) f.upem = 1000;
  hb_face_make_immutable(f.face);
  f.font = hb_font_create(f.face);
  hb_font_set_scale(f.font, static_cast<int>(f.upem), static_cast<int>(f.upem));
  hb_font_make_immutable(f.font);
  f.nominal_ = std::make_shared<ChainFont::NominalTable>();
  f.coverage = hb_set_create();
  hb_face_collect_unicodes(f.face, f.coverage);
  if (hb_set_get_population(f.coverage) == 0) {
    hb_set_destroy(f.coverage);
    hb_font_destroy(f.font);
    hb_face_destroy(f.face);
    return -1;
  }
  fonts_.push_back(std::move(f));
  return static_cast<int>(fonts_.size()) - 1;
}

const FontChain& FontChain::get(const std::array<std::string, 4>& primary) {
  // Fonts live as long as the process: every document of a batch shares them. The map is never
  // destroyed, so the HarfBuzz objects stay reachable at exit rather than being reported as leaks.
  static std::mutex lock;
  static auto& chains = *new std::map<std::array<std::string, 4>, std::unique_ptr<FontChain>>;
  std::lock_guard<std::mutex> guard(lock);
  auto& slot = chains[primary];
  if (!slot) slot.reset(new FontChain(primary));
  return *slot;
}

const FontChain& FontChain::system() {
  const std::string dir = "/usr/share/fonts/truetype/liberation2/";
  return get({dir + "LiberationSans-Regular.ttf", dir + "LiberationSans-Bold.ttf", dir + "LiberationSans-Italic.ttf",
              dir + "LiberationSans-BoldItalic.ttf"});
}

int FontChain::font_for(char32_t cp, layout::FontFace face, int previous) const {
  // Printable ASCII but the space (which follows the font before it): the primary font's, where
  // the loop below would end too.
  const auto slot = static_cast<std::size_t>(face);
  if (cp > 0x20 && cp < 0x7F && primary_has_ascii_[slot]) return primary_[slot];
  load_fallbacks();
  if (previous >= 0 && follows_previous(cp) &&
      (invisible(cp) || hb_set_has(fonts_[static_cast<std::size_t>(previous)].coverage, cp)))
    return previous;
  for (int i : order(face)) {
    const ChainFont& f = fonts_[static_cast<std::size_t>(i)];
    if (f.primary && !primary_script(cp)) continue;
    if (hb_set_has(f.coverage, cp)) return i;
  }
  return -1;
}

bool FontChain::covers(char32_t cp) const {
  if (invisible(cp) || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;  // controls are dropped
  for (int p : primary_)
    if (p >= 0 && hb_set_has(fonts_[static_cast<std::size_t>(p)].coverage, cp)) return true;
  load_fallbacks();
  for (const auto& f : fonts_)
    if (hb_set_has(f.coverage, cp)) return true;
  return false;
}

bool FontChain::simple(std::string_view text, layout::FontFace face) const {
  if (primary_[static_cast<std::size_t>(face)] < 0) return true;  // the writer reports the missing file
  const ChainFont& primary = this->primary(face);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      continue;
    }
    const char32_t cp = cg::utf8::next(text, pos);
    // Latin, Greek, Cyrillic and punctuation, without combining marks (which need positioning)
    // and without the bidi controls and joiners in 0x200B-0x206F.
    const bool range = (cp < 0x0590 && !(cp >= 0x0300 && cp < 0x0370)) || (cp >= 0x1E00 && cp < 0x2000) ||
                       (cp >= 0x2010 && cp < 0x2028) || (cp >= 0x2030 && cp < 0x2060) ||
                       (cp >= 0x2070 && cp < 0x2C00) || cp == 0xFFFD;
    if (!range || invisible(cp) || !hb_set_has(primary.coverage, cp)) return false;
  }
  return true;
}

}  // namespace cg::pdf
