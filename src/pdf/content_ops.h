#pragma once
// Content-stream operators written straight into a page's stream. libharu's own path and
// text-position calls each clear a 512-byte buffer byte by byte before writing a few bytes, which
// was a tenth of a plan's PDF time; these write the same operators without it. Text showing,
// fonts and images stay with libharu, which registers their resources.
#include <hpdf.h>

#include <string>

namespace cg::pdf {

// A number as a content stream takes it: rounded to 1/1000 of a point, no exponent, no
// trailing zeros ("12.5", "-0.25", "3").
void append_number(std::string& out, double value);

// "c s -s c x y Tm": the next text starts at (x, y), turned by the angle whose cosine and sine
// are c and s.
void append_text_matrix(std::string& out, double c, double s, double x, double y);

// Operators written as they are.
void write_ops(HPDF_Page page, const std::string& ops);
// Inside a text object: the next text starts at (x, y), unrotated.
void text_position(HPDF_Page page, double x, double y);
// A stroked line from (x1, y1) to (x2, y2).
void stroke_line(HPDF_Page page, double x1, double y1, double x2, double y2, double width, double gray);
// A filled rectangle with its lower-left corner at (x, y).
void fill_rect(HPDF_Page page, double x, double y, double w, double h, double gray);
// As HPDF_Page_SetFontAndSize and HPDF_Page_SetGrayFill (the page's resources and graphics state
// kept as libharu keeps them), without clearing a 512-byte buffer byte by byte each time.
void set_font(HPDF_Page page, HPDF_Font font, double size);
void set_gray_fill(HPDF_Page page, double gray);
// As HPDF_Page_ShowText for a simple (WinAnsi) TrueType font: the same "(...) Tj" with the same
// escapes, without libharu's copies; other fonts go to libharu.
void show_text(HPDF_Page page, const std::string& text);

}  // namespace cg::pdf
