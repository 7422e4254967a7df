#pragma once
// Generic w:tbl pieces: table properties and grid, rows and cells, widths in dxa.
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace cg::docx {

// Relative weights spread over `total` dxa; `columns` may exceed the weights given (missing or
// unusable weights count as 1). The widths add up to `total` exactly.
std::vector<int> column_widths_dxa(const std::vector<double>& weights, size_t columns, int total);

struct TableProps {
  const char* style_id = nullptr;  // nullptr: Normal Table
  bool borderless = false;
  int side_cell_margin = -1;  // left and right, dxa; -1: from the style
  std::vector<int> widths;    // dxa per column
  int bottom_border_sz = 0;   // eighths of a point; a single rule under the table (page header)
  std::string caption;        // w:tblCaption, read out by screen readers; empty: none
  std::string description;    // w:tblDescription
};

struct RowProps {
  bool header = false;  // repeated on each page
  bool cant_split = false;
  int min_height = 0;  // dxa; 0: as tall as the content
};

struct CellProps {
  int width = 0;  // dxa
  const char* fill = nullptr;  // shading colour RRGGBB
  const char* valign = nullptr;  // "top", "center", "bottom"
  int left_margin = -1;           // dxa; -1: from the table
};

pugi::xml_node add_table(pugi::xml_node parent, const TableProps& props);
pugi::xml_node add_row(pugi::xml_node table, const RowProps& props);
pugi::xml_node add_cell(pugi::xml_node row, const CellProps& props);

// Word requires every cell to end with a paragraph; adds an empty one when the cell has none.
void ensure_cell_paragraph(pugi::xml_node cell);

}  // namespace cg::docx
