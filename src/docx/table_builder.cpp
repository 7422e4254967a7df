#include "docx/table_builder.h"

#include <cmath>
#include <string_view>

#include "docx/xml_part.h"

namespace cg::docx {
namespace {

void add_width(pugi::xml_node parent, const char* name, int dxa) {
  auto w = parent.append_child(name);
  w.append_attribute("w:w") = dxa;
  w.append_attribute("w:type") = "dxa";
}

}  // namespace

std::vector<int> column_widths_dxa(const std::vector<double>& weights, size_t columns, int total) {
  std::vector<int> widths;
  if (columns == 0) return widths;
  std::vector<double> w(columns, 1.0);
  for (size_t i = 0; i < columns && i < weights.size(); ++i) {
    if (std::isfinite(weights[i]) && weights[i] > 0) w[i] = weights[i];
  }
  double sum = 0;
  for (double x : w) sum += x;
  int used = 0;
  for (size_t i = 0; i < columns; ++i) {
    const int dxa = i + 1 == columns ? total - used : static_cast<int>(std::lround(total * w[i] / sum));
    widths.push_back(dxa);
    used += dxa;
  }
  return widths;
}

pugi::xml_node add_table(pugi::xml_node parent, const TableProps& props) {
  auto tbl = parent.append_child("w:tbl");
  auto pr = tbl.append_child("w:tblPr");
  if (props.style_id) pr.append_child("w:tblStyle").append_attribute("w:val") = props.style_id;
  int total = 0;
  for (int w : props.widths) total += w;
  add_width(pr, "w:tblW", total);
  if (props.borderless || props.bottom_border_sz > 0) {
    auto borders = pr.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      auto b = borders.append_child(side);
      const bool rule = props.bottom_border_sz > 0 && std::string_view(side) == "w:bottom";
      b.append_attribute("w:val") = rule ? "single" : "none";
      b.append_attribute("w:sz") = rule ? props.bottom_border_sz : 0;
      b.append_attribute("w:space") = 0;
      b.append_attribute("w:color") = rule ? "808080" : "auto";
    }
  }
  pr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  if (props.side_cell_margin >= 0) {
    auto mar = pr.append_child("w:tblCellMar");
    add_width(mar, "w:left", props.side_cell_margin);
    add_width(mar, "w:right", props.side_cell_margin);
  }
  auto look = pr.append_child("w:tblLook");
  look.append_attribute("w:val") = "04A0";
  look.append_attribute("w:firstRow") = 1;
  look.append_attribute("w:lastRow") = 0;
  look.append_attribute("w:firstColumn") = 0;
  look.append_attribute("w:lastColumn") = 0;
  look.append_attribute("w:noHBand") = 1;
  look.append_attribute("w:noVBand") = 1;
  // CT_TblPr ends with tblCaption then tblDescription, after tblLook (Word 2010 and later).
  if (!props.caption.empty()) set_safe_attribute(pr.append_child("w:tblCaption"), "w:val", props.caption);
  if (!props.description.empty()) set_safe_attribute(pr.append_child("w:tblDescription"), "w:val", props.description);
  auto grid = tbl.append_child("w:tblGrid");
  for (int w : props.widths) grid.append_child("w:gridCol").append_attribute("w:w") = w;
  return tbl;
}

pugi::xml_node add_row(pugi::xml_node table, const RowProps& props) {
  auto tr = table.append_child("w:tr");
  if (!props.header && !props.cant_split && props.min_height <= 0) return tr;
  auto pr = tr.append_child("w:trPr");
  if (props.cant_split) pr.append_child("w:cantSplit");
  if (props.min_height > 0) {
    auto h = pr.append_child("w:trHeight");
    h.append_attribute("w:val") = props.min_height;
    h.append_attribute("w:hRule") = "atLeast";
  }
  if (props.header) pr.append_child("w:tblHeader");
  return tr;
}

pugi::xml_node add_cell(pugi::xml_node row, const CellProps& props) {
  auto tc = row.append_child("w:tc");
  auto pr = tc.append_child("w:tcPr");
  add_width(pr, "w:tcW", props.width);
  if (props.fill) {
    auto shd = pr.append_child("w:shd");
    shd.append_attribute("w:val") = "clear";
    shd.append_attribute("w:color") = "auto";
    shd.append_attribute("w:fill") = props.fill;
  }
  if (props.left_margin >= 0) add_width(pr.append_child("w:tcMar"), "w:left", props.left_margin);
  if (props.valign) pr.append_child("w:vAlign").append_attribute("w:val") = props.valign;
  return tc;
}

void ensure_cell_paragraph(pugi::xml_node cell) {
  if (!cell.last_child() || std::string_view(cell.last_child().name()) != "w:p") cell.append_child("w:p");
}

}  // namespace cg::docx
