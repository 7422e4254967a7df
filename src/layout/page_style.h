#pragma once
// Page geometry and type sizes, all derived from the document's base font size.
#include "doc/document.h"

namespace cg::layout {

constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kA4Width = 595.276;
constexpr double kA4Height = 841.89;

// Liberation Sans vertical metrics (em fractions), used to place baselines inside line boxes.
constexpr double kAscent = 0.905;
constexpr double kDescent = 0.212;

// Nothing on a page is set smaller than this (furniture, notes, signature dates).
constexpr double kSmallestType = doc::kSmallestSize;

struct TextStyle {
  double size = 10;
  double leading = 1.35;  // line height as a multiple of size
  bool bold = false;
  double gray = 0;
  double space_before = 0;
  double space_after = 0;
  double line_height() const { return size * leading; }
  // Offset of the baseline from the top of a line box.
  double baseline_offset() const { return (line_height() - (kAscent + kDescent) * size) / 2 + kAscent * size; }
};

struct PageStyle {
  double width = kA4Width;
  double height = kA4Height;
  double margin_left = 20 * kMillimetre;
  double margin_right = 20 * kMillimetre;
  double base = 11;  // body text size

  double furniture_size = 9;
  double header_baseline = 0;
  double header_rule = 0;
  double content_top = 0;
  double content_bottom = 0;
  double footer_rule = 0;
  double footer_baseline = 0;

  double text_left() const { return margin_left; }
  double text_right() const { return width - margin_right; }
  double text_width() const { return text_right() - text_left(); }
  double content_height() const { return content_bottom - content_top; }

  TextStyle paragraph(doc::ParagraphStyle style) const;
  TextStyle heading(int level) const;
  double rule_gray = 0.45;
  double grid_width = 0.5;
  double grid_gray = 0.35;
  double header_fill_gray = 0.88;
  double cell_pad_x() const { return base * 0.45; }
  double cell_pad_y() const { return base * 0.35; }
};

// A4 portrait with 20 mm side margins; sizes scale with base_font_size (see
// doc::readable_body_size: 11..28 pt), and no text is set below kSmallestType.
PageStyle page_style_for(double base_font_size);

}  // namespace cg::layout
