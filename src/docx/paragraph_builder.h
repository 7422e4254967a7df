#pragma once
// w:p and w:r elements with their properties written in the order the schema requires
// (Word rejects a pPr or rPr whose children are out of order).
#include <pugixml.hpp>
#include <string>

#include "doc/document.h"

namespace cg::docx {

struct ParagraphProps {
  std::string style_id;  // empty: Normal
  bool keep_next = false;
  bool keep_lines = false;
  int num_id = 0;  // 0: not a list item
  int ilvl = 0;
  int right_tab_dxa = 0;     // 0: no tab stop
  int spacing_before = -1;   // dxa; -1: from the style
  int spacing_after = -1;
  doc::Align align = doc::Align::Left;
  int mark_half_points = 0;  // size of the paragraph mark; 0: from the style
  bool rule_below = false;   // a line under the paragraph: where a wet signature goes
};

struct RunFormat {
  bool bold = false;
  bool italic = false;
  int half_points = 0;  // 0: from the style
  std::string color;    // hex RRGGBB; empty: from the style
  // Text in another script (set by add_text_run, per stretch of text): the w:rFonts slot Word
  // takes its font from (w:cs for complex scripts, w:eastAsia for Chinese), the language
  // (w:lang w:bidi or w:eastAsia) and w:rtl for right-to-left text.
  std::string cs_font, east_asia_font, bidi_lang, east_asia_lang;
  bool rtl = false;
  // The run's language (w:lang w:val) when the text says it is not the document's: it is also
  // the bidi or East Asian language of a stretch in such a script, instead of the script's guess.
  std::string lang;
};

pugi::xml_node add_paragraph(pugi::xml_node parent, const ParagraphProps& props);

// An empty w:r with its rPr, for callers that add their own content (fields, drawings).
pugi::xml_node add_run(pugi::xml_node paragraph, const RunFormat& format);

// One run of text; a tab becomes w:tab and a newline w:br.
void add_text_run(pugi::xml_node paragraph, const std::string& text, const RunFormat& format);

// The model's runs; `base` adds its formatting to each (e.g. bold keys).
void add_runs(pugi::xml_node paragraph, const doc::Inlines& runs, const RunFormat& base = {});

}  // namespace cg::docx
