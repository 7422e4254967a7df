#include "docx/paragraph_builder.h"

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
  if (!rpr.first_child()) r.remove_child(rpr);
  return r;
}

void add_text_run(pugi::xml_node paragraph, const std::string& text, const RunFormat& format) {
  const std::string safe = xml_safe_text(text);
  if (safe.empty()) return;
  auto r = add_run(paragraph, format);
  std::string piece;
  for (char c : safe) {
    if (c == '\t' || c == '\n') {
      add_text_piece(r, piece);
      piece.clear();
      if (c == '\t') {
        r.append_child("w:tab");
      } else {
        r.append_child("w:br");
      }
    } else {
      piece += c;
    }
  }
  add_text_piece(r, piece);
}

void add_runs(pugi::xml_node paragraph, const doc::Inlines& runs, const RunFormat& base) {
  for (const auto& run : runs) {
    RunFormat f = base;
    f.bold = base.bold || run.bold;
    f.italic = base.italic || run.italic;
    add_text_run(paragraph, run.text, f);
  }
}

}  // namespace cg::docx
