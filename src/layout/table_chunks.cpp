#include "layout/table_chunks.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "doc/signature_table.h"
#include "layout/block_chunks.h"
#include "layout/text_block.h"

namespace cg::layout {
namespace {

constexpr double kEpsilon = 1e-6;

struct CellSpec {
  std::vector<doc::Paragraph> paragraphs;
  double reserve_top = 0;  // blank band above the text, e.g. for a signature image
  int tag = kArtifact;     // the cell's node (TH or TD)
};

struct RowSpec {
  double pad_left = 0;
  double pad_right = 0;
  double pad_y = 0;
  bool force_bold = false;
  double min_height = 0;
  bool can_split = true;
  RowDecoration decoration;
};

struct Box {
  double top, bottom;
};

// Offsets between lines of every cell, excluding the ends of the content. One sweep down the
// boxes (by top) keeps the lowest bottom so far, so a cell of many lines costs n log n, not n^2.
std::vector<double> valid_cuts(std::vector<Box> boxes, double pad_y) {
  double last = 0;
  for (const Box& b : boxes) last = std::max(last, b.bottom);
  std::vector<double> candidates;
  for (const Box& b : boxes) candidates.push_back(b.bottom);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end(),
                               [](double a, double b) { return std::abs(a - b) < kEpsilon; }),
                   candidates.end());
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.top < b.top; });
  std::vector<double> cuts;
  std::size_t next = 0;
  double lowest_bottom = -1;  // of the boxes starting above the candidate
  for (double c : candidates) {
    while (next < boxes.size() && boxes[next].top < c - kEpsilon) lowest_bottom = std::max(lowest_bottom, boxes[next++].bottom);
    if (c <= pad_y + kEpsilon || c >= last - kEpsilon) continue;
    // A box starting above c that ends below it would be cut through.
    if (!(next > 0 && lowest_bottom > c + kEpsilon)) cuts.push_back(c);
  }
  return cuts;
}

Chunk build_row(const std::vector<CellSpec>& cells, const std::vector<double>& edges, const RowSpec& spec,
                const PageStyle& style, const TextMeasurer& m) {
  Chunk row;
  std::vector<Box> boxes;
  double content_bottom = 0;
  for (std::size_t col = 0; col + 1 < edges.size(); ++col) {
    const double left = edges[col] + spec.pad_left;
    const double width = std::max(1.0, edges[col + 1] - edges[col] - spec.pad_left - spec.pad_right);
    double y = spec.pad_y;
    if (col < cells.size()) {
      const CellSpec& cell = cells[col];
      if (cell.reserve_top > 0) {
        boxes.push_back(Box{y, y + cell.reserve_top});
        y += cell.reserve_top;
      }
      for (std::size_t p = 0; p < cell.paragraphs.size(); ++p) {
        const doc::Paragraph& para = cell.paragraphs[p];
        if (p > 0) y += style.base * 0.35;
        const TextStyle text = style.paragraph(para.style);
        auto lines = place_lines(styled_spans(para.runs, spec.force_bold), text, para.align, left, width, m);
        for (auto& line : lines) {
          boxes.push_back(Box{y + line.top, y + line.top + line.height});
          for (auto& f : line.frames) {
            shift_frame(f, y);
            if (auto* t = std::get_if<TextFrame>(&f)) t->tag = cell.tag;
            row.frames.push_back(std::move(f));
          }
        }
        if (!lines.empty()) y += lines.back().top + lines.back().height;
      }
    }
    content_bottom = std::max(content_bottom, y);
  }
  content_bottom = std::max(content_bottom, spec.pad_y + style.paragraph(doc::ParagraphStyle::Normal).line_height());
  row.height = std::max(spec.min_height, content_bottom + spec.pad_y);
  row.cuts = valid_cuts(std::move(boxes), spec.pad_y);
  row.can_split = spec.can_split;
  row.split_padding = spec.pad_y;
  row.decoration = spec.decoration;
  return row;
}

CellSpec text_cell(const std::string& text, int tag, doc::ParagraphStyle para_style = doc::ParagraphStyle::Normal) {
  CellSpec cell;
  cell.tag = tag;
  if (!text.empty()) cell.paragraphs.push_back(doc::Paragraph{{doc::Run{text, false, false}}, para_style});
  return cell;
}

// Rows with grid lines; the first `header_count` are shaded, bold and repeated on continuation pages.
std::vector<Chunk> grid_rows(const std::vector<std::vector<CellSpec>>& rows, const std::vector<bool>& can_split,
                             std::size_t header_count, const std::vector<double>& edges, double min_body_height,
                             const PageStyle& style, const TextMeasurer& m) {
  RowSpec base;
  base.pad_left = base.pad_right = style.cell_pad_x();
  base.pad_y = style.cell_pad_y();
  base.decoration.column_edges = edges;
  base.decoration.grid = true;
  base.decoration.line_width = style.grid_width;
  base.decoration.line_gray = style.grid_gray;

  std::vector<Chunk> out;
  std::vector<Chunk> header;
  double header_height = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    RowSpec spec = base;
    const bool is_header = r < header_count;
    if (is_header) {
      spec.force_bold = true;
      spec.can_split = false;
      spec.decoration.fill_gray = style.header_fill_gray;
    } else {
      spec.can_split = can_split[r];
      spec.min_height = min_body_height;
    }
    Chunk row = build_row(rows[r], edges, spec, style, m);
    if (is_header) {
      row.keep_with_next = r + 1 < rows.size();
      header.push_back(row);
      header_height += row.height;
    }
    out.push_back(std::move(row));
  }
  if (!header.empty() && header_height <= style.content_height() / 3) {
    for (auto& h : header) {
      h.space_before = 0;
      h.keep_with_next = false;
    }
    auto shared = std::make_shared<const std::vector<Chunk>>(std::move(header));
    for (std::size_t r = header_count; r < out.size(); ++r) out[r].repeat_header = shared;
  }
  return out;
}

}  // namespace

std::vector<double> column_edges(const std::vector<double>& weights, std::size_t columns, double left, double right) {
  std::vector<double> w(columns, 1.0);
  for (std::size_t i = 0; i < columns && i < weights.size(); ++i) {
    if (std::isfinite(weights[i]) && weights[i] > 0) w[i] = weights[i];
  }
  double total = 0;
  for (double x : w) total += x;
  std::vector<double> edges{left};
  double acc = 0;
  for (double x : w) {
    acc += x;
    edges.push_back(left + (right - left) * acc / total);
  }
  edges.back() = right;
  return edges;
}

std::vector<Chunk> table_chunks(const doc::Table& table, const PageStyle& style, const TextMeasurer& measurer,
                                Structure* structure, int parent) {
  std::size_t columns = table.column_widths.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.cells.size());
  if (columns == 0 || table.rows.empty()) return {};
  const auto edges = column_edges(table.column_widths, columns, style.text_left(), style.text_right());
  const auto header_count =
      static_cast<std::size_t>(std::clamp(table.header_rows, 0, static_cast<int>(table.rows.size())));
  // One Table element however many pages it spans: the rows' parts on every page name its nodes.
  const int table_node = add_node(structure, Role::Table, parent);
  std::vector<std::vector<CellSpec>> rows;
  std::vector<bool> can_split;
  for (const auto& row : table.rows) {
    const bool header = rows.size() < header_count;
    const int row_node = add_node(structure, Role::TR, table_node);
    std::vector<CellSpec> cells;
    for (const auto& cell : row.cells) {
      const int cell_node = header ? add_node(structure, Role::TH, row_node, HeaderScope::Column)
                                   : add_node(structure, Role::TD, row_node);
      cells.push_back(CellSpec{cell.paragraphs, 0, cell_node});
    }
    rows.push_back(std::move(cells));
    can_split.push_back(row.can_split);
  }
  auto out = grid_rows(rows, can_split, header_count, edges, 0, style, measurer);
  if (table.keep_together) {
    for (std::size_t r = 0; r + 1 < out.size(); ++r) out[r].keep_with_next = true;
  }
  return out;
}

std::vector<Chunk> key_value_chunks(const doc::KeyValueBlock& block, const PageStyle& style,
                                    const TextMeasurer& measurer, Structure* structure, int parent) {
  const TextStyle text = style.paragraph(doc::ParagraphStyle::Normal);
  const double gap = style.base * 1.2;
  double key_width = 0;
  for (const auto& e : block.entries) {
    for (auto& span : styled_spans({doc::Run{e.key, true, false}})) {
      key_width = std::max(key_width, measurer.width(span.text, span.face, text.size));
    }
  }
  const double w = style.text_width();
  const double key_column = std::clamp(key_width + gap, w * 0.18, w * 0.35);
  const std::vector<double> edges{style.text_left(), style.text_left() + key_column, style.text_right()};
  RowSpec spec;
  spec.pad_right = gap;
  spec.pad_y = style.base * 0.15;
  std::vector<Chunk> out;
  const int table_node = block.entries.empty() ? kArtifact : add_node(structure, Role::Table, parent);
  for (const auto& e : block.entries) {
    const int row_node = add_node(structure, Role::TR, table_node);
    std::vector<CellSpec> cells(2);
    cells[0].tag = add_node(structure, Role::TH, row_node, HeaderScope::Row);
    cells[1].tag = add_node(structure, Role::TD, row_node);
    cells[0].paragraphs.push_back(doc::Paragraph{{doc::Run{e.key, true, false}}});
    cells[1].paragraphs.push_back(doc::Paragraph{e.value});
    out.push_back(build_row(cells, edges, spec, style, measurer));
  }
  return out;
}

std::vector<Chunk> signature_chunks(const doc::SignatureBlock& block, const PageStyle& style,
                                    const TextMeasurer& measurer, Structure* structure, int parent) {
  const doc::SignatureTable shape = doc::signature_table(block);
  std::vector<Chunk> out;
  if (!block.statement.empty()) {
    out = paragraph_chunks(doc::Paragraph{{doc::Run{block.statement, false, false}}}, style, measurer);
    if (!out.empty()) {
      const int statement = add_node(structure, Role::P, parent);
      for (auto& c : out) tag_content(c, statement);
      out.back().keep_with_next = !shape.rows.empty();  // with the table, where there is one
    }
  }
  if (shape.rows.empty()) return out;
  const std::size_t columns = shape.headings.size();
  const auto edges = column_edges(shape.column_widths, columns, style.text_left(), style.text_right());
  const double pad_x = style.cell_pad_x();
  const double pad_y = style.cell_pad_y();
  const double image_max_h = style.base * 3.2;

  const int table_node = add_node(structure, Role::Table, parent);
  std::vector<std::vector<CellSpec>> rows;
  const int header_node = add_node(structure, Role::TR, table_node);
  std::vector<CellSpec> header;
  for (const auto& heading : shape.headings)
    header.push_back(text_cell(heading, add_node(structure, Role::TH, header_node, HeaderScope::Column)));
  rows.push_back(std::move(header));
  std::vector<ImageFrame> images;  // per body row; image == nullptr for none
  for (const auto& shape_row : shape.rows) {
    const int row_node = add_node(structure, Role::TR, table_node);
    std::vector<CellSpec> cells;
    ImageFrame image;
    for (std::size_t col = 0; col < columns; ++col) {
      const doc::SignatureCell& source = shape_row[col];
      CellSpec cell = text_cell(source.text, add_node(structure, Role::TD, row_node),
                                source.small ? doc::ParagraphStyle::Small : doc::ParagraphStyle::Normal);
      const doc::Image* picture = source.image;
      if (picture && picture->width_px > 0 && picture->height_px > 0) {
        const double box_w = edges[col + 1] - edges[col] - 2 * pad_x;
        const double scale = std::min(box_w / picture->width_px, image_max_h / picture->height_px);
        image.image = picture;
        image.w = picture->width_px * scale;
        image.h = picture->height_px * scale;
        image.x = edges[col] + pad_x;
        image.y = pad_y;
        image.tag = add_node(structure, Role::Figure, cell.tag, HeaderScope::None, source.alt_text);
        cell.reserve_top = image.h + (cell.paragraphs.empty() ? 0 : style.base * 0.2);
      }
      cells.push_back(std::move(cell));
    }
    images.push_back(image);
    rows.push_back(std::move(cells));
  }
  std::vector<bool> can_split(rows.size(), false);
  auto table = grid_rows(rows, can_split, 1, edges, style.base * 4.6, style, measurer);
  if (!out.empty()) table.front().space_before = style.base * 0.6;
  for (std::size_t i = 0; i < shape.rows.size(); ++i) {
    Chunk& row = table[i + 1];
    if (images[i].image) row.frames.push_back(images[i]);
    for (std::size_t col = 0; col < columns; ++col) {
      if (!shape.rows[i][col].hand_line) continue;
      const double y = row.height - pad_y - style.base * 0.3;
      row.frames.push_back(LineFrame{edges[col] + pad_x, y, edges[col + 1] - pad_x, y, 0.6, 0.25});
    }
  }
  for (auto& c : table) out.push_back(std::move(c));
  return out;
}

}  // namespace cg::layout
