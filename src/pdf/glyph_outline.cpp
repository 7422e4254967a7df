#include "pdf/glyph_outline.h"

#include <hb.h>

#include <cmath>

#include "pdf/content_ops.h"

namespace cg::pdf {
namespace {

constexpr double kPi = 3.14159265358979323846;

// From font units of one glyph to page coordinates.
struct Pen {
  std::string* ops;
  double unit;        // points per font unit
  double origin_x;    // the glyph's origin along the baseline, in points
  double origin_y;
  double x, y, c, s;  // where the text starts and its direction

  void point(float gx, float gy) {
    const double lx = origin_x + gx * unit;
    const double ly = origin_y + gy * unit;
    append_number(*ops, x + lx * c - ly * s);
    *ops += ' ';
    append_number(*ops, y + lx * s + ly * c);
    *ops += ' ';
  }
};

void move_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
  auto* pen = static_cast<Pen*>(data);
  pen->point(x, y);
  *pen->ops += "m ";
}

void line_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
  auto* pen = static_cast<Pen*>(data);
  pen->point(x, y);
  *pen->ops += "l ";
}

// A quadratic Bézier as the cubic with the same curve.
void quadratic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t* st, float cx, float cy, float x, float y, void*) {
  auto* pen = static_cast<Pen*>(data);
  pen->point(st->current_x + 2.0f / 3.0f * (cx - st->current_x), st->current_y + 2.0f / 3.0f * (cy - st->current_y));
  pen->point(x + 2.0f / 3.0f * (cx - x), y + 2.0f / 3.0f * (cy - y));
  pen->point(x, y);
  *pen->ops += "c ";
}

void cubic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y, float x,
              float y, void*) {
  auto* pen = static_cast<Pen*>(data);
  pen->point(c1x, c1y);
  pen->point(c2x, c2y);
  pen->point(x, y);
  *pen->ops += "c ";
}

void close_path(hb_draw_funcs_t*, void* data, hb_draw_state_t*, void*) { *static_cast<Pen*>(data)->ops += "h\n"; }

hb_draw_funcs_t* draw_funcs() {
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, move_to, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, line_to, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, quadratic_to, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(f, cubic_to, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(f, close_path, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  return funcs;
}

}  // namespace

std::string glyph_outline_ops(const ShapedText& shaped, const FontChain& chain, double x, double y, double size,
                              double angle_deg, double gray) {
  bool any = false;
  for (const ShapedRun& run : shaped.runs) any = any || !run.glyphs.empty();
  if (!any) return {};
  std::string ops = "q ";
  append_number(ops, gray);
  ops += " g\n";
  const double a = angle_deg * kPi / 180;
  double pen_x = 0;  // along the baseline, in points
  for (const ShapedRun& run : shaped.runs) {
    const ChainFont& font = chain.font(run.font);
    const double unit = size / font.upem;
    for (const ShapedGlyph& g : run.glyphs) {
      Pen pen{&ops, unit, pen_x + g.x_offset * unit, g.y_offset * unit, x, y, std::cos(a), std::sin(a)};
      hb_font_get_glyph_shape(font.font, g.gid, draw_funcs(), &pen);
      pen_x += g.advance * unit;
    }
  }
  ops += "f Q\n";
  return ops;
}

}  // namespace cg::pdf
