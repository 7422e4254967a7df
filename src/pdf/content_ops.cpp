#include "pdf/content_ops.h"

#include <hpdf_font.h>
#include <hpdf_gstate.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include <charconv>
#include <cmath>
#include <initializer_list>

namespace cg::pdf {
namespace {

void append_numbers(std::string& out, std::initializer_list<double> values) {
  for (double v : values) {
    append_number(out, v);
    out += ' ';
  }
}

// The operators of one call, built in a buffer that keeps its capacity.
std::string& scratch() {
  thread_local std::string ops;
  ops.clear();
  return ops;
}

}  // namespace

void write_ops(HPDF_Page page, const std::string& ops) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()), static_cast<HPDF_UINT>(ops.size()));
}

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) value = 0;
  long long thousandths = std::llround(value * 1000.0);
  char buf[32];
  char* p = buf;
  if (thousandths < 0) {
    *p++ = '-';
    thousandths = -thousandths;
  }
  p = std::to_chars(p, buf + sizeof buf - 5, thousandths / 1000).ptr;
  // The fraction without trailing zeros: ".5", ".05", ".125".
  if (int frac = static_cast<int>(thousandths % 1000); frac != 0) {
    *p++ = '.';
    *p++ = static_cast<char>('0' + frac / 100);
    if ((frac %= 100) != 0) {
      *p++ = static_cast<char>('0' + frac / 10);
      if ((frac %= 10) != 0) *p++ = static_cast<char>('0' + frac);
    }
  }
  out.append(buf, static_cast<std::size_t>(p - buf));
}

void append_text_matrix(std::string& out, double c, double s, double x, double y) {
  append_numbers(out, {c, s, -s, c, x, y});
  out += "Tm";
}

void text_position(HPDF_Page page, double x, double y) {
  std::string& ops = scratch();
  ops += "1 0 0 1 ";
  append_numbers(ops, {x, y});
  ops += "Tm\n";
  write_ops(page, ops);
}

void stroke_line(HPDF_Page page, double x1, double y1, double x2, double y2, double width, double gray) {
  std::string& ops = scratch();
  append_numbers(ops, {width});
  ops += "w ";
  append_numbers(ops, {gray});
  ops += "G ";
  append_numbers(ops, {x1, y1});
  ops += "m ";
  append_numbers(ops, {x2, y2});
  ops += "l S\n";
  write_ops(page, ops);
}

void fill_rect(HPDF_Page page, double x, double y, double w, double h, double gray) {
  std::string& ops = scratch();
  append_numbers(ops, {gray});
  ops += "g ";
  append_numbers(ops, {x, y, w, h});
  ops += "re f\n";
  write_ops(page, ops);
}

void set_font(HPDF_Page page, HPDF_Font font, double size) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  const char* name = size > 0 && size <= HPDF_MAX_FONTSIZE ? HPDF_Page_GetLocalFontName(page, font) : nullptr;
  if (!name) {
    HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(size));  // libharu reports the error
    return;
  }
  std::string& ops = scratch();
  ops += '/';
  ops += name;
  ops += ' ';
  append_number(ops, size);
  ops += " Tf\n";
  write_ops(page, ops);
  attr->gstate->font = font;
  attr->gstate->font_size = static_cast<HPDF_REAL>(size);
  attr->gstate->writing_mode = static_cast<HPDF_FontAttr>(font->attr)->writing_mode;
}

void set_gray_fill(HPDF_Page page, double gray) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  std::string& ops = scratch();
  append_number(ops, gray);
  ops += " g\n";
  write_ops(page, ops);
  attr->gstate->gray_fill = static_cast<HPDF_REAL>(gray);
  attr->gstate->cs_fill = HPDF_CS_DEVICE_GRAY;
}

void show_text(HPDF_Page page, const std::string& text) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Font font = attr->gstate->font;
  if (!font || text.empty() || text.find('\0') != std::string::npos || attr->gmode != HPDF_GMODE_TEXT_OBJECT ||
      static_cast<HPDF_FontAttr>(font->attr)->type != HPDF_FONT_TRUETYPE || attr->gstate->char_space != 0 ||
      attr->gstate->word_space != 0) {
    HPDF_Page_ShowText(page, text.c_str());
    return;
  }
  // As libharu: measuring marks the characters used (its TrueType subset keeps their glyphs), and
  // text of no width is not shown.
  const HPDF_TextWidth tw = HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                                static_cast<HPDF_UINT>(text.size()));
  const HPDF_REAL width = static_cast<HPDF_REAL>(tw.width) * attr->gstate->font_size / 1000;
  if (!width) return;
  std::string& ops = scratch();
  ops += '(';
  // Stretches that need no escape are appended whole.
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!HPDF_NEEDS_ESCAPE(c)) continue;
    ops.append(text, plain, i - plain);
    const char octal[4] = {'\\', static_cast<char>('0' + (c >> 6)), static_cast<char>('0' + ((c >> 3) & 7)),
                           static_cast<char>('0' + (c & 7))};
    ops.append(octal, 4);
    plain = i + 1;
  }
  ops.append(text, plain, std::string::npos);
  ops += ") Tj\n";
  write_ops(page, ops);
  attr->text_pos.x += width * attr->text_matrix.a;
  attr->text_pos.y += width * attr->text_matrix.b;
}

}  // namespace cg::pdf
