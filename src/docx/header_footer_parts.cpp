#include "docx/header_footer_parts.h"

#include <pugixml.hpp>

#include "doc/word_pattern.h"
#include "docx/ooxml_names.h"
#include "docx/page_geometry.h"
#include "docx/paragraph_builder.h"
#include "docx/styles_part.h"
#include "docx/table_builder.h"
#include "docx/watermark_shape.h"
#include "docx/xml_part.h"

namespace cg::docx {
namespace {

pugi::xml_node start_header_footer(pugi::xml_document& part, const char* root_name) {
  auto root = start_part(part, root_name);
  root.append_attribute("xmlns:w") = ns::kW;
  root.append_attribute("xmlns:r") = ns::kR;
  root.append_attribute("xmlns:v") = ns::kV;
  root.append_attribute("xmlns:o") = ns::kO;
  root.append_attribute("xmlns:w10") = ns::kW10;
  return root;
}

// A field whose result Word and LibreOffice recompute when they lay out the page; `cached` is
// what readers that do not lay out (python-docx, indexers) see.
void add_field(pugi::xml_node paragraph, const char* instruction, const char* cached) {
  add_run(paragraph, {}).append_child("w:fldChar").append_attribute("w:fldCharType") = "begin";
  auto instr = add_run(paragraph, {}).append_child("w:instrText");
  instr.append_attribute("xml:space") = "preserve";
  instr.text().set(instruction);
  add_run(paragraph, {}).append_child("w:fldChar").append_attribute("w:fldCharType") = "separate";
  add_run(paragraph, {}).append_child("w:t").text().set(cached);
  add_run(paragraph, {}).append_child("w:fldChar").append_attribute("w:fldCharType") = "end";
}

}  // namespace

std::string header_part(const doc::PageFurniture& furniture, const std::string& watermark) {
  pugi::xml_document part;
  auto hdr = start_header_footer(part, "w:hdr");
  if (!furniture.notice.empty()) {
    ParagraphProps n;
    n.style_id = kStyleHeader;
    n.align = doc::Align::Center;
    n.spacing_after = 60;
    RunFormat f;
    f.bold = true;
    add_text_run(add_paragraph(hdr, n), furniture.notice, f);
  }
  if (!furniture.header_left.empty() || !furniture.header_center.empty() || !furniture.header_right.empty()) {
    TableProps props;
    props.borderless = true;
    props.side_cell_margin = 0;  // text flush with both margins
    props.bottom_border_sz = 4;
    props.widths = column_widths_dxa({1, 1, 1}, 3, kTextWidthDxa);
    auto tbl = add_table(hdr, props);
    auto tr = add_row(tbl, {false, true, 0});
    const std::string* texts[] = {&furniture.header_left, &furniture.header_center, &furniture.header_right};
    const doc::Align aligns[] = {doc::Align::Left, doc::Align::Center, doc::Align::Right};
    for (int c = 0; c < 3; ++c) {
      auto tc = add_cell(tr, {props.widths[c], nullptr, "bottom"});
      ParagraphProps p;
      p.style_id = kStyleHeader;
      p.align = aligns[c];
      p.spacing_after = 60;
      RunFormat f;
      f.bold = c == 1;  // the classification marking
      add_text_run(add_paragraph(tc, p), *texts[c], f);
    }
  }
  ParagraphProps last;
  last.style_id = kStyleHeader;
  last.mark_half_points = 8;
  auto p = add_paragraph(hdr, last);
  if (!watermark.empty()) add_watermark(p, watermark);
  return serialize_part(part);
}

std::string footer_part(const doc::PageFurniture& furniture) {
  pugi::xml_document part;
  auto ftr = start_header_footer(part, "w:ftr");
  ParagraphProps props;
  props.style_id = kStyleFooter;
  props.right_tab_dxa = kTextWidthDxa;
  auto p = add_paragraph(ftr, props);
  add_text_run(p, furniture.footer_left, {});
  if (furniture.page_number.empty()) return serialize_part(part);
  add_run(p, {}).append_child("w:tab");
  // The profile's words around the numbers, e.g. "Page {page} of {pages}": each slot a field.
  for (const auto& part_of : doc::split_pattern(furniture.page_number, doc::page_number_slots())) {
    if (part_of.slot == doc::kPageSlot) add_field(p, " PAGE ", "1");
    else if (part_of.slot == doc::kPagesSlot) add_field(p, " NUMPAGES ", "1");
    else add_text_run(p, part_of.text, {});
  }
  return serialize_part(part);
}

}  // namespace cg::docx
