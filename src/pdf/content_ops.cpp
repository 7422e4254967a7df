#include "pdf/content_ops.h"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

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

}  // namespace

void write_ops(HPDF_Page page, const std::string& ops) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()), static_cast<HPDF_UINT>(ops.size()));
}

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) value = 0;
  long long thousandths = std::llround(value * 1000.0);
  if (thousandths < 0) {
    out += '-';
    thousandths = -thousandths;
  }
  out += std::to_string(thousandths / 1000);
  int frac = static_cast<int>(thousandths % 1000);
  if (frac == 0) return;
  char digits[4] = {static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                    static_cast<char>('0' + frac % 10), 0};
  int len = 3;
  while (digits[len - 1] == '0') --len;
  out += '.';
  out.append(digits, static_cast<std::size_t>(len));
}

void text_position(HPDF_Page page, double x, double y) {
  std::string ops = "1 0 0 1 ";
  append_numbers(ops, {x, y});
  ops += "Tm\n";
  write_ops(page, ops);
}

void stroke_line(HPDF_Page page, double x1, double y1, double x2, double y2, double width, double gray) {
  std::string ops;
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
  std::string ops;
  append_numbers(ops, {gray});
  ops += "g ";
  append_numbers(ops, {x, y, w, h});
  ops += "re f\n";
  write_ops(page, ops);
}

}  // namespace cg::pdf
