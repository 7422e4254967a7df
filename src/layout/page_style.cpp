#include "layout/page_style.h"

#include <algorithm>
#include <cmath>

namespace cg::layout {

PageStyle page_style_for(double base_font_size) {
  PageStyle s;
  s.base = doc::readable_body_size(base_font_size);
  s.furniture_size = std::clamp(s.base * 0.8, kSmallestType, 12.0);
  const double top_margin = 14 * kMillimetre;
  const double bottom_margin = 14 * kMillimetre;
  s.header_baseline = top_margin + s.furniture_size * kAscent;
  s.header_rule = s.header_baseline + s.furniture_size * 0.5;
  s.content_top = s.header_rule + std::max(14.0, s.base * 1.4);
  s.footer_baseline = s.height - bottom_margin - s.furniture_size * kDescent;
  s.footer_rule = s.footer_baseline - s.furniture_size * kAscent - s.furniture_size * 0.5;
  s.content_bottom = s.footer_rule - std::max(14.0, s.base * 1.2);
  return s;
}

TextStyle PageStyle::paragraph(doc::ParagraphStyle style) const {
  TextStyle t;
  switch (style) {
    case doc::ParagraphStyle::Title:
      t.size = base * 2.1;
      t.leading = 1.2;
      t.bold = true;
      t.space_after = base * 0.35;
      break;
    case doc::ParagraphStyle::Subtitle:
      t.size = base * 1.3;
      t.leading = 1.3;
      t.gray = 0.3;
      t.space_after = base * 1.3;
      break;
    case doc::ParagraphStyle::Small:
      t.size = std::max(kSmallestType, base * 0.85);
      t.leading = 1.3;
      t.space_after = base * 0.5;
      break;
    case doc::ParagraphStyle::Normal:
      t.size = base;
      t.leading = 1.35;
      t.space_after = base * 0.75;
      break;
  }
  return t;
}

TextStyle PageStyle::heading(int level) const {
  TextStyle t;
  t.bold = true;
  t.leading = 1.25;
  if (level <= 1) {
    t.size = base * 1.5;
    t.space_before = base * 1.6;
    t.space_after = base * 0.55;
  } else if (level == 2) {
    t.size = base * 1.25;
    t.space_before = base * 1.3;
    t.space_after = base * 0.45;
  } else {
    t.size = base * 1.1;
    t.space_before = base * 1.0;
    t.space_after = base * 0.35;
  }
  return t;
}

}  // namespace cg::layout
