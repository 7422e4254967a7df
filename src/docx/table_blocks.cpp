#include "core/png_codec.h"
#include "docx/table_blocks.h"

#include <algorithm>

#include "doc/signature_table.h"
#include "docx/inline_image.h"
#include "docx/page_geometry.h"
#include "docx/paragraph_builder.h"
#include "docx/styles_part.h"
#include "docx/table_builder.h"

namespace cg::docx {
namespace {

constexpr const char* kHeaderFill = "D9D9D9";
constexpr int kCellSpacing = 40;         // dxa above and below text in a cell
constexpr int kSignatureRowHeight = 1021;  // 18 mm: room for a wet signature
constexpr long kSignatureMaxHeightEmu = 540000;  // 15 mm
constexpr int kWetSignatureSpace = 360;  // dxa above the line a pending member signs on

ParagraphProps cell_paragraph_props(const doc::Paragraph& p, bool keep_next) {
  ParagraphProps props;
  props.style_id = paragraph_style_id(p.style);
  props.align = p.align;
  props.keep_next = keep_next || p.keep_with_next;
  props.spacing_before = kCellSpacing;
  props.spacing_after = kCellSpacing;
  return props;
}

void add_cell_text(pugi::xml_node cell, const std::string& text, bool bold, bool keep_next, bool small = false) {
  ParagraphProps props;
  if (small) props.style_id = kStyleSmall;
  props.keep_next = keep_next;
  props.spacing_before = kCellSpacing;
  props.spacing_after = kCellSpacing;
  auto p = add_paragraph(cell, props);
  RunFormat f;
  f.bold = bold;
  add_text_run(p, text, f);
}

}  // namespace

const char* paragraph_style_id(doc::ParagraphStyle style) {
  switch (style) {
    case doc::ParagraphStyle::Title: return kStyleTitle;
    case doc::ParagraphStyle::Subtitle: return kStyleSubtitle;
    case doc::ParagraphStyle::Small: return kStyleSmall;
    case doc::ParagraphStyle::Normal: break;
  }
  return "";
}

bool add_data_table(pugi::xml_node body, const doc::Table& table) {
  if (table.rows.empty()) return false;
  size_t columns = table.column_widths.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.cells.size());
  if (columns == 0) return false;
  TableProps props;
  props.style_id = kStyleTableGrid;
  props.widths = column_widths_dxa(table.column_widths, columns, kTextWidthDxa);
  props.caption = table.caption;
  props.description = table.description;
  auto tbl = add_table(body, props);
  const size_t header_rows = static_cast<size_t>(std::max(0, table.header_rows));
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const bool header = r < header_rows;
    // No row splits across pages (an action reads as one piece); Word and LibreOffice still
    // break a row taller than a page.
    auto tr = add_row(tbl, {header, true, 0});
    // keepNext on a header row's paragraphs keeps it with the first body row; on every row but
    // the last of a kept-together table (a large-print card), keeps the card on one page.
    const bool keep_next = header || (table.keep_together && r + 1 < table.rows.size());
    RunFormat format;
    format.bold = header;
    for (size_t c = 0; c < columns; ++c) {
      auto tc = add_cell(tr, {props.widths[c], header ? kHeaderFill : nullptr, nullptr});
      if (c < row.cells.size()) {
        for (const auto& para : row.cells[c].paragraphs) {
          add_runs(add_paragraph(tc, cell_paragraph_props(para, keep_next)), para.runs, format);
        }
      }
      ensure_cell_paragraph(tc);
    }
  }
  return true;
}

bool add_key_value_table(pugi::xml_node body, const doc::KeyValueBlock& block) {
  if (block.entries.empty()) return false;
  TableProps props;
  props.borderless = true;
  props.side_cell_margin = 0;  // keys line up with the body text
  props.widths = column_widths_dxa({3, 7}, 2, kTextWidthDxa);
  props.caption = block.caption;
  props.description = block.description;
  auto tbl = add_table(body, props);
  for (const auto& entry : block.entries) {
    auto tr = add_row(tbl, {false, true, 0});
    auto key = add_cell(tr, {props.widths[0], nullptr, nullptr});
    add_cell_text(key, entry.key, true, false);
    auto value = add_cell(tr, {props.widths[1], nullptr, nullptr, kCellMarginDxa});
    ParagraphProps value_props;
    value_props.spacing_before = kCellSpacing;
    value_props.spacing_after = kCellSpacing;
    add_runs(add_paragraph(value, value_props), entry.value);
  }
  return true;
}

bool add_signature_block(pugi::xml_node body, const doc::SignatureBlock& block, BodyContext& context) {
  const doc::SignatureTable shape = doc::signature_table(block);
  if (!block.statement.empty()) {
    ParagraphProps props;
    props.keep_next = !shape.rows.empty();  // with the table, where there is one
    add_text_run(add_paragraph(body, props), block.statement, {});
  }
  if (shape.rows.empty()) return false;
  const std::size_t columns = shape.headings.size();
  TableProps props;
  props.style_id = kStyleTableGrid;
  props.widths = column_widths_dxa(shape.column_widths, columns, kTextWidthDxa);
  props.caption = shape.caption;
  props.description = shape.description;
  auto tbl = add_table(body, props);
  auto head = add_row(tbl, {true, true, 0});
  for (std::size_t c = 0; c < columns; ++c)
    add_cell_text(add_cell(head, {props.widths[c], kHeaderFill, nullptr}), shape.headings[c], true, true);

  for (std::size_t r = 0; r < shape.rows.size(); ++r) {
    auto tr = add_row(tbl, {false, true, kSignatureRowHeight});
    for (std::size_t c = 0; c < columns; ++c) {
      const doc::SignatureCell& cell = shape.rows[r][c];
      auto tc = add_cell(tr, {props.widths[c], nullptr, "center"});
      if (cell.image) {
        const doc::Image& image = *cell.image;
        const std::string png = png::encode({image.width_px, image.height_px, image.rgb});
        if (png.empty()) {
          context.errors.push_back("signature row " + std::to_string(r + 1) +
                                   ": the image's pixels do not match its size");
        } else {
          const long max_cx = (props.widths[c] - 2 * kCellMarginDxa) * kEmuPerDxa;
          const std::string rel_id = context.media.add_png(png);
          ParagraphProps image_props;
          image_props.spacing_before = kCellSpacing;
          image_props.spacing_after = kCellSpacing;
          auto run = add_run(add_paragraph(tc, image_props), {});
          add_inline_image(run, rel_id, fit_image({image.width_px, image.height_px}, max_cx, kSignatureMaxHeightEmu),
                           context.next_drawing_id++, cell.alt_text);
        }
      }
      // Under any image, as in the PDF.
      if (!cell.text.empty()) add_cell_text(tc, cell.text, false, false, cell.small);
      if (cell.hand_line) {
        ParagraphProps line;
        line.spacing_before = kWetSignatureSpace;
        line.rule_below = true;
        add_paragraph(tc, line);
      }
      ensure_cell_paragraph(tc);
    }
  }
  return true;
}

}  // namespace cg::docx
