#include "pdf/shaper.h"

#include <fribidi.h>

#include <algorithm>

#include "core/utf8.h"
#include "layout/utf8.h"

namespace cg::pdf {
namespace {

struct Char {
  char32_t cp;
  std::size_t byte;  // offset in the text
  int font;
  int level;
  hb_script_t script;
};

bool real_script(hb_script_t s) {
  return s != HB_SCRIPT_COMMON && s != HB_SCRIPT_INHERITED && s != HB_SCRIPT_UNKNOWN;
}

// Logical runs: maximal stretches of one font, one bidi level and one script (common and
// inherited characters join the script around them).
struct LogicalRun {
  std::size_t first, last;  // indices into the characters, inclusive start, exclusive end
  int font, level;
  hb_script_t script;
};

std::vector<LogicalRun> logical_runs(const std::vector<Char>& chars) {
  std::vector<LogicalRun> runs;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const Char& c = chars[i];
    if (!runs.empty()) {
      LogicalRun& r = runs.back();
      const bool same_script = !real_script(c.script) || !real_script(r.script) || c.script == r.script;
      if (r.font == c.font && r.level == c.level && same_script) {
        r.last = i + 1;
        if (!real_script(r.script)) r.script = c.script;
        continue;
      }
    }
    runs.push_back(LogicalRun{i, i + 1, c.font, c.level, c.script});
  }
  return runs;
}

// Rule L2 of the bidi algorithm over whole runs: from the highest level down to the lowest odd
// one, reverse every sequence of runs at that level or above.
void visual_order(std::vector<LogicalRun>& runs) {
  int highest = 0, lowest_odd = 1000;
  for (const auto& r : runs) {
    highest = std::max(highest, r.level);
    if (r.level % 2) lowest_odd = std::min(lowest_odd, r.level);
  }
  for (int level = highest; level >= lowest_odd && level > 0; --level) {
    for (std::size_t i = 0; i < runs.size();) {
      if (runs[i].level < level) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < runs.size() && runs[j].level >= level) ++j;
      std::reverse(runs.begin() + static_cast<long>(i), runs.begin() + static_cast<long>(j));
      i = j;
    }
  }
}

// A run the primary face draws as it is, measured as libharu measures its simple fonts: each
// character's advance in 1/1000 em, truncated (HPDF_TTFontDef_GetCharWidth).
void nominal_run(ShapedRun& run, const ChainFont& primary) {
  long units = 0;
  for (std::size_t pos = 0; pos < run.text.size();) {
    const std::size_t start = pos;
    const char32_t cp = cg::utf8::next(run.text, pos);
    const ChainFont::Nominal glyph = primary.nominal(cp);
    if (glyph.gid == ChainFont::kNoGlyph) continue;  // controls: not drawn
    run.glyphs.push_back(ShapedGlyph{glyph.gid, glyph.advance, 0, 0, static_cast<unsigned>(start)});
    units += static_cast<long>(glyph.advance) * 1000 / static_cast<long>(primary.upem);
  }
  run.simple = true;
  run.width = static_cast<double>(units);
}

// One run shaped by HarfBuzz in one font, direction and script.
ShapedRun shape_run(const ChainFont& font, std::string text, bool rtl, hb_script_t script, hb_buffer_t* buffer) {
  ShapedRun run;
  run.rtl = rtl;
  run.text = std::move(text);
  hb_buffer_clear_contents(buffer);
  hb_buffer_add_utf8(buffer, run.text.data(), static_cast<int>(run.text.size()), 0, static_cast<int>(run.text.size()));
  hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, script);
  hb_buffer_guess_segment_properties(buffer);
  hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_shape(font.font, buffer, nullptr, 0);
  unsigned int count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  long advance = 0;
  for (unsigned int g = 0; g < count; ++g) {
    run.glyphs.push_back(
        ShapedGlyph{info[g].codepoint, pos[g].x_advance, pos[g].x_offset, pos[g].y_offset, info[g].cluster});
    advance += pos[g].x_advance;
  }
  // One glyph per character, in order, is what a ToUnicode map can say; anything else
  // (ligatures, conjuncts, reordered marks) needs the logical text attached.
  bool reordered = false;
  std::size_t characters = 0;
  for (std::size_t p = 0; p < run.text.size(); p += layout::utf8::char_length(run.text, p)) ++characters;
  if (characters != count) reordered = true;
  for (unsigned int g = 1; g < count && !reordered; ++g)
    if (info[g].cluster <= info[g - 1].cluster) reordered = true;
  run.needs_actual_text = reordered && !rtl;
  run.width = static_cast<double>(advance) * 1000.0 / font.upem;
  return run;
}

}  // namespace

const ShapedText& Shaper::shape(std::string_view utf8, layout::FontFace face) const {
  const auto key = std::make_pair(static_cast<int>(face), std::string(utf8));
  auto it = cache_.find(key);
  if (it == cache_.end()) it = cache_.emplace(key, make(utf8, face)).first;
  return it->second;
}

ShapedText Shaper::make(std::string_view text, layout::FontFace face) const {
  ShapedText out;
  if (chain_.order(face).empty()) return out;  // no font file at all: the writer has said so
  std::vector<Char> chars;
  std::vector<FriBidiChar> cps;
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  int previous = -1;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t cp = cg::utf8::next(text, pos);
    int font = chain_.font_for(cp, face, previous);
    if (font < 0) {
      if (!FontChain::invisible(cp)) out.missing.push_back(cp);
      font = previous >= 0 ? previous : chain_.order(face).front();
    }
    previous = font;
    chars.push_back(Char{cp, start, font, 0, hb_unicode_script(unicode, cp)});
    cps.push_back(cp);
  }
  if (chars.empty()) return out;

  // Levels with a left-to-right paragraph: the documents are English, and a name in Arabic
  // inside an English sentence reads right to left within it.
  std::vector<FriBidiCharType> types(cps.size());
  std::vector<FriBidiBracketType> brackets(cps.size());
  std::vector<FriBidiLevel> levels(cps.size());
  fribidi_get_bidi_types(cps.data(), static_cast<FriBidiStrIndex>(cps.size()), types.data());
  // Without a right-to-left letter, an Arabic number or an explicit embedding or isolate, every
  // level of a left-to-right paragraph is 0 (rules W1-W7, I1): Chinese and Latin lines skip the rest.
  const bool bidi = std::any_of(types.begin(), types.end(), [](FriBidiCharType t) {
    return FRIBIDI_IS_RTL(t) || t == FRIBIDI_TYPE_AN || FRIBIDI_IS_EXPLICIT(t) || FRIBIDI_IS_ISOLATE(t);
  });
  if (bidi) {
    fribidi_get_bracket_types(cps.data(), static_cast<FriBidiStrIndex>(cps.size()), types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_LTR;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), static_cast<FriBidiStrIndex>(cps.size()),
                                            &direction, levels.data()) == 0) {
      std::fill(levels.begin(), levels.end(), 0);
    }
  }
  for (std::size_t i = 0; i < chars.size(); ++i) chars[i].level = levels[i];

  std::vector<LogicalRun> runs = logical_runs(chars);
  visual_order(runs);

  // Text that is all Latin (an outlined mark) keeps HarfBuzz's kerning; in a line that mixes
  // scripts, the Latin words are left to the simple fonts.
  const bool mixed = !chain_.simple(text, face);
  const int primary = chain_.order(face).front();
  hb_buffer_t* buffer = hb_buffer_create();
  for (const auto& r : runs) {
    const std::size_t begin = chars[r.first].byte;
    const std::size_t end = r.last < chars.size() ? chars[r.last].byte : text.size();
    ShapedRun run;
    run.font = r.font;
    run.rtl = r.level % 2 == 1;
    run.text = std::string(text.substr(begin, end - begin));
    if (mixed && !run.rtl && chain_.font(primary).primary && chain_.simple(run.text, face)) {
      run.font = primary;
      nominal_run(run, chain_.font(primary));
      out.width += run.width;
      out.runs.push_back(std::move(run));
      continue;
    }
    const hb_script_t script = real_script(r.script) ? r.script : HB_SCRIPT_LATIN;
    auto key = std::make_tuple(run.font, run.rtl, static_cast<unsigned>(script), std::move(run.text));
    auto known = runs_.find(key);
    if (known == runs_.end()) {
      ShapedRun fresh = shape_run(chain_.font(r.font), std::string(std::get<3>(key)), run.rtl, script, buffer);
      fresh.font = r.font;
      known = runs_.emplace(std::move(key), std::move(fresh)).first;
    }
    run = known->second;
    for (const ShapedGlyph& g : run.glyphs) {
      if (g.gid != 0) continue;
      std::size_t p = g.cluster;
      const char32_t cp = cg::utf8::next(run.text, p);
      if (!FontChain::invisible(cp) && std::find(out.missing.begin(), out.missing.end(), cp) == out.missing.end())
        out.missing.push_back(cp);
    }
    out.width += run.width;
    out.runs.push_back(std::move(run));
  }
  hb_buffer_destroy(buffer);
  return out;
}

}  // namespace cg::pdf
