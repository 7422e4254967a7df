#include "layout/page_furniture.h"

#include "layout/line_breaker.h"

#include <algorithm>
#include <cmath>

#include "doc/word_pattern.h"
#include "layout/utf8.h"

namespace cg::layout {
namespace {

constexpr double kPi = 3.14159265358979323846;

TextFrame text_at(std::string text, double x, double baseline, FontFace face, double size, double gray) {
  TextFrame t;
  t.x = x;
  t.baseline = baseline;
  t.text = std::move(text);
  t.face = face;
  t.size = size;
  t.gray = gray;
  return t;
}

TextFrame watermark_frame(const std::string& text, const PageStyle& style, const TextMeasurer& m) {
  const double angle = std::atan2(style.height, style.width) * 180 / kPi;
  const double diagonal = std::hypot(style.width, style.height);
  const double unit_width = std::max(1e-3, m.width(text, FontFace::Bold, 1.0));
  const double size = std::min(140.0, diagonal * 0.6 / unit_width);
  const double w = unit_width * size;
  const double a = angle * kPi / 180;
  // Centre the text box (width w, cap height ~0.7 size) on the page centre. In page coordinates
  // y grows downwards, so the PDF's counter-clockwise direction (cos a, sin a) is (cos a, -sin a).
  const double cap = 0.7 * size;
  const double cx = style.width / 2;
  const double cy = style.height / 2;
  TextFrame t = text_at(text, cx - std::cos(a) * w / 2 + std::sin(a) * cap / 2,
                        cy + std::sin(a) * w / 2 + std::cos(a) * cap / 2, FontFace::Bold, size, 0.85);
  t.angle_deg = angle;
  t.outline = true;  // decoration: the footer says it in words
  return t;
}

}  // namespace

std::string fit_text(const std::string& text, FontFace face, double size, double max_width,
                     const TextMeasurer& measurer) {
  if (measurer.width(text, face, size) <= max_width) return text;
  const std::string ellipsis = "\u2026";
  std::string best;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t next = pos + utf8::char_length(text, pos);
    std::string candidate = text.substr(0, next) + ellipsis;
    if (measurer.width(candidate, face, size) > max_width) break;
    best = std::move(candidate);
    pos = next;
  }
  return best;
}

void add_furniture(Layout& layout, const doc::Document& document, const PageStyle& style,
                   const TextMeasurer& m) {
  const auto clean = [](const std::string& s) {
    std::string out = utf8::sanitize(s);
    for (char& c : out) {
      if (c == '\n') c = ' ';
    }
    return out;
  };
  const std::string left = clean(document.furniture.header_left);
  const std::string center = clean(document.furniture.header_center);
  const std::string right = clean(document.furniture.header_right);
  const std::string footer = clean(document.furniture.footer_left);
  const std::string watermark = clean(document.watermark);
  const std::string notice = clean(document.furniture.notice);

  const double gap = style.base;
  const double width = style.text_width();
  // Shrink the header until its three parts fit side by side; truncate if even that fails.
  double size = style.furniture_size;
  auto total = [&](double s) {
    return m.width(left, FontFace::Regular, s) + m.width(center, FontFace::Bold, s) +
           m.width(right, FontFace::Regular, s) + 2 * gap;
  };
  while (size > kSmallestType && total(size) > width) size = std::max(kSmallestType, size - 0.25);
  // Still too wide at the smallest readable size: the right part takes a second line under the
  // others, in the room between the header and the body, rather than shrink or lose words.
  const double second_line = size * 1.2;
  const bool two_lines = total(size) > width && style.header_rule + second_line < style.content_top - size * 0.4;
  auto line_width = [&](double s) {
    return two_lines ? std::max(m.width(left, FontFace::Regular, s) + m.width(center, FontFace::Bold, s) + gap,
                                m.width(right, FontFace::Regular, s))
                     : total(s);
  };
  const double third = (width - 2 * gap) / 3;
  const bool crowded = line_width(size) > width;
  const std::string l = crowded ? fit_text(left, FontFace::Regular, size, third, m) : left;
  const std::string c = crowded ? fit_text(center, FontFace::Bold, size, third, m) : center;
  const std::string r = crowded ? fit_text(right, FontFace::Regular, size, third, m) : right;
  const double lw = m.width(l, FontFace::Regular, size);
  const double cw = m.width(c, FontFace::Bold, size);
  const double rw = m.width(r, FontFace::Regular, size);
  // Centre the middle part on the page unless that would collide with a side part.
  double cx = style.text_left() + (width - cw) / 2;
  cx = std::max(cx, style.text_left() + lw + gap);
  if (!two_lines) cx = std::min(cx, style.text_right() - rw - gap - cw);
  const double right_baseline = style.header_baseline + (two_lines ? second_line : 0);
  const double header_rule = style.header_rule + (two_lines ? second_line : 0);

  // Whose copy this is may be a long name: it wraps onto a second line, in smaller type if need
  // be, rather than lose a word; longer still, it is reported, not cut.
  double notice_size = style.furniture_size;
  std::vector<TextLine> notice_lines;
  if (!notice.empty()) {
    for (;;) {
      notice_lines = break_lines({StyledText{notice, FontFace::Bold}}, notice_size, width, m);
      if (notice_lines.size() <= 2 || notice_size <= kSmallestType) break;
      notice_size = std::max(kSmallestType, notice_size - 0.5);
    }
    if (notice_lines.size() > 2) {
      notice_lines.resize(2);
      layout.cut_furniture.push_back("the notice of whose copy it is");
    }
  }
  if (l != left || c != center || r != right) layout.cut_furniture.push_back("the running header");

  const int total_pages = static_cast<int>(layout.pages.size());
  for (int i = 0; i < total_pages; ++i) {
    Page& page = layout.pages[static_cast<std::size_t>(i)];
    std::vector<Frame> frames;
    if (!watermark.empty()) frames.push_back(watermark_frame(watermark, style, m));
    const double hb = style.header_baseline;
    if (!notice_lines.empty()) {
      // Above the header, in the top margin: bold and centred, so it is the first thing read; a
      // second line goes above the first.
      for (std::size_t k = 0; k < notice_lines.size(); ++k) {
        const TextLine& line = notice_lines[notice_lines.size() - 1 - k];
        std::string text;
        for (const auto& f : line.fragments) text += f.text;
        const double nx = style.text_left() + (width - line.width) / 2;
        frames.push_back(text_at(text, nx, hb - notice_size * (1.6 + 1.2 * static_cast<double>(k)), FontFace::Bold,
                                 notice_size, 0));
      }
    }
    if (!l.empty()) frames.push_back(text_at(l, style.text_left(), hb, FontFace::Regular, size, 0.2));
    if (!c.empty()) frames.push_back(text_at(c, cx, hb, FontFace::Bold, size, 0));
    if (!r.empty()) frames.push_back(text_at(r, style.text_right() - rw, right_baseline, FontFace::Regular, size, 0.2));
    frames.push_back(LineFrame{style.text_left(), header_rule, style.text_right(), header_rule, 0.5,
                               style.rule_gray});
    frames.push_back(LineFrame{style.text_left(), style.footer_rule, style.text_right(), style.footer_rule, 0.5,
                               style.rule_gray});
    const double fs = style.furniture_size;
    const std::string number = clean(doc::page_number_text(document.furniture, i + 1, total_pages));
    const double nw = number.empty() ? 0 : m.width(number, FontFace::Regular, fs);
    // A footer too long to sit beside the page number (a record digest at the smallest type) keeps
    // the whole line, and the page number moves to the line below, in the bottom margin.
    const bool beside = footer.empty() || m.width(footer, FontFace::Regular, fs) <= width - nw - gap;
    const double number_baseline = beside ? style.footer_baseline : style.footer_baseline + fs * 1.25;
    if (!number.empty())
      frames.push_back(text_at(number, style.text_right() - nw, number_baseline, FontFace::Regular, fs, 0.2));
    if (!footer.empty()) {
      // Alone on its line it may still be too wide in large print: smaller type, down to the
      // smallest we set, before any word would be lost.
      double footer_size = fs;
      while (!beside && footer_size > kSmallestType && m.width(footer, FontFace::Regular, footer_size) > width)
        footer_size = std::max(kSmallestType, footer_size - 0.25);
      const std::string f = fit_text(footer, FontFace::Regular, footer_size, beside ? width - nw - gap : width, m);
      if (f != footer && i == 0) layout.cut_furniture.push_back("the footer");
      frames.push_back(text_at(f, style.text_left(), style.footer_baseline, FontFace::Regular, footer_size, 0.2));
    }
    for (auto& f : page.frames) frames.push_back(std::move(f));
    page.frames = std::move(frames);
  }
}

}  // namespace cg::layout
