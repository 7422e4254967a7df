#include "docx/paragraph_builder.h"

#include <hb.h>

#include <vector>

#include "core/utf8.h"
#include "docx/xml_text.h"

namespace cg::docx {
namespace {

const char* jc_value(doc::Align align) {
  switch (align) {
    case doc::Align::Center: return "center";
    case doc::Align::Right: return "right";
    case doc::Align::Left: break;
  }
  return "left";
}

void add_text_piece(pugi::xml_node run, const std::string& piece) {
  if (piece.empty()) return;
  auto t = run.append_child("w:t");
  if (needs_space_preserve(piece)) t.append_attribute("xml:space") = "preserve";
  t.text().set(piece.c_str());
}

// Which Windows font and language Word needs for a script: the DOCX is opened in Word on
// council machines, which have these; elsewhere Word or LibreOffice substitutes.
struct ScriptProps {
  const char* cs_font = nullptr;
  const char* east_asia_font = nullptr;
  const char* lang = nullptr;
  bool rtl = false;
};

bool has_any(const std::string& text, std::initializer_list<char32_t> letters) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::next(text, pos);
    for (char32_t l : letters)
      if (cp == l) return true;
  }
  return false;
}

ScriptProps props_for(hb_script_t script, const std::string& text) {
  switch (script) {
    case HB_SCRIPT_ARABIC:
      // Urdu and Persian letters tell them from Arabic.
      if (has_any(text, {0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1, 0x06D2})) return {"Arial", nullptr, "ur-PK", true};
      if (has_any(text, {0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC, 0x06A9})) return {"Arial", nullptr, "fa-IR", true};
      return {"Arial", nullptr, "ar-SA", true};
    case HB_SCRIPT_HEBREW: return {"Arial", nullptr, "he-IL", true};
    case HB_SCRIPT_DEVANAGARI: return {"Mangal", nullptr, "hi-IN", false};
    case HB_SCRIPT_BENGALI: return {"Vrinda", nullptr, "bn-BD", false};
    case HB_SCRIPT_GURMUKHI: return {"Raavi", nullptr, "pa-IN", false};
    case HB_SCRIPT_GUJARATI: return {"Shruti", nullptr, "gu-IN", false};
    case HB_SCRIPT_TAMIL: return {"Latha", nullptr, "ta-IN", false};
    case HB_SCRIPT_HAN:
    case HB_SCRIPT_HIRAGANA:
    case HB_SCRIPT_KATAKANA:
    case HB_SCRIPT_BOPOMOFO: return {nullptr, "SimSun", "zh-CN", false};
    default: return {};
  }
}

// Stretches of one script class (right to left, another complex script, Chinese, or the rest);
// spaces and punctuation stay with the stretch they are in.
std::vector<std::pair<std::string, hb_script_t>> script_stretches(const std::string& text) {
  std::vector<std::pair<std::string, hb_script_t>> out;
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(text, pos);
    const hb_script_t raw = hb_unicode_script(unicode, cp);
    hb_script_t script = raw;
    if (script == HB_SCRIPT_HIRAGANA || script == HB_SCRIPT_KATAKANA || script == HB_SCRIPT_BOPOMOFO) script = HB_SCRIPT_HAN;
    const ScriptProps props = props_for(script, "");
    if (!props.cs_font && !props.east_asia_font) script = HB_SCRIPT_COMMON;
    // Spaces, digits, punctuation, joiners and marks stay in the stretch they are in.
    const bool neutral = raw == HB_SCRIPT_COMMON || raw == HB_SCRIPT_INHERITED;
    const bool joins = !out.empty() && (script == out.back().second || neutral);
    if (joins) {
      out.back().first.append(text, start, pos - start);
    } else {
      out.emplace_back(text.substr(start, pos - start), script);
    }
  }
  return out;
}

void write_text(pugi::xml_node paragraph, const std::string& safe, const RunFormat& format);

}  // namespace

pugi::xml_node add_paragraph(pugi::xml_node parent, const ParagraphProps& props) {
  auto p = parent.append_child("w:p");
  auto ppr = p.append_child("w:pPr");
  if (!props.style_id.empty()) ppr.append_child("w:pStyle").append_attribute("w:val") = props.style_id.c_str();
  if (props.keep_next) ppr.append_child("w:keepNext");
  if (props.keep_lines) ppr.append_child("w:keepLines");
  if (props.num_id > 0) {
    auto numpr = ppr.append_child("w:numPr");
    numpr.append_child("w:ilvl").append_attribute("w:val") = props.ilvl;
    numpr.append_child("w:numId").append_attribute("w:val") = props.num_id;
  }
  if (props.rule_below) {
    auto bottom = ppr.append_child("w:pBdr").append_child("w:bottom");
    bottom.append_attribute("w:val") = "single";
    bottom.append_attribute("w:sz") = 6;  // eighths of a point
    bottom.append_attribute("w:space") = 1;
    bottom.append_attribute("w:color") = "auto";
  }
  if (props.right_tab_dxa > 0) {
    auto tab = ppr.append_child("w:tabs").append_child("w:tab");
    tab.append_attribute("w:val") = "right";
    tab.append_attribute("w:pos") = props.right_tab_dxa;
  }
  if (props.spacing_before >= 0 || props.spacing_after >= 0) {
    auto spacing = ppr.append_child("w:spacing");
    if (props.spacing_before >= 0) spacing.append_attribute("w:before") = props.spacing_before;
    if (props.spacing_after >= 0) spacing.append_attribute("w:after") = props.spacing_after;
  }
  if (props.align != doc::Align::Left) ppr.append_child("w:jc").append_attribute("w:val") = jc_value(props.align);
  if (props.mark_half_points > 0) {
    auto rpr = ppr.append_child("w:rPr");
    rpr.append_child("w:sz").append_attribute("w:val") = props.mark_half_points;
    rpr.append_child("w:szCs").append_attribute("w:val") = props.mark_half_points;
  }
  if (!ppr.first_child()) p.remove_child(ppr);
  return p;
}

pugi::xml_node add_run(pugi::xml_node paragraph, const RunFormat& format) {
  auto r = paragraph.append_child("w:r");
  auto rpr = r.append_child("w:rPr");
  if (!format.cs_font.empty() || !format.east_asia_font.empty()) {
    auto fonts = rpr.append_child("w:rFonts");
    if (!format.east_asia_font.empty()) fonts.append_attribute("w:eastAsia") = format.east_asia_font.c_str();
    if (!format.cs_font.empty()) fonts.append_attribute("w:cs") = format.cs_font.c_str();
  }
  if (format.bold) {
    rpr.append_child("w:b");
    rpr.append_child("w:bCs");
  }
  if (format.italic) {
    rpr.append_child("w:i");
    rpr.append_child("w:iCs");
  }
  if (!format.color.empty()) rpr.append_child("w:color").append_attribute("w:val") = format.color.c_str();
  if (format.half_points > 0) {
    rpr.append_child("w:sz").append_attribute("w:val") = format.half_points;
    rpr.append_child("w:szCs").append_attribute("w:val") = format.half_points;
  }
  if (format.rtl) rpr.append_child("w:rtl");
  if (!format.cs_font.empty()) rpr.append_child("w:cs");
  if (!format.lang.empty() || !format.bidi_lang.empty() || !format.east_asia_lang.empty()) {
    auto lang = rpr.append_child("w:lang");
    if (!format.lang.empty()) lang.append_attribute("w:val") = format.lang.c_str();
    if (!format.east_asia_lang.empty()) lang.append_attribute("w:eastAsia") = format.east_asia_lang.c_str();
    if (!format.bidi_lang.empty()) lang.append_attribute("w:bidi") = format.bidi_lang.c_str();
  }
  if (!rpr.first_child()) r.remove_child(rpr);
  return r;
}

void add_text_run(pugi::xml_node paragraph, const std::string& text, const RunFormat& format) {
  const std::string safe = xml_safe_text(text);
  if (safe.empty()) return;
  bool plain = true;
  for (char c : safe)
    if (static_cast<unsigned char>(c) >= 0x80) plain = false;
  if (plain) {
    write_text(paragraph, safe, format);
    return;
  }
  for (const auto& [stretch, script] : script_stretches(safe)) {
    RunFormat f = format;
    const ScriptProps props = props_for(script, stretch);
    const char* lang = format.lang.empty() ? props.lang : format.lang.c_str();
    if (props.cs_font) {
      f.cs_font = props.cs_font;
      f.bidi_lang = lang;
      f.rtl = props.rtl;
    }
    if (props.east_asia_font) {
      f.east_asia_font = props.east_asia_font;
      f.east_asia_lang = lang;
    }
    write_text(paragraph, stretch, f);
  }
}

namespace {

void write_text(pugi::xml_node paragraph, const std::string& safe, const RunFormat& format) {
  auto r = add_run(paragraph, format);
  size_t start = 0;
  for (size_t at = safe.find_first_of("\t\n"); at != std::string::npos; at = safe.find_first_of("\t\n", start)) {
    add_text_piece(r, safe.substr(start, at - start));
    r.append_child(safe[at] == '\t' ? "w:tab" : "w:br");
    start = at + 1;
  }
  add_text_piece(r, start == 0 ? safe : safe.substr(start));
}

}  // namespace

void add_runs(pugi::xml_node paragraph, const doc::Inlines& runs, const RunFormat& base) {
  for (const auto& run : runs) {
    RunFormat f = base;
    f.bold = base.bold || run.bold;
    f.italic = base.italic || run.italic;
    if (!run.language.empty()) f.lang = run.language;
    add_text_run(paragraph, run.text, f);
  }
}

}  // namespace cg::docx
